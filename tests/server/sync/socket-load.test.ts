/**
 * A socket whose room is still loading (`serveSocket`): what its client
 * sends meanwhile waits, within a bound, and is applied once the room is
 * loaded, even if the client has closed since; a room that cannot load
 * closes its client with a reason and leaves the next one to load it
 * afresh. The store in front of the real one keeps each load from its
 * room until the test lets it through.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { encodeSyncUpdate } from '../../../server/sync/codec'
import { CloseCode } from '../../../shared/protocol'
import { HeldStore } from '../../helpers/held-store'
import { connectRaw } from '../../helpers/raw-client'
import { startServer, type TestServer } from '../../helpers/start-server'
import { captureUpdate } from '../../helpers/updates'

let server: TestServer
let store: HeldStore

beforeAll(async () => {
  server = await startServer({
    wrapStore: (inner) => {
      store = new HeldStore(inner)
      return store
    },
  })
})

// A test that fails with the loads held leaves none held for the next.
afterEach(() => store.loads.open())

afterAll(async () => {
  await server.close()
  server.cleanup()
})

const text = (doc: Y.Doc) => doc.getText('t').toString()

/** Reads `docName` as committed until it holds `expected` (ten seconds at most). */
async function untilCommitted(docName: string, expected: string): Promise<void> {
  for (const start = Date.now(); Date.now() - start < 10_000; ) {
    if ((await server.kaigi.registry.read(docName, text)) === expected) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  expect(await server.kaigi.registry.read(docName, text)).toBe(expected)
}

describe('a socket whose room is loading', () => {
  it('applies what its client sent meanwhile, though the client closed before the load ended', async () => {
    store.loads.close()
    const client = await connectRaw(`${server.syncUrl}/socket-load-a`)
    await store.loads.whenHeld()
    const update = captureUpdate(new Y.Doc(), (d) => d.getText('t').insert(0, 'envoyé avant'))
    client.send(encodeSyncUpdate(update))
    client.close()
    await client.closed
    store.loads.open()
    await untilCommitted('socket-load-a', 'envoyé avant')
    // Gone before it joined, the client leaves the room once it has: the room, empty, unloads.
    for (const start = Date.now(); Date.now() - start < 10_000; ) {
      if ((await server.kaigi.registry.peek('socket-load-a')) === null) break
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    expect(await server.kaigi.registry.peek('socket-load-a')).toBeNull()
  })

  it('closes a client that sends more than 8 MiB before its room has loaded', async () => {
    store.loads.close()
    const client = await connectRaw(`${server.syncUrl}/socket-load-b`)
    await store.loads.whenHeld()
    const frame = new Uint8Array(1024 * 1024)
    for (let i = 0; i < 9; i++) client.send(frame)
    expect(await client.closed).toEqual({
      code: CloseCode.TryAgainLater,
      reason: 'too many messages before the document loaded',
    })
  })

  it('keeps every frame of a client that sends 8 MiB, the bound, while its room loads', async () => {
    store.loads.close()
    const client = await connectRaw(`${server.syncUrl}/socket-load-d`)
    await store.loads.whenHeld()
    // Eight updates from eight writers, each framed in exactly 1 MiB.
    const MIB = 1024 * 1024
    let written = 0
    for (let writer = 0; writer < 8; writer++) {
      const framed = (length: number) => {
        // A client id of a fixed size: a random one's varint length would change the frame's.
        const doc = new Y.Doc()
        doc.clientID = 1000 + writer
        return encodeSyncUpdate(
          captureUpdate(doc, (d) => d.getText('t').insert(0, String(writer).repeat(length))),
        )
      }
      const length = MIB - (framed(MIB).byteLength - MIB)
      const frame = framed(length)
      expect(frame.byteLength).toBe(MIB)
      client.send(frame)
      written += length
    }
    store.loads.open()
    const committedLength = async () =>
      (await server.kaigi.registry.read('socket-load-d', text))?.length
    for (const start = Date.now(); Date.now() - start < 10_000; ) {
      if ((await committedLength()) === written) break
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    expect(await committedLength()).toBe(written)
    client.close()
    expect((await client.closed).code).not.toBe(CloseCode.TryAgainLater)
  })

  it('closes its client when the room cannot load, and the next client loads it afresh', async () => {
    store.loads.close()
    const first = await connectRaw(`${server.syncUrl}/socket-load-c`)
    await store.loads.whenHeld()
    store.loads.failOne(new Error('database unreachable'))
    expect(await first.closed).toEqual({
      code: CloseCode.InternalError,
      reason: 'document could not be loaded',
    })
    store.loads.open()
    const next = await connectRaw(`${server.syncUrl}/socket-load-c`)
    const update = captureUpdate(new Y.Doc(), (d) => d.getText('t').insert(0, 'chargé'))
    next.send(encodeSyncUpdate(update))
    await untilCommitted('socket-load-c', 'chargé')
    next.close()
  })
})
