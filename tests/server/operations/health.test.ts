import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../../helpers/start-server'

let server: TestServer
beforeEach(async () => {
  server = await startServer()
})
afterEach(async () => {
  await server.close()
  server.cleanup()
})

describe('health endpoints', () => {
  it('answers /healthz and /readyz while the database answers', async () => {
    // Over the real HTTP server, as a load balancer or an orchestrator asks.
    const alive = await fetch(`${server.url}/healthz`)
    expect(alive.status).toBe(200)
    expect(await alive.json()).toEqual({ status: 'ok' })
    const ready = await fetch(`${server.url}/readyz`)
    expect(ready.status).toBe(200)
    expect(await ready.json()).toEqual({ status: 'ready' })
  })

  it('reports not ready once the database is gone, while still alive', async () => {
    server.kaigi.database.close()
    const ready = await server.kaigi.app.request('/readyz')
    expect(ready.status).toBe(503)
    expect((await ready.json()).error.code).toBe('not_ready')
    const alive = await server.kaigi.app.request('/healthz')
    expect(alive.status).toBe(200)
    expect(await alive.json()).toEqual({ status: 'ok' })
  })

  it('answers a plain request to the sync endpoint with a clear error', async () => {
    const response = await fetch(`${server.url}/sync/programme`)
    expect(response.status).toBe(426)
    expect((await response.json()).error.message).toMatch(/websocket/)
  })
})
