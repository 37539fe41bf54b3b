/**
 * Every frame a client sends is decoded whole and checked for shape before
 * anything acts on it: a frame with bytes left over, a truncated one or an
 * unknown kind is refused with a reason, and nothing of it is taken.
 */
import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import {
  decodeAwarenessEntries,
  decodeClientMessage,
  encodeAwarenessEntries,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
  ProtocolError,
} from '../../../server/sync/codec'
import { CloseCode, MessageType } from '../../../shared/protocol'

const frame = (write: (encoder: encoding.Encoder) => void): Uint8Array => {
  const encoder = encoding.createEncoder()
  write(encoder)
  return encoding.toUint8Array(encoder)
}

/** What decoding `bytes` throws: a ProtocolError, whose message and code are checked. */
function refusal(
  bytes: Uint8Array,
  decode: (bytes: Uint8Array) => unknown = decodeClientMessage,
): ProtocolError {
  try {
    decode(bytes)
  } catch (error) {
    expect(error).toBeInstanceOf(ProtocolError)
    return error as ProtocolError
  }
  throw new Error('the frame was taken')
}

const presences = (...states: string[]) =>
  encodeAwarenessEntries(states.map((state, i) => ({ clientId: 40 + i, clock: 3, state })))

describe('a client frame', () => {
  it('decodes each sync message as its own kind', () => {
    const payload = new Uint8Array([0, 0])
    expect(decodeClientMessage(encodeSyncStep2(payload))).toEqual({
      type: 'sync-step2',
      update: payload,
    })
    expect(decodeClientMessage(encodeSyncUpdate(payload))).toEqual({
      type: 'sync-update',
      update: payload,
    })
    const stateVector = new Uint8Array([1, 200, 1, 5])
    expect(decodeClientMessage(encodeSyncStep1(stateVector))).toEqual({
      type: 'sync-step1',
      stateVector,
    })
    expect(decodeClientMessage(new Uint8Array([MessageType.QueryAwareness]))).toEqual({
      type: 'query-awareness',
    })
  })

  it('is refused with bytes left after its message', () => {
    const error = refusal(new Uint8Array([...encodeSyncUpdate(new Uint8Array([0, 0])), 9]))
    expect(error.message).toBe('trailing bytes after the message')
    expect(error.name).toBe('ProtocolError')
    expect(error.closeCode).toBe(CloseCode.MalformedMessage)
  })

  it('is refused, saying why, when it is cut short', () => {
    const whole = encodeSyncUpdate(new Uint8Array([0, 0, 0, 0]))
    expect(refusal(whole.subarray(0, 3)).message).toMatch(/^undecodable message: ./)
    expect(refusal(new Uint8Array()).message).toBe('empty message')
  })

  it('is refused as it is for an unknown kind, not as undecodable', () => {
    expect(refusal(new Uint8Array([MessageType.Auth])).message).toBe('unknown message type 2')
    expect(refusal(new Uint8Array([MessageType.Sync, 7, 0])).message).toBe(
      'unknown sync message type 7',
    )
  })

  it('is refused when its state vector has bytes after its pairs', () => {
    const stateVector = new Uint8Array([1, 200, 1, 5, 0])
    expect(refusal(encodeSyncStep1(stateVector)).message).toBe('trailing bytes in state vector')
  })
})

describe('an awareness update', () => {
  it('reads back every entry it was written with', () => {
    const entries = [
      { clientId: 4_000_000_000, clock: 12, state: '{"user":{"name":"Aiko"}}' },
      { clientId: 7, clock: 0, state: 'null' },
    ]
    expect(decodeAwarenessEntries(encodeAwarenessEntries(entries))).toEqual(entries)
    const wrapped = frame((e) => {
      encoding.writeVarUint(e, MessageType.Awareness)
      encoding.writeVarUint8Array(e, encodeAwarenessEntries(entries))
    })
    expect(decodeClientMessage(wrapped)).toEqual({ type: 'awareness', entries })
  })

  it('is refused whole when one state is not JSON, or nests too deep', () => {
    expect(refusal(presences('{}', '{"a":'), decodeAwarenessEntries).message).toBe(
      'awareness state is not JSON',
    )
    const deep = `${'['.repeat(100)}${']'.repeat(100)}`
    expect(refusal(presences('{}', deep), decodeAwarenessEntries).message).toBe(
      'awareness state nested too deep',
    )
  })

  it('is refused with bytes after its entries', () => {
    const update = new Uint8Array([...presences('{}'), 0])
    expect(refusal(update, decodeAwarenessEntries).message).toBe(
      'trailing bytes in awareness update',
    )
  })
})
