import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket, WebSocketServer } from 'ws'
import { binaryFrame, encodeBinaryFrame } from '../../../server/sync/binary-frame'

// Frames written straight to the connection must read, to a real websocket
// client, exactly as `ws` would have sent them: every length encoding.
describe('binary frames written to the raw connection', () => {
  const server = createServer()
  const wss = new WebSocketServer({ noServer: true, perMessageDeflate: false })
  let stream: Duplex
  let client: WebSocket
  const received: Buffer[] = []

  beforeAll(async () => {
    const accepted = new Promise<void>((resolve) => {
      server.on('upgrade', (request, socket, head) => {
        wss.handleUpgrade(request, socket, head, () => {
          stream = socket
          resolve()
        })
      })
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as AddressInfo
    client = new WebSocket(`ws://127.0.0.1:${port}`)
    client.on('message', (data, isBinary) => {
      if (isBinary) received.push(data as Buffer)
    })
    await accepted
    await new Promise((resolve) => client.once('open', resolve))
  })

  afterAll(async () => {
    client.close()
    wss.close()
    await new Promise((resolve) => server.close(resolve))
  })

  // RFC 6455 §5.2: the shortest length encoding that holds the length.
  it.each([
    [0, 2],
    [1, 2],
    [125, 2],
    [126, 4],
    [65_535, 4],
    [65_536, 10],
    [300_000, 10],
  ])('carries a %i-byte message intact, behind a %i-byte header', async (length, header) => {
    const payload = new Uint8Array(length)
    for (let i = 0; i < length; i++) payload[i] = (i * 31 + length) % 256
    const before = received.length
    const frame = encodeBinaryFrame(payload)
    expect(frame.byteLength - length).toBe(header)
    stream.write(frame)
    await expect.poll(() => received.length).toBe(before + 1)
    expect(new Uint8Array(received[before] as Buffer)).toEqual(payload)
  })

  it('frames a message once, however many times it is sent', () => {
    const message = new Uint8Array([0, 2, 1, 7])
    expect(binaryFrame(message)).toBe(binaryFrame(message))
    expect(binaryFrame(new Uint8Array([0, 2, 1, 7]))).not.toBe(binaryFrame(message))
  })
})
