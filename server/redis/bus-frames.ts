import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import type { ClientOwner } from '../sync/client-owners'

/**
 * What one Kaigi process tells the others holding the same document, on
 * that document's Redis channel. Binary, as the updates it carries are.
 */
export type BusMessage =
  | {
      kind: 'update'
      /** A committed update: only ever published once it is durable. */
      update: Uint8Array
      /** Who wrote it (a person's id, or the server), and under which client ids. */
      writer: ClientOwner
      clients: number[]
    }
  | {
      kind: 'presence'
      /** An awareness update of presences announced through this process. */
      update: Uint8Array
      /** The sign-in session whose socket announced them: only it may take them over. */
      sessionHash: string
    }
  | {
      /** "Read the document from the database": its sender could not publish some updates. */
      kind: 'catch-up'
    }

/**
 * The messages one process sent on one channel in one turn of its event
 * loop (a batch's commits, say), with their envelope: the sender, and when
 * they were sent (ms since the epoch). One publication for all of them.
 */
export interface BusFrame {
  sender: string
  sentAt: number
  messages: BusMessage[]
}

const Kind = { update: 0, presence: 1, 'catch-up': 2 } as const

export class BusFrameError extends Error {
  override name = 'BusFrameError'
}

export function encodeBusFrame(frame: BusFrame): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarString(encoder, frame.sender)
  encoding.writeFloat64(encoder, frame.sentAt)
  encoding.writeVarUint(encoder, frame.messages.length)
  for (const message of frame.messages) writeMessage(encoder, message)
  return encoding.toUint8Array(encoder)
}

function writeMessage(encoder: encoding.Encoder, message: BusMessage): void {
  encoding.writeVarUint(encoder, Kind[message.kind])
  if (message.kind === 'update') {
    // The server writes under no person: an empty flag, then no id.
    encoding.writeVarUint(encoder, message.writer === null ? 0 : 1)
    if (message.writer !== null) encoding.writeVarString(encoder, message.writer)
    encoding.writeVarUint(encoder, message.clients.length)
    for (const client of message.clients) encoding.writeVarUint(encoder, client)
    encoding.writeVarUint8Array(encoder, message.update)
  } else if (message.kind === 'presence') {
    encoding.writeVarString(encoder, message.sessionHash)
    encoding.writeVarUint8Array(encoder, message.update)
  }
}

/** Reads a frame; throws BusFrameError for one no Kaigi process wrote. */
export function decodeBusFrame(bytes: Uint8Array): BusFrame {
  try {
    const decoder = decoding.createDecoder(bytes)
    const sender = decoding.readVarString(decoder)
    const sentAt = decoding.readFloat64(decoder)
    const messages: BusMessage[] = []
    for (let n = decoding.readVarUint(decoder); n > 0; n--) messages.push(readMessage(decoder))
    if (decoding.hasContent(decoder)) throw new BusFrameError('bytes after the bus messages')
    return { sender, sentAt, messages }
  } catch (error) {
    if (error instanceof BusFrameError) throw error
    throw new BusFrameError(`unreadable bus frame: ${(error as Error).message}`)
  }
}

function readMessage(decoder: decoding.Decoder): BusMessage {
  const kind = decoding.readVarUint(decoder)
  if (kind === Kind.update) {
    const writer = decoding.readVarUint(decoder) === 0 ? null : decoding.readVarString(decoder)
    const clients: number[] = []
    for (let n = decoding.readVarUint(decoder); n > 0; n--)
      clients.push(decoding.readVarUint(decoder))
    return { kind: 'update', writer, clients, update: decoding.readVarUint8Array(decoder) }
  }
  if (kind === Kind.presence) {
    const sessionHash = decoding.readVarString(decoder)
    return { kind: 'presence', sessionHash, update: decoding.readVarUint8Array(decoder) }
  }
  if (kind === Kind['catch-up']) return { kind: 'catch-up' }
  throw new BusFrameError(`unknown bus message kind ${kind}`)
}
