import * as decoding from 'lib0/decoding'
import { WebSocket } from 'ws'
import { MessageType } from '../../shared/protocol'
import { defaultCookie } from './sign-in'

/** A bare websocket on the sync endpoint: sends any bytes, records what comes back. */
export interface RawClient {
  socket: WebSocket
  received: Uint8Array[]
  send(frame: Uint8Array | string): void
  /** Resolves with the close code and reason once the server closes the socket. */
  closed: Promise<{ code: number; reason: string }>
  close(): void
}

/**
 * Opens a raw socket on `url`, signed in as the server's owner unless
 * `cookie` says otherwise (null: no cookie at all). `origin` sets the Origin
 * header a browser would send.
 */
export async function connectRaw(
  url: string,
  options: { cookie?: string | null; origin?: string } = {},
): Promise<RawClient> {
  const cookie =
    options.cookie === null
      ? undefined
      : (options.cookie ?? defaultCookie(url.replace(/^ws/, 'http')))
  const socket = new WebSocket(url, {
    headers: cookie ? { cookie } : {},
    ...(options.origin ? { origin: options.origin } : {}),
  })
  const received: Uint8Array[] = []
  socket.binaryType = 'nodebuffer'
  socket.on('message', (data: Buffer) => received.push(new Uint8Array(data)))
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  )
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => resolve())
    socket.once('error', reject)
  })
  return {
    socket,
    received,
    send: (frame) => socket.send(frame),
    closed,
    close: () => socket.close(),
  }
}

/** The sync messages among `frames`, decoded to their sub-type and payload. */
export function syncMessages(
  frames: Uint8Array[],
): Array<{ subType: number; payload: Uint8Array }> {
  const messages = []
  for (const frame of frames) {
    const decoder = decoding.createDecoder(frame)
    if (decoding.readVarUint(decoder) !== MessageType.Sync) continue
    const subType = decoding.readVarUint(decoder)
    messages.push({ subType, payload: decoding.readVarUint8Array(decoder) })
  }
  return messages
}
