import { spawnSync } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const ROOT = fileURLToPath(new URL('../../..', import.meta.url))
const TOKEN = 'a-scraper-token-0123456789'

/**
 * Runs a server in a Node process of its own (this one has loaded
 * prom-client already), with or without a scraper's token, asks its
 * `/metrics` with that token, and tells whether prom-client was loaded.
 */
function serveIn(token: string | undefined): { promClient: boolean; status: number } {
  const script = `
    import { createRequire } from 'node:module'
    import { startServer } from './tests/helpers/start-server.ts'
    const server = await startServer({ metricsToken: ${JSON.stringify(token)} })
    const { status } = await fetch(server.url + '/metrics', {
      headers: { authorization: 'Bearer ${TOKEN}' },
    })
    await server.close()
    server.cleanup()
    const loaded = Object.keys(createRequire(import.meta.url).cache)
    console.log(JSON.stringify({ promClient: loaded.some((file) => file.includes('/prom-client/')), status }))
  `
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '--eval', script],
    { cwd: ROOT, encoding: 'utf8', timeout: 60_000 },
  )
  expect(run.status, run.stderr).toBe(0)
  return JSON.parse(run.stdout)
}

describe('metrics', () => {
  it('are not counted, and prom-client is never loaded, by a server without a scraper’s token', () => {
    expect(serveIn(undefined)).toEqual({ promClient: false, status: 404 })
  })

  it('are counted with prom-client by a server whose scraper holds the token', () => {
    expect(serveIn(TOKEN)).toEqual({ promClient: true, status: 200 })
  })
})
