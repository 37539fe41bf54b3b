/**
 * A room's compaction, a task at the writer: queued once however many
 * updates cross the threshold before it runs, and never run for a room
 * reset meanwhile, whose document may hold what was never committed.
 */
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { applyStored } from '../../../server/sync/doc-store'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import { HeldStore } from '../../helpers/held-store'
import { RecordingPeers } from '../../helpers/recording-peers'
import { roomBench } from '../../helpers/room-bench'

const bench = roomBench()
afterEach(() => bench.undo())

describe('a compaction', () => {
  it('is queued once for the updates that cross the threshold before it runs', async () => {
    const store = new HeldStore(new LibsqlDocStore(await bench.database()))
    const { room, writer } = await bench.room(store, { compactAfterUpdates: 2 })
    const append = (word: string) =>
      room.applyChange((doc) => doc.getText('t').insert(doc.getText('t').length, word))
    store.hold()
    const written = [append('un '), append('deux '), append('trois '), append('quatre ')]
    // The first batch holds "un"; the other three wait and commit together.
    const [first] = await store.whenHolding(1)
    store.letThrough()
    first?.release()
    await Promise.all(written)
    await writer.drain()
    expect(store.compactions.calls).toBe(1)
    const doc = new Y.Doc()
    applyStored(doc, await store.load('notes'))
    expect(doc.getText('t').toString()).toBe('un deux trois quatre ')
  })

  it('is not made for a room reset while it waited: what was never committed is never stored', async () => {
    const store = new HeldStore(new LibsqlDocStore(await bench.database()))
    const { room, writer } = await bench.room(store, { compactAfterUpdates: 1 })
    const append = (word: string) =>
      room.applyChange((doc) => doc.getText('t').insert(doc.getText('t').length, word))
    store.hold()
    const first = append('un ')
    const [batch] = await store.whenHolding(1)
    store.letThrough()
    // A task ahead of the compaction keeps the writer busy.
    let unblock = () => {}
    writer.exclusive(() => new Promise<void>((resolve) => (unblock = resolve)))
    batch?.release()
    await first
    // Queued behind the busy writer, applied to the document, never committed.
    const never = append('jamais ')
    // An update from another process that Yjs cannot read resets the room.
    room.applyRemote({ update: new Uint8Array([1, 2, 3]), writer: null, clients: [] })
    expect(room.isClosed).toBe(true)
    await expect(never).rejects.toThrow('discarded')
    unblock()
    await writer.drain()
    expect(store.compactions.calls).toBe(0)
    const again = await bench.room(store)
    expect(again.room.doc.getText('t').toString()).toBe('un ')
  })

  it('with other processes, is made only when this one has the turn, and counts the log anew when not', async () => {
    const store = new HeldStore(new LibsqlDocStore(await bench.database()))
    const peers = new RecordingPeers()
    const { room, writer } = await bench.room(store, { compactAfterUpdates: 2, peers })
    const append = (word: string) =>
      room.applyChange((doc) => doc.getText('t').insert(doc.getText('t').length, word))
    peers.compactTurn = false
    await append('un ')
    await append('deux ')
    await writer.drain()
    expect([peers.compactAsked, store.compactions.calls]).toEqual([1, 0])
    // Left to the other process: the next update alone does not ask again.
    await append('trois ')
    await writer.drain()
    expect(peers.compactAsked).toBe(1)
    peers.compactTurn = true
    await append('quatre ')
    await writer.drain()
    expect([peers.compactAsked, store.compactions.calls]).toEqual([2, 1])
  })

  it('with other processes, folds only the log it read: an update another process logs before the snapshot is stored stays', async () => {
    const database = await bench.database()
    const store = new HeldStore(new LibsqlDocStore(database))
    const { room, writer } = await bench.room(store, {
      compactAfterUpdates: 1,
      peers: new RecordingPeers(),
    })
    store.compactions.close()
    await room.applyChange((doc) => doc.getText('t').insert(0, 'un '))
    // The compaction has caught up and made its snapshot: it waits to store it.
    await store.compactions.whenHeld()
    const other = new Y.Doc()
    other.getText('t').insert(0, 'deux ')
    // Another process's commit, logged after this one's last read.
    await new LibsqlDocStore(database).append([
      { docName: 'notes', update: Y.encodeStateAsUpdate(other) },
    ])
    store.compactions.open()
    await writer.drain()
    expect(store.compactions.calls).toBe(1)
    const doc = new Y.Doc()
    applyStored(doc, await store.load('notes'))
    expect(doc.getText('t').toString()).toContain('deux ')
    expect(doc.getText('t').toString()).toContain('un ')
  })

  it('with other processes, is not made when the catch-up before it resets the room', async () => {
    const store = new HeldStore(new LibsqlDocStore(await bench.database()))
    const peers = new RecordingPeers()
    const { room, writer } = await bench.room(store, { compactAfterUpdates: 1, peers })
    store.reads.close()
    await room.applyChange((doc) => doc.getText('t').insert(0, 'un '))
    await store.reads.whenHeld()
    store.reads.failOne(new Error('database unreachable'))
    await writer.drain()
    expect(room.isClosed).toBe(true)
    expect(store.compactions.calls).toBe(0)
  })
})
