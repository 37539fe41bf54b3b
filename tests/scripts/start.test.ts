import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { SERVER_DIR, SERVER_MAIN } from '../../scripts/build.mjs'
import { cacheFileOf, cacheKeyOf } from '../../scripts/code-cache.mjs'
import { EXPORT_FILE_TYPES } from '../../server/exports/file-types'
import { editionDocName } from '../../shared/editions'
import { ExportFile, PROGRAMME_EXPORTS } from '../../shared/exports'
import { connectClient, synced } from '../helpers/clients'
import { freePort } from '../helpers/server-process'
import { signIn, TEST_OWNER_TOKEN } from '../helpers/sign-in'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const EDITION = 'shizuoka-2024'
const METRICS_TOKEN = 'start-test-metrics-token-0123456789'
const SERVER_FILE = join(SERVER_DIR, SERVER_MAIN)

/** The processes whose parent is `pid`, from /proc. */
function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        const stat = readFileSync(`/proc/${entry}/stat`, 'utf8')
        return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid
      } catch {
        return false
      }
    })
    .map(Number)
}

describe('npm start', () => {
  let folder: string
  let child: ChildProcess
  let exited: Promise<number | null>
  let url: string
  let cookie: string

  beforeAll(async () => {
    folder = mkdtempSync(join(tmpdir(), 'kaigi-start-'))
    // A client newer than its sources: this test builds the server, not the client.
    const clientDir = join(folder, 'client')
    mkdirSync(clientDir)
    writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Kaigi</title>')
    // This start, not an earlier one, is to leave the code cache.
    rmSync(cacheFileOf(SERVER_FILE), { force: true })
    const port = await freePort()
    url = `http://127.0.0.1:${port}`
    child = spawn(process.execPath, ['scripts/start.mjs'], {
      cwd: ROOT,
      env: {
        ...process.env,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: `file:${join(folder, 'kaigi.db')}`,
        CLIENT_DIR: clientDir,
        MAIL_OUTBOX_DIR: join(folder, 'outbox'),
        KAIGI_OWNER_TOKEN: TEST_OWNER_TOKEN,
        METRICS_TOKEN,
        LOG_LEVEL: 'info',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    })
    exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)))
    await new Promise<void>((resolve, reject) => {
      let output = ''
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString()
        if (output.includes('"event":"listening"')) resolve()
      })
      void exited.then((code) => reject(new Error(`npm start exited (${code}):\n${output}`)))
    })
    cookie = await signIn(url, TEST_OWNER_TOKEN, 'Owner')
  }, 120_000)

  /** Another `npm start` beside the running one, whose environment keeps it from serving. */
  const startThatFails = (env: Record<string, string>, nodeFlags: string[] = []) =>
    spawnSync(process.execPath, [...nodeFlags, 'scripts/start.mjs'], {
      cwd: ROOT,
      env: { ...process.env, CLIENT_DIR: join(folder, 'client'), ...env },
      encoding: 'utf8',
      timeout: 60_000,
    })

  afterAll(async () => {
    if (child.exitCode === null) child.kill('SIGKILL')
    rmSync(folder, { recursive: true, force: true })
  })

  it('serves from one Node process, ready once migrated', async () => {
    expect(childrenOf(child.pid as number)).toEqual([])
    expect((await fetch(`${url}/readyz`)).status).toBe(200)
  })

  it('makes every programme file on the built renderer thread', async () => {
    for (const file of PROGRAMME_EXPORTS) {
      if (file === ExportFile.RegistrationsCsv) continue
      const response = await fetch(`${url}/api/editions/${EDITION}/export/${file}?source=draft`, {
        headers: { cookie },
      })
      expect(response.status, file).toBe(200)
      const type = EXPORT_FILE_TYPES[file as keyof typeof EXPORT_FILE_TYPES]
      expect(response.headers.get('content-type'), file).toBe(type.contentType)
      expect((await response.arrayBuffer()).byteLength, file).toBeGreaterThan(100)
    }
  }, 60_000)

  it('syncs, reads a spreadsheet and serves its metrics from the bundle', async () => {
    const client = connectClient(
      `ws://${url.slice('http://'.length)}/sync`,
      editionDocName(EDITION),
      new Y.Doc(),
      cookie,
    )
    try {
      await synced(client)
      expect(client.doc.share.size).toBeGreaterThan(0)
    } finally {
      client.provider.destroy()
    }
    const preview = await fetch(`${url}/api/directory/import/preview`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'text/csv' },
      body: 'Nom (FR),Nom (JA),Pays,Type,Éditions\nVille de Tours,トゥール市,FR,commune,5\n',
    })
    expect(preview.status).toBe(200)
    const metrics = await fetch(`${url}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    })
    expect(await metrics.text()).toContain('kaigi_')
  })

  it('builds a server whose source is ASCII', () => {
    // Read as Latin-1 then, it is compiled as it is, outside V8's heap (scripts/code-cache.mjs).
    // The text around the first character beyond ASCII, if any, says where it comes from.
    const source = readFileSync(SERVER_FILE, 'utf8')
    const wide = /[^\0-\x7f]/.exec(source)?.index
    expect(wide === undefined ? '' : source.slice(Math.max(0, wide - 60), wide + 20)).toBe('')
  })

  it('leaves the compiled code for the next start, made from this very source', async () => {
    const cacheFile = cacheFileOf(SERVER_FILE)
    while (!existsSync(cacheFile)) await new Promise((resolve) => setTimeout(resolve, 100))
    expect(
      readFileSync(cacheFile)
        .subarray(0, 32)
        .equals(cacheKeyOf(readFileSync(SERVER_FILE))),
    ).toBe(true)
  }, 30_000)

  it('loads from the cache what it loads only when asked: a remote database client', () => {
    // A script run from V8's cache cannot make a dynamic import(): the bundle requires instead.
    expect(readFileSync(SERVER_FILE, 'utf8')).not.toMatch(/\bimport\(/)
    // Started from the cache the test above waited for, with a remote
    // database nobody answers: the remote client loads, and the start
    // fails on its first query instead.
    const failed = startThatFails({ PORT: '0', DATABASE_URL: 'libsql://127.0.0.1:9' })
    expect(failed.status).toBe(1)
    expect(failed.stderr).toContain('Kaigi could not start')
    expect(failed.stderr).toContain('Failed query')
  }, 90_000)

  it('points a failed start at the TypeScript sources under --enable-source-maps', () => {
    const failed = startThatFails({ PORT: 'not a port' }, ['--enable-source-maps'])
    expect(failed.status).toBe(1)
    expect(failed.stderr).toContain('PORT')
    expect(failed.stderr).toMatch(/at readEnv \(.*server\/env\.ts:\d+/)
  })

  it('shuts down on SIGINT and exits with the server code', async () => {
    child.kill('SIGINT')
    expect(await exited).toBe(0)
  })
})
