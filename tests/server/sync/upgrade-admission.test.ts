/**
 * An upgrade's admission around the route that decides it, with a route
 * the test answers when it wants (a real HTTP server, real sockets, the
 * real registry): a shutdown while the route decides turns the upgrade away
 * with 503 and opens no socket; a route that throws is answered 500; a
 * refusal is written with its status whatever it is.
 */
import { createServer, type Server } from 'node:http'
import { connect } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import type { App } from '../../../server/app'
import type { AppEnv } from '../../../server/app-env'
import { createLogger } from '../../../server/logger'
import { UNCOUNTED } from '../../../server/metrics/metrics'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import { attachSyncUpgrade, type SyncUpgrade } from '../../../server/sync/upgrade'
import { memberAccess } from '../../helpers/access'
import { roomBench } from '../../helpers/room-bench'

const bench = roomBench()
afterEach(() => bench.undo())

/** A route that answers when the test says, and what it was asked. */
function heldRoute() {
  const asked: Array<{
    env: AppEnv['Bindings']
    answer(response: Response, accept?: boolean): void
    fail(error: Error): void
  }> = []
  const watchers: Array<() => void> = []
  const app = {
    fetch: (_request: Request, env: AppEnv['Bindings']) =>
      new Promise<Response>((resolve, reject) => {
        asked.push({
          env,
          answer(response, accept = false) {
            if (accept && env.upgrade) {
              env.upgrade.accepted = { docName: 'notes', access: memberAccess() }
            }
            resolve(response)
          },
          fail: reject,
        })
        for (const wake of watchers.splice(0)) wake()
      }),
  }
  return {
    app: app as unknown as App,
    asked,
    /** The `index`-th request the route was asked, once it has been. */
    async whenAsked(index = 0): Promise<(typeof asked)[number]> {
      while (asked.length <= index) await new Promise<void>((resolve) => watchers.push(resolve))
      return asked[index] as (typeof asked)[number]
    },
  }
}

async function listening(route: ReturnType<typeof heldRoute>) {
  const { registry } = bench.registry(new LibsqlDocStore(await bench.database()))
  const server: Server = createServer()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const upgrade: SyncUpgrade = attachSyncUpgrade(server, {
    app: route.app,
    registry,
    log: createLogger('silent'),
    maxMessageBytes: 1024 * 1024,
    messagesPerSecond: 100,
    trustedProxies: 0,
    metrics: UNCOUNTED,
  })
  bench.later(
    () =>
      new Promise<void>((resolve) => {
        upgrade.close()
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  )
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : 0
  return { port, upgrade, registry }
}

/** Sends a websocket upgrade for /sync/notes (with a cookie) and resolves with all the answer. */
function upgradeRequest(port: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => {
      socket.write(
        [
          'GET /sync/notes HTTP/1.1',
          `Host: 127.0.0.1:${port}`,
          'Cookie: kaigi_session=whatever',
          'Upgrade: websocket',
          'Connection: Upgrade',
          'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
          'Sec-WebSocket-Version: 13',
          '',
          '',
        ].join('\r\n'),
      )
    })
    const chunks: Buffer[] = []
    socket.on('data', (chunk: Buffer) => chunks.push(chunk))
    socket.once('error', reject)
    socket.once('close', () => resolve(Buffer.concat(chunks).toString('utf8')))
  })
}

describe('an upgrade being decided', () => {
  it('is turned away with 503 when the server shuts down meanwhile, though the route accepted it', async () => {
    const route = heldRoute()
    const { port, upgrade, registry } = await listening(route)
    const answer = upgradeRequest(port)
    const asked = await route.whenAsked()
    upgrade.close()
    asked.answer(new Response(null, { status: 200 }), true)
    expect(await answer).toBe(
      'HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain;charset=UTF-8\r\n' +
        'Content-Length: 13\r\nConnection: close\r\n\r\nshutting down',
    )
    expect([registry.loadedCount, registry.admittingCount]).toEqual([0, 0])
  })

  it('is answered 500 when the route throws, typed as plain text', async () => {
    const route = heldRoute()
    const { port, registry } = await listening(route)
    const answer = upgradeRequest(port)
    ;(await route.whenAsked()).fail(new Error('the route broke'))
    expect(await answer).toBe(
      'HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\n' +
        'Content-Length: 0\r\nConnection: close\r\n\r\n',
    )
    // Settled: a revocation from now on has no admission to wait for.
    expect(registry.admittingCount).toBe(0)
  })

  it('costs nothing when its client resets the connection while the route decides', async () => {
    const route = heldRoute()
    const { port, registry } = await listening(route)
    const socket = connect(port, '127.0.0.1')
    await new Promise<void>((resolve) => socket.once('connect', () => resolve()))
    socket.write(
      'GET /sync/notes HTTP/1.1\r\nHost: x\r\nCookie: kaigi_session=x\r\nUpgrade: websocket\r\n' +
        'Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n',
    )
    const asked = await route.whenAsked()
    socket.resetAndDestroy()
    // The server learns of the reset; its answer then meets a socket gone.
    await new Promise((resolve) => setTimeout(resolve, 20))
    asked.answer(new Response('refused', { status: 401 }))
    // Whatever error the write raised was the socket's alone: a second upgrade is served.
    const second = upgradeRequest(port)
    ;(await route.whenAsked(1)).answer(new Response('refused', { status: 401 }))
    expect(await second).toMatch(/^HTTP\/1\.1 401 Unauthorized\r\n/)
    expect(registry.admittingCount).toBe(0)
  })

  it('is refused with the status the route gave, even one HTTP has no words for', async () => {
    const route = heldRoute()
    const { port } = await listening(route)
    const answer = upgradeRequest(port)
    ;(await route.whenAsked()).answer(
      new Response('{"error":{}}', {
        status: 599,
        headers: { 'content-type': 'application/json' },
      }),
    )
    expect(await answer).toBe(
      'HTTP/1.1 599 \r\nContent-Type: application/json\r\nContent-Length: 12\r\n' +
        'Connection: close\r\n\r\n{"error":{}}',
    )
  })
})
