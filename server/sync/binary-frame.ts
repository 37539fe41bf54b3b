/**
 * Server-to-client websocket framing (RFC 6455 §5.2) of binary messages, so
 * that a message relayed to every connection of a room is framed once and
 * the same bytes are written to each socket. `ws` frames anew on every
 * `send`, which at 300 subscribers was a third of the relay's time.
 *
 * Server frames are never masked, and Kaigi's sockets never compress
 * (`perMessageDeflate: false`), so a frame is a 2-, 4- or 10-byte header
 * followed by the payload as it is.
 */

const FIN_BINARY = 0x82
const MAX_7_BIT = 125
const MAX_16_BIT = 0xffff

/** One frame per message, however many sockets it is written to. */
const framed = new WeakMap<Uint8Array, Buffer>()

export function binaryFrame(message: Uint8Array): Buffer {
  const cached = framed.get(message)
  if (cached) return cached
  const frame = encodeBinaryFrame(message)
  framed.set(message, frame)
  return frame
}

export function encodeBinaryFrame(payload: Uint8Array): Buffer {
  const length = payload.byteLength
  const headerLength = length <= MAX_7_BIT ? 2 : length <= MAX_16_BIT ? 4 : 10
  const frame = Buffer.allocUnsafe(headerLength + length)
  frame[0] = FIN_BINARY
  if (headerLength === 2) {
    frame[1] = length
  } else if (headerLength === 4) {
    frame[1] = 126
    frame.writeUInt16BE(length, 2)
  } else {
    frame[1] = 127
    frame.writeBigUInt64BE(BigInt(length), 2)
  }
  frame.set(payload, headerLength)
  return frame
}
