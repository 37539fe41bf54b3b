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

/** A message with its envelope: the sender, and when it was sent (ms since the epoch). */
export interface BusFrame {
  sender: string
  sentAt: number
  message: BusMessage
}

const Kind = { update: 0, presence: 1, 'catch-up': 2 } as const

export class BusFrameError extends Error {
  override name = 'BusFrameError'
}

export function encodeBusFrame(frame: BusFrame): Uint8Array {
  const encoder = encoding.createEncoder()
  const { message } = frame
  encoding.writeVarUint(encoder, Kind[message.kind])
  encoding.writeVarString(encoder, frame.sender)
  encoding.writeFloat64(encoder, frame.sentAt)
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
  return encoding.toUint8Array(encoder)
}

/** Reads a frame; throws BusFrameError for one no Kaigi process wrote. */
export function decodeBusFrame(bytes: Uint8Array): BusFrame {
  try {
    const decoder = decoding.createDecoder(bytes)
    const kind = decoding.readVarUint(decoder)
    const sender = decoding.readVarString(decoder)
    const sentAt = decoding.readFloat64(decoder)
    let message: BusMessage
    if (kind === Kind.update) {
      const writer = decoding.readVarUint(decoder) === 0 ? null : decoding.readVarString(decoder)
      const clients: number[] = []
      for (let n = decoding.readVarUint(decoder); n > 0; n--) {
        clients.push(decoding.readVarUint(decoder))
      }
      message = { kind: 'update', writer, clients, update: decoding.readVarUint8Array(decoder) }
    } else if (kind === Kind.presence) {
      const sessionHash = decoding.readVarString(decoder)
      message = { kind: 'presence', sessionHash, update: decoding.readVarUint8Array(decoder) }
    } else if (kind === Kind['catch-up']) {
      message = { kind: 'catch-up' }
    } else {
      throw new BusFrameError(`unknown bus message kind ${kind}`)
    }
    if (decoding.hasContent(decoder)) throw new BusFrameError('bytes after the bus message')
    return { sender, sentAt, message }
  } catch (error) {
    if (error instanceof BusFrameError) throw error
    throw new BusFrameError(`unreadable bus frame: ${(error as Error).message}`)
  }
}
