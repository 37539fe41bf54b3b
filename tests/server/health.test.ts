import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { startServer, type TestServer } from '../helpers/start-server'

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
    expect(await (await server.kaigi.app.request('/healthz')).json()).toEqual({ status: 'ok' })
    const ready = await server.kaigi.app.request('/readyz')
    expect(ready.status).toBe(200)
  })

  it('reports not ready once the database is gone, while still alive', async () => {
    server.kaigi.database.close()
    const ready = await server.kaigi.app.request('/readyz')
    expect(ready.status).toBe(503)
    expect((await ready.json()).error.code).toBe('not_ready')
    expect((await server.kaigi.app.request('/healthz')).status).toBe(200)
  })

  it('answers a plain request to the sync endpoint with a clear error', async () => {
    const response = await fetch(`${server.url}/sync/programme`)
    expect(response.status).toBe(426)
    expect((await response.json()).error.message).toMatch(/websocket/)
  })
})
