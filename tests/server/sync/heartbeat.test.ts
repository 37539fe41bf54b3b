/**
 * The heartbeat: every socket is pinged, and one that did not answer the
 * last ping is dropped, so that a client gone without closing (a laptop
 * lid, a lost network) gives up its presence and its room. Pinged every
 * 50 ms here; a client that answers stays.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { encodeAwareness, encodeAwarenessEntries } from '../../../server/sync/codec'
import { until } from '../../helpers/clients'
import { connectRaw } from '../../helpers/raw-client'
import { defaultCookie } from '../../helpers/sign-in'
import { startServer, type TestServer } from '../../helpers/start-server'

let server: TestServer

beforeAll(async () => {
  server = await startServer({ pingIntervalMs: 50 })
})

afterAll(async () => {
  await server.close()
  server.cleanup()
})

describe('the heartbeat', () => {
  it('drops a socket that stopped answering pings, with its presence, and keeps one that answers', async () => {
    const url = `${server.syncUrl}/heartbeat`
    const answering = await connectRaw(url)
    // A client gone silent: its socket is open, it answers nothing.
    const silent = new WebSocket(url, {
      autoPong: false,
      headers: { cookie: defaultCookie(server.url) },
    })
    const dropped = new Promise<number>((resolve) => silent.on('close', (code) => resolve(code)))
    await new Promise((resolve) => silent.once('open', resolve))
    silent.send(
      encodeAwareness(encodeAwarenessEntries([{ clientId: 4242, clock: 1, state: '{}' }])),
    )
    const room = await server.kaigi.registry.peek('heartbeat')
    await until(() => room?.awareness.getStates().has(4242) === true)

    // Dropped without a close frame from the server: 1006 on the client.
    expect(await dropped).toBe(1006)
    await until(() => room?.awareness.getStates().has(4242) === false)
    // The answering client went through the same pings and is still there.
    expect(answering.socket.readyState).toBe(WebSocket.OPEN)
    answering.close()
  })
})
