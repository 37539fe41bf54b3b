import type { Server as HttpServer, IncomingMessage } from 'node:http'
import { STATUS_CODES } from 'node:http'
import type { Duplex } from 'node:stream'
import type { Redis } from 'ioredis'
import { type WebSocket, WebSocketServer } from 'ws'
import { ErrorCode } from '../../shared/errors'
import { CloseCode } from '../../shared/protocol'
import type { App } from '../app'
import type { UpgradeSlot } from '../app-env'
import { clientAddress } from '../http/client-address'
import { createLimiter } from '../limits/limiter'
import type { Logger } from '../logger'
import { type Metrics, Refusal } from '../metrics/metrics'
import type { Admission, RoomRegistry } from './room-registry'
import { serveSocket } from './socket'

export interface SyncUpgradeOptions {
  app: App
  registry: RoomRegistry
  log: Logger
  /** Frames larger than this close the socket with 1009 (the ws default is 100 MiB). */
  maxMessageBytes: number
  /** Messages per second one socket may send before it is closed as a flood. */
  messagesPerSecond: number
  /** How often each socket is pinged (PING_INTERVAL_MS unless set). */
  pingIntervalMs?: number | undefined
  /** Reverse proxies in front of Kaigi whose `X-Forwarded-For` is trusted. */
  trustedProxies: number
  /** Redis through which the refusals' limit is shared by several processes; null for one. */
  redis?: Redis | null | undefined
  /** Counts the open sockets and the refusals, of upgrades and of sockets. */
  metrics: Metrics
}

/**
 * A socket that has not answered a ping within this long is terminated, so a
 * client that vanished without closing (a laptop lid, a dropped network)
 * releases its presence and its room.
 */
const PING_INTERVAL_MS = 30_000

/** Enough for every tab and device of one member, far below a flood. */
const MAX_SOCKETS_PER_PERSON = 20
/** A signed-out tab retries a few times; a script guessing does not stop. */
export const REFUSALS = { burst: 30, perSecond: 1 }
const TOO_MANY_REFUSALS = 'too many refused connection attempts: wait a moment'

const tooMany = (message: string) =>
  new Response(JSON.stringify({ error: { code: ErrorCode.TooManyRequests, message } }), {
    status: 429,
    headers: { 'content-type': 'application/json', 'retry-after': '10' },
  })

export interface SyncUpgrade {
  /** Stops accepting upgrades and closes every socket with 1001 Going Away. */
  close(): void
}

/**
 * Routes websocket upgrades through the Hono app, so the sync endpoint is
 * checked by the same routes and middleware as any request, then hands each
 * accepted socket to its document's room.
 */
export function attachSyncUpgrade(server: HttpServer, options: SyncUpgradeOptions): SyncUpgrade {
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes,
    // Off, and it must stay off: socket.ts writes pre-framed messages
    // straight to the connection, which compression would reorder.
    perMessageDeflate: false,
  })
  let accepting = true
  /** Open sockets per person: a runaway script cannot hold the server's sockets. */
  const socketsOf = new Map<string, number>()
  /**
   * Refused upgrades per client address: someone trying sessions or names
   * is slowed down, while the members behind one address (a meeting room's
   * network, a reverse proxy) connect freely.
   */
  const refusals = createLimiter('upgrade-refusals', REFUSALS, options.redis ?? null)
  const answered = new WeakMap<WebSocket, boolean>()
  const heartbeat = setInterval(() => {
    for (const client of wss.clients) {
      if (answered.get(client) === false) {
        client.terminate()
        continue
      }
      answered.set(client, false)
      client.ping()
    }
  }, options.pingIntervalMs ?? PING_INTERVAL_MS)
  heartbeat.unref()

  const onUpgrade = async (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    // A sign-out or revocation while the route decides is applied at the join.
    const admission = options.registry.admit()
    try {
      await admit(request, socket, head, admission)
    } finally {
      options.registry.settle(admission)
    }
  }

  const admit = async (
    request: IncomingMessage,
    socket: Duplex,
    head: Buffer,
    admission: Admission,
  ) => {
    socket.on('error', () => socket.destroy())
    // Accepting, surely: `close` stops the upgrades reaching here. The route
    // below takes time, during which it may stop: checked again after it.
    const address = clientAddress(request, options.trustedProxies)
    // Without any cookie the route can only refuse: spare it the work.
    // Stryker disable next-line ConditionalExpression,BlockStatement: equivalent in what the client is answered, the route's refusal past the limit is a 429 alike.
    if (!request.headers.cookie && !(await refusals.allows(address))) {
      options.metrics.refused(Refusal.UpgradeLimit)
      writeResponse(socket, tooMany(TOO_MANY_REFUSALS))
      return
    }
    // Every other request is judged by the route first: the limit counts
    // what the server answered, not what the request looks like, so a
    // forged cookie buys no attempts while a member's accepted upgrade is
    // never held back by the failures of others at the same address.
    const slot: UpgradeSlot = { accepted: null }
    let response: Response
    try {
      response = await options.app.fetch(toRequest(request), { incoming: request, upgrade: slot })
    } catch (error) {
      options.log.error({ err: error }, 'upgrade failed')
      response = new Response(null, { status: 500 })
    }
    const accepted = slot.accepted
    if (!accepting) {
      writeResponse(socket, new Response('shutting down', { status: 503 }))
      return
    }
    if (!accepted) {
      // Over the limit, every refusal reads the same (no 403 against 404,
      // no 401 against 403), so that trying more teaches nothing.
      const allowed = await refusals.take(address)
      options.metrics.refused(allowed ? Refusal.Upgrade : Refusal.UpgradeLimit)
      writeResponse(socket, allowed ? response : tooMany(TOO_MANY_REFUSALS))
      return
    }
    // Gone while the route decided: counting it would never be undone.
    if (socket.destroyed) return
    const personId = accepted.access.personId
    const open = socketsOf.get(personId) ?? 0
    if (open >= MAX_SOCKETS_PER_PERSON) {
      options.metrics.refused(Refusal.UpgradeLimit)
      writeResponse(socket, tooMany('too many open connections for one person'))
      return
    }
    socketsOf.set(personId, open + 1)
    let counted = true
    const release = () => {
      if (!counted) return
      counted = false
      const left = (socketsOf.get(personId) ?? 1) - 1
      if (left > 0) socketsOf.set(personId, left)
      else socketsOf.delete(personId)
    }
    socket.once('close', release)
    wss.handleUpgrade(request, socket, head, (ws) => {
      answered.set(ws, true)
      ws.on('pong', () => answered.set(ws, true))
      options.log.debug({ doc: accepted.docName }, 'client connected')
      serveSocket({
        socket: ws,
        stream: socket,
        docName: accepted.docName,
        access: accepted.access,
        admission,
        registry: options.registry,
        log: options.log,
        messagesPerSecond: options.messagesPerSecond,
        metrics: options.metrics,
      })
    })
  }
  server.on('upgrade', onUpgrade)

  return {
    close() {
      accepting = false
      clearInterval(heartbeat)
      server.off('upgrade', onUpgrade)
      for (const client of wss.clients) client.close(CloseCode.GoingAway, 'server shutting down')
      wss.close()
    },
  }
}

function toRequest(request: IncomingMessage): Request {
  const headers = new Headers()
  for (const [key, value] of Object.entries(request.headers)) {
    // Node gives a repeated Set-Cookie as a list, the only header it does
    // not join, and no route reads it from a request.
    // Stryker disable next-line ConditionalExpression: equivalent, a list passed on as text is read by no route.
    if (typeof value === 'string') headers.set(key, value)
  }
  // A server's request always has a url: the fallback is for the type.
  // Stryker disable next-line StringLiteral: equivalent, as said above.
  return new Request(new URL(request.url ?? '/', `http://${request.headers.host ?? 'localhost'}`), {
    headers,
  })
}

/** What a refused upgrade's answer carries of the app's headers (Retry-After, WWW-Authenticate…). */
// Stryker disable next-line StringLiteral: equivalent for the two it writes itself, which the app's answers never carry.
const PASSED_ON = (name: string) => !['content-type', 'content-length', 'connection'].includes(name)

/** Answers a refused upgrade with the app's HTTP response, then closes the socket. */
async function writeResponse(socket: Duplex, response: Response): Promise<void> {
  const body = Buffer.from(await response.arrayBuffer())
  const status = response.status
  const others = [...response.headers].filter(([name]) => PASSED_ON(name))
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}`,
    `Content-Type: ${response.headers.get('content-type') ?? 'text/plain'}`,
    `Content-Length: ${body.byteLength}`,
    ...others.map(([name, value]) => `${name}: ${value}`),
    'Connection: close',
    '',
    '',
  ].join('\r\n')
  socket.end(Buffer.concat([Buffer.from(head), body]))
}
