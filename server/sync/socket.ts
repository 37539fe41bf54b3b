import type { Logger } from 'pino'
import { type RawData, WebSocket } from 'ws'
import { CloseCode } from '../../shared/protocol'
import type { Connection, Room, Transport } from './room'
import type { RoomRegistry } from './room-registry'

// A client that lets this much pile up unread is too slow to keep: it is
// closed and will resync when it reconnects.
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024
// Frames received while the room is still loading wait, up to this many.
const MAX_FRAMES_WHILE_LOADING = 1000

const toBytes = (data: RawData): Uint8Array =>
  Array.isArray(data)
    ? Buffer.concat(data)
    : data instanceof ArrayBuffer
      ? new Uint8Array(data)
      : data

/** Binds one accepted websocket to the room of `docName`. */
export function serveSocket(
  socket: WebSocket,
  docName: string,
  registry: RoomRegistry,
  log: Logger,
): void {
  const transport: Transport = {
    send(message) {
      if (socket.readyState !== WebSocket.OPEN) return
      if (socket.bufferedAmount > MAX_BUFFERED_BYTES) {
        socket.close(CloseCode.TryAgainLater, 'client too slow to keep up')
        return
      }
      socket.send(message)
    },
    close(code, reason) {
      if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING) {
        socket.close(code, reason)
      }
    },
  }

  let member: { room: Room; connection: Connection } | null = null
  let waiting: Uint8Array[] | null = []
  let closed = false

  socket.on('message', (data, isBinary) => {
    if (!isBinary) {
      transport.close(CloseCode.UnsupportedData, 'text frames are not accepted')
      return
    }
    const frame = toBytes(data)
    if (member) {
      member.room.receive(member.connection, frame)
    } else if (waiting && waiting.length < MAX_FRAMES_WHILE_LOADING) {
      waiting.push(frame)
    } else {
      transport.close(CloseCode.TryAgainLater, 'too many messages before the document loaded')
    }
  })
  socket.on('close', () => {
    closed = true
    if (member) registry.leave(member.room, member.connection)
  })
  socket.on('error', (error) => log.warn({ err: error, doc: docName }, 'socket error'))

  registry.join(docName, transport).then(
    (joined) => {
      if (closed) {
        registry.leave(joined.room, joined.connection)
        return
      }
      member = joined
      const frames = waiting ?? []
      waiting = null
      for (const frame of frames) joined.room.receive(joined.connection, frame)
    },
    (error) => {
      log.error({ err: error, doc: docName }, 'document could not be loaded')
      transport.close(CloseCode.InternalError, 'document could not be loaded')
    },
  )
}
