import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { CloseCode, MessageType, SyncMessageType } from '../../shared/protocol'
import { withinDepth } from './json-depth'

/** A message from a client, decoded and checked for shape (not yet for content). */
export type ClientMessage =
  | { type: 'sync-step1'; stateVector: Uint8Array }
  | { type: 'sync-step2'; update: Uint8Array }
  | { type: 'sync-update'; update: Uint8Array }
  | { type: 'awareness'; entries: AwarenessEntry[] }
  | { type: 'query-awareness' }

/** One client's presence in an awareness update; `state` is JSON ("null" when it left). */
export interface AwarenessEntry {
  clientId: number
  clock: number
  state: string
}

/** A frame the server refuses; the connection is closed with `closeCode`. */
export class ProtocolError extends Error {
  override name = 'ProtocolError'
  constructor(
    message: string,
    readonly closeCode: CloseCode = CloseCode.MalformedMessage,
  ) {
    super(message)
  }
}

/** Decodes one binary websocket frame, or throws ProtocolError saying why not. */
export function decodeClientMessage(frame: Uint8Array): ClientMessage {
  if (frame.byteLength === 0) throw new ProtocolError('empty message')
  const decoder = decoding.createDecoder(frame)
  try {
    const message = readMessage(decoder)
    if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes after the message')
    return message
  } catch (error) {
    if (error instanceof ProtocolError) throw error
    throw new ProtocolError(`undecodable message: ${(error as Error).message}`)
  }
}

function readMessage(decoder: decoding.Decoder): ClientMessage {
  const type = decoding.readVarUint(decoder)
  switch (type) {
    case MessageType.Sync:
      return readSyncMessage(decoder)
    case MessageType.Awareness:
      return {
        type: 'awareness',
        entries: decodeAwarenessEntries(decoding.readVarUint8Array(decoder)),
      }
    case MessageType.QueryAwareness:
      return { type: 'query-awareness' }
    default:
      throw new ProtocolError(`unknown message type ${type}`)
  }
}

function readSyncMessage(decoder: decoding.Decoder): ClientMessage {
  const subType = decoding.readVarUint(decoder)
  switch (subType) {
    case SyncMessageType.Step1: {
      const stateVector = decoding.readVarUint8Array(decoder)
      checkStateVector(stateVector)
      return { type: 'sync-step1', stateVector }
    }
    case SyncMessageType.Step2:
      return { type: 'sync-step2', update: decoding.readVarUint8Array(decoder) }
    case SyncMessageType.Update:
      return { type: 'sync-update', update: decoding.readVarUint8Array(decoder) }
    default:
      throw new ProtocolError(`unknown sync message type ${subType}`)
  }
}

/** A state vector: a count, then that many (client, clock) pairs, nothing after. */
function checkStateVector(stateVector: Uint8Array): void {
  const decoder = decoding.createDecoder(stateVector)
  const count = decoding.readVarUint(decoder)
  for (let i = 0; i < count; i++) {
    decoding.readVarUint(decoder)
    decoding.readVarUint(decoder)
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes in state vector')
}

/**
 * An awareness update: a count, then (clientID, clock, JSON state) entries.
 * y-protocols applies entries one by one and would apply the first ones of a
 * broken update before failing, so the whole update is read and checked first.
 */
export function decodeAwarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const decoder = decoding.createDecoder(update)
  const count = decoding.readVarUint(decoder)
  const entries: AwarenessEntry[] = []
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder)
    const clock = decoding.readVarUint(decoder)
    const state = decoding.readVarString(decoder)
    let value: unknown
    try {
      value = JSON.parse(state)
    } catch {
      throw new ProtocolError('awareness state is not JSON')
    }
    if (!withinDepth(value)) throw new ProtocolError('awareness state nested too deep')
    entries.push({ clientId, clock, state })
  }
  if (decoding.hasContent(decoder)) throw new ProtocolError('trailing bytes in awareness update')
  return entries
}

/** Encodes awareness entries as y-protocols' awareness update. */
export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, entries.length)
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId)
    encoding.writeVarUint(encoder, entry.clock)
    encoding.writeVarString(encoder, entry.state)
  }
  return encoding.toUint8Array(encoder)
}

const encodeSync = (subType: number, payload: Uint8Array): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Sync)
  encoding.writeVarUint(encoder, subType)
  encoding.writeVarUint8Array(encoder, payload)
  return encoding.toUint8Array(encoder)
}

export const encodeSyncStep1 = (stateVector: Uint8Array): Uint8Array =>
  encodeSync(SyncMessageType.Step1, stateVector)

export const encodeSyncStep2 = (update: Uint8Array): Uint8Array =>
  encodeSync(SyncMessageType.Step2, update)

export const encodeSyncUpdate = (update: Uint8Array): Uint8Array =>
  encodeSync(SyncMessageType.Update, update)

export const encodeAwareness = (update: Uint8Array): Uint8Array => {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.Awareness)
  encoding.writeVarUint8Array(encoder, update)
  return encoding.toUint8Array(encoder)
}
