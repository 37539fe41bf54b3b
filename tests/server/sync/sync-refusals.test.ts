import * as encoding from 'lib0/encoding'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import { encodeSyncStep2, encodeSyncUpdate } from '../../../server/sync/codec'
import { CloseCode, MessageType } from '../../../shared/protocol'
import { connectClient, synced, type TestClient, until } from '../../helpers/clients'
import { storedState } from '../../helpers/db-state'
import { connectRaw, syncMessages } from '../../helpers/raw-client'
import { startServer, type TestServer } from '../../helpers/start-server'
import { captureUpdate, forkDoc, handUpdate } from '../../helpers/updates'

const DOC = 'programme'
const MAX_MESSAGE_BYTES = 64 * 1024

let server: TestServer
let a: TestClient
let b: TestClient

const room = async () => {
  const loaded = await server.kaigi.registry.peek(DOC)
  if (!loaded) throw new Error('room not loaded')
  return loaded
}

/** What the room and the database hold, to compare before and after a refusal. */
const snapshot = async () => {
  const loaded = await room()
  await server.kaigi.writer.drain()
  return {
    doc: Buffer.from(Y.encodeStateAsUpdate(loaded.doc)).toString('base64'),
    awareness: JSON.stringify([...loaded.awareness.getStates()]),
    stored: await storedState(server.kaigi.database),
  }
}

/** The others still sync after the refusal: a's next edit reaches b. */
const othersKeepSyncing = async (marker: string) => {
  a.doc.getText('t').insert(0, marker)
  await until(() => b.doc.getText('t').toString().startsWith(marker), 10_000, 'b receives a')
}

beforeEach(async () => {
  server = await startServer({ maxMessageBytes: MAX_MESSAGE_BYTES })
  a = connectClient(server.syncUrl, DOC)
  b = connectClient(server.syncUrl, DOC)
  await Promise.all([synced(a), synced(b)])
  a.doc.getText('t').insert(0, 'Séance plénière d’ouverture')
  a.provider.awareness.setLocalStateField('user', { name: 'Claire' })
  await until(() => b.doc.getText('t').length > 0 && b.provider.awareness.getStates().size === 2)
})
afterEach(async () => {
  a.destroy()
  b.destroy()
  await server.close()
  server.cleanup()
})

/** Sends `frame` from a raw client and expects it closed with `code`, nothing changed. */
async function expectRefused(frame: Uint8Array | string, code: number, reason?: RegExp) {
  const othersClosed: number[] = []
  for (const other of [a, b]) {
    other.provider.on('connection-close', (event: CloseEvent | null) =>
      othersClosed.push(event?.code ?? -1),
    )
  }
  const before = await snapshot()
  const raw = await connectRaw(`${server.syncUrl}/${DOC}`)
  raw.send(frame)
  const closed = await raw.closed
  expect(closed.code).toBe(code)
  if (reason) expect(closed.reason).toMatch(reason)
  expect(await snapshot()).toEqual(before)
  await othersKeepSyncing(`after ${code} `)
  expect(othersClosed).toEqual([]) // the others were never disconnected (no room reset)
}

/** An update that follows the room's content: valid, so that corruptions of it are the only fault. */
const validUpdate = () =>
  captureUpdate(forkDoc(a.doc), (d) => {
    d.getText('t').insert(5, ' longue phrase ajoutée par un client hostile')
    d.getMap('m').set('titre', { fr: 'Atelier', ja: '分科会' })
  })

describe('refusals on the sync socket', () => {
  it('refuses a truncated update, though Yjs would apply its first part', async () => {
    const update = validUpdate()
    const truncated = update.subarray(0, update.byteLength - 4)
    expect(() => Y.applyUpdate(forkDoc(a.doc), truncated)).toThrow()
    await expectRefused(encodeSyncUpdate(truncated), CloseCode.MalformedMessage, /undecodable/)
  })

  it('refuses a garbled update', async () => {
    const garbled = validUpdate()
    garbled[4] = 0x1f // the first struct's content ref: no such content
    await expectRefused(encodeSyncUpdate(garbled), CloseCode.MalformedMessage)
  })

  it('refuses an update with trailing bytes', async () => {
    await expectRefused(
      encodeSyncUpdate(new Uint8Array([...validUpdate(), 1, 2, 3])),
      CloseCode.MalformedMessage,
      /trailing/,
    )
  })

  it('refuses an item placed inside something that is not a shared type', async () => {
    const textItem = { client: a.doc.clientID, clock: 2 }
    const update = handUpdate([
      { client: 4242, clock: 0, items: [{ text: 'x', parent: textItem }] },
    ])
    await expectRefused(encodeSyncUpdate(update), CloseCode.MalformedMessage, /not a shared type/)
  })

  it('refuses a garbled sync step 2 the same way', async () => {
    const update = validUpdate()
    await expectRefused(
      encodeSyncStep2(update.subarray(0, update.byteLength - 1)),
      CloseCode.MalformedMessage,
    )
  })

  it('refuses an empty frame', async () => {
    await expectRefused(new Uint8Array(0), CloseCode.MalformedMessage, /empty/)
  })

  it('refuses an unknown message type and an unknown sync type', async () => {
    await expectRefused(new Uint8Array([9, 0]), CloseCode.MalformedMessage, /unknown message type/)
    await expectRefused(new Uint8Array([MessageType.Sync, 7, 0]), CloseCode.MalformedMessage)
  })

  it('refuses a text frame', async () => {
    await expectRefused('hello', CloseCode.UnsupportedData, /^text frames are not accepted$/)
  })

  it('refuses a frame over the size limit', async () => {
    const big = captureUpdate(forkDoc(a.doc), (d) =>
      d.getText('t').insert(0, 'x'.repeat(MAX_MESSAGE_BYTES)),
    )
    await expectRefused(encodeSyncUpdate(big), CloseCode.MessageTooBig)
  })

  it('refuses a broken awareness update before applying any of it', async () => {
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, 2) // two entries: a valid one, then a broken one
    encoding.writeVarUint(encoder, 777)
    encoding.writeVarUint(encoder, 1)
    encoding.writeVarString(encoder, JSON.stringify({ user: { name: 'Intrus' } }))
    encoding.writeVarUint(encoder, 778)
    encoding.writeVarUint(encoder, 1)
    encoding.writeVarString(encoder, '{not json')
    const frame = encoding.createEncoder()
    encoding.writeVarUint(frame, MessageType.Awareness)
    encoding.writeVarUint8Array(frame, encoding.toUint8Array(encoder))
    await expectRefused(encoding.toUint8Array(frame), CloseCode.MalformedMessage, /JSON/)
  })

  it('asks for a resync instead of keeping an update whose dependencies it lacks', async () => {
    const offline = forkDoc(a.doc)
    captureUpdate(offline, (d) => d.getText('t').insert(0, 'jamais envoyé '))
    const dependent = captureUpdate(offline, (d) => d.getText('t').insert(3, '!'))
    const before = await snapshot()
    const raw = await connectRaw(`${server.syncUrl}/${DOC}`)
    raw.send(encodeSyncUpdate(dependent))
    await until(() => syncMessages(raw.received).filter((m) => m.subType === 0).length >= 2)
    // Two step 1s: the greeting, then the request to resync.
    expect(await snapshot()).toEqual(before)
    // The client answers the resync with what the room lacks; then both apply.
    const reply = Y.encodeStateAsUpdate(offline, Y.encodeStateVector((await room()).doc))
    raw.send(encodeSyncStep2(reply))
    await until(() => b.doc.getText('t').toString() === offline.getText('t').toString())
    raw.close()
  })

  it('closes a client that keeps sending updates it cannot complete', async () => {
    const offline = forkDoc(a.doc)
    captureUpdate(offline, (d) => d.getText('t').insert(0, 'jamais envoyé '))
    const dependent = captureUpdate(offline, (d) => d.getText('t').insert(3, '!'))
    const before = await snapshot()
    const raw = await connectRaw(`${server.syncUrl}/${DOC}`)
    const step1s = () => syncMessages(raw.received).filter((m) => m.subType === 0).length
    // Three times it is asked to resync (after the greeting's step 1)…
    for (let i = 0; i < 3; i++) raw.send(encodeSyncUpdate(dependent))
    await until(() => step1s() === 4, 10_000, 'three resync requests')
    expect(raw.socket.readyState).toBe(raw.socket.OPEN)
    // …the fourth time, it is closed.
    raw.send(encodeSyncUpdate(dependent))
    expect(await raw.closed).toEqual({
      code: CloseCode.MissingDependencies,
      reason: expect.stringContaining('missing dependencies'),
    })
    expect(step1s()).toBe(4)
    expect(await snapshot()).toEqual(before)
    await othersKeepSyncing('encore ')
  })

  it('refuses a document name outside the allow-list before any room loads', async () => {
    const loadedBefore = server.kaigi.registry.loadedCount
    for (const name of ['..%2Fetc', 'a%20b', '%E4%BC%9A%E8%AD%B0', '-x', 'x'.repeat(129)]) {
      const status = await new Promise<number>((resolve, reject) => {
        const socket = new WebSocket(`${server.syncUrl}/${name}`)
        socket.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0))
        socket.on('open', () => reject(new Error(`${name} was accepted`)))
        socket.on('error', () => {})
      })
      expect(status).toBe(400)
    }
    expect(server.kaigi.registry.loadedCount).toBe(loadedBefore)
    const response = await fetch(`${server.url}/sync/${'x'.repeat(129)}`)
    expect((await response.json()).error.code).toBe('invalid_doc_name')
  })
})
