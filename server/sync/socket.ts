import type { Duplex } from 'node:stream'
import type { Logger } from 'pino'
import { type RawData, WebSocket } from 'ws'
import { CloseCode } from '../../shared/protocol'
import { TokenBucket } from '../limits/token-bucket'
import { type Metrics, Refusal } from '../metrics/metrics'
import { binaryFrame } from './binary-frame'
import type { Connection, ConnectionAccess, Transport } from './connection'
import type { Room } from './room'
import { AccessRevoked, type Admission, type RoomRegistry } from './room-registry'

// A client that lets this much pile up unread is too slow to keep: it is
// closed and will resync when it reconnects.
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024
// Frames received while the room is still loading wait, up to this many bytes.
const MAX_BYTES_WHILE_LOADING = 8 * 1024 * 1024

const toBytes = (data: RawData): Uint8Array =>
  Array.isArray(data)
    ? Buffer.concat(data)
    : data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : data

export interface SocketOptions {
  socket: WebSocket
  stream: Duplex
  docName: string
  /** Who is connected, decided by the sync route at the upgrade. */
  access: ConnectionAccess
  /** The upgrade's admission: a revocation made while it was decided turns the socket away. */
  admission?: Admission
  /** The steady pace of messages allowed, per second; three times as many at once. */
  messagesPerSecond: number
  registry: RoomRegistry
  log: Logger
  /** Counts the socket while it is open, and the refusals that close it. */
  metrics: Metrics
}

/** ws closes a socket itself on a frame it cannot read: over maxPayload (1009), or not framed right. */
const frameRefusal = (error: Error & { code?: string }, metrics: Metrics) => {
  if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') {
    metrics.socketClosedWith(CloseCode.MessageTooBig, error.message)
    // ws emits an error on a socket only for what it cannot read, each with a WS_ERR_ code.
    // Stryker disable next-line ConditionalExpression,OptionalChaining,StringLiteral: equivalent, as said above.
  } else if (error.code?.startsWith('WS_ERR_')) {
    metrics.refused(Refusal.BadFrame)
  }
}

/**
 * Binds one accepted websocket to the room of `docName`. `stream` is the
 * connection under `socket`: messages are written to it already framed (see
 * binary-frame.ts), which is safe because `ws` without compression writes
 * its own frames (close, ping, pong) at once and never holds any back, so
 * the order on the wire is the order of the calls.
 */
export function serveSocket(options: SocketOptions): void {
  const { socket, stream, docName, access, registry, log, metrics } = options
  metrics.socketOpened()
  const pace = new TokenBucket(options.messagesPerSecond * 3, options.messagesPerSecond)
  const transport: Transport = {
    send(message) {
      if (socket.readyState !== WebSocket.OPEN) return
      if (stream.writableLength > MAX_BUFFERED_BYTES) {
        metrics.refused(Refusal.TooSlow)
        // Stryker disable next-line StringLiteral: equivalent, the client it is for reads nothing more.
        socket.close(CloseCode.TryAgainLater, 'client too slow to keep up')
        return
      }
      stream.write(binaryFrame(message))
    },
    close(code, reason) {
      if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING) {
        // Every refusal of the rooms, and this file's own, closes through here.
        metrics.socketClosedWith(code, reason)
        socket.close(code, reason)
      }
    },
  }

  let member: { room: Room; connection: Connection } | null = null
  let waiting: Uint8Array[] | null = []
  let waitingBytes = 0
  let closed = false
  /** Set once the client sent too fast: what is still in flight is dropped. */
  let flooded = false

  // An exception here would escape a socket event and end the process: the
  // room refuses what it can name; anything else closes this socket only.
  const receive = (joined: { room: Room; connection: Connection }, frame: Uint8Array) => {
    try {
      joined.room.receive(joined.connection, frame)
    } catch (error) {
      // Unreachable in tests: the room contains every fault of its own
      // (room-connections tests it); this guards the process against a bug.
      log.error({ err: error, doc: docName }, 'message could not be handled')
      // Stryker disable next-line StringLiteral: unreachable in tests, as said above.
      transport.close(CloseCode.InternalError, 'message could not be handled')
    }
  }

  socket.on('message', (data, isBinary) => {
    if (flooded) return
    if (!pace.take()) {
      log.warn({ doc: docName, person: access.personId }, 'message flood: socket closed')
      flooded = true
      transport.close(CloseCode.PolicyViolation, 'too many messages')
      return
    }
    if (!isBinary) {
      transport.close(CloseCode.UnsupportedData, 'text frames are not accepted')
      return
    }
    const frame = toBytes(data)
    if (member) {
      receive(member, frame)
    } else if (waiting && waitingBytes + frame.byteLength <= MAX_BYTES_WHILE_LOADING) {
      waiting.push(frame)
      waitingBytes += frame.byteLength
    } else {
      transport.close(CloseCode.TryAgainLater, 'too many messages before the document loaded')
    }
  })
  socket.on('close', () => {
    closed = true
    metrics.socketClosed()
    if (member) registry.leave(member.room, member.connection)
  })
  socket.on('error', (error) => {
    frameRefusal(error, metrics)
    log.warn({ err: error, doc: docName }, 'socket error')
  })

  registry
    .join(docName, transport, access, options.admission)
    .then((joined) => {
      // Stryker disable next-line ArrayDeclaration: equivalent, a join settles once, while `waiting` is still the list.
      const frames = waiting ?? []
      waiting = null
      // Frames that arrived during the load are handled even if the client
      // has left since: an edit sent just before closing is still an edit.
      for (const frame of frames) receive(joined, frame)
      if (closed) registry.leave(joined.room, joined.connection)
      else member = joined
    })
    .catch((error) => {
      // Revoked while the room loaded: what it sent meanwhile is dropped.
      if (error instanceof AccessRevoked) {
        transport.close(error.code, error.reason)
        return
      }
      log.error({ err: error, doc: docName }, 'document could not be loaded')
      transport.close(CloseCode.InternalError, 'document could not be loaded')
    })
}
