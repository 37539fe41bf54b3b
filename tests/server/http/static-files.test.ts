/**
 * The built client as the server sends it: each text file compressed once
 * at build time and sent in the encoding the browser accepts, the hashed
 * assets kept by the browser for good, the app shell asked again each time.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { precompress } from '../../../scripts/precompress.mjs'
import { startServer, type TestServer } from '../../helpers/start-server'

const SCRIPT = `export const words = ${JSON.stringify(Array(400).fill('Atelier 分科会'))}\n`
const SHELL = `<!doctype html><html lang="fr"><head><title>Kaigi</title></head><body>${'<div></div>'.repeat(40)}</body></html>`

let server: TestServer
let clientDir: string

beforeAll(async () => {
  clientDir = mkdtempSync(join(tmpdir(), 'kaigi-static-'))
  mkdirSync(join(clientDir, 'assets'))
  writeFileSync(join(clientDir, 'index.html'), SHELL)
  writeFileSync(join(clientDir, 'assets', 'index-3f9a1c2b.js'), SCRIPT)
  writeFileSync(join(clientDir, 'assets', 'logo-77aa.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]))
  expect(precompress(clientDir).sort()).toEqual(['assets/index-3f9a1c2b.js', 'index.html'])
  server = await startServer({ clientDir })
})

afterAll(async () => {
  await server.close()
  server.cleanup()
  rmSync(clientDir, { recursive: true, force: true })
})

const get = (path: string, acceptEncoding?: string) =>
  server.kaigi.app.request(
    path,
    acceptEncoding ? { headers: { 'accept-encoding': acceptEncoding } } : {},
  )
const bodyOf = async (response: Response) => Buffer.from(await response.arrayBuffer())

describe('the built client, as the server sends it', () => {
  it('sends a script in Brotli to a browser that takes it, smaller and the same once decoded', async () => {
    const response = await get('/assets/index-3f9a1c2b.js', 'gzip, deflate, br')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-encoding')).toBe('br')
    expect(response.headers.get('vary')).toContain('Accept-Encoding')
    expect(response.headers.get('content-type')).toContain('javascript')
    const body = await bodyOf(response)
    expect(body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 5)
    expect(brotliDecompressSync(body).toString()).toBe(SCRIPT)
  })

  it('sends gzip to a browser that takes only gzip, and the file itself to one that takes neither', async () => {
    const gzip = await get('/assets/index-3f9a1c2b.js', 'gzip')
    expect(gzip.headers.get('content-encoding')).toBe('gzip')
    expect(gunzipSync(await bodyOf(gzip)).toString()).toBe(SCRIPT)
    const plain = await get('/assets/index-3f9a1c2b.js')
    expect(plain.headers.get('content-encoding')).toBeNull()
    expect((await bodyOf(plain)).toString()).toBe(SCRIPT)
  })

  it('lets the browser keep a hashed asset for good, compressed or not', async () => {
    for (const [path, encoding] of [
      ['/assets/index-3f9a1c2b.js', 'br'],
      ['/assets/index-3f9a1c2b.js', undefined],
      ['/assets/logo-77aa.png', 'br'],
    ] as const) {
      const response = await get(path, encoding)
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    }
    // An image is not compressed again.
    expect((await get('/assets/logo-77aa.png', 'br')).headers.get('content-encoding')).toBeNull()
  })

  it('has the app shell asked again each time, at its own address and at every page of the app', async () => {
    for (const path of ['/', '/index.html', '/editions/shizuoka-2024', '/m/AB12CD']) {
      const response = await get(path, 'br')
      expect(response.status).toBe(200)
      expect(response.headers.get('cache-control')).toBe('no-cache')
      expect(response.headers.get('content-type')).toContain('text/html')
    }
    const shell = await get('/', 'br')
    expect(brotliDecompressSync(await bodyOf(shell)).toString()).toBe(SHELL)
  })
})
