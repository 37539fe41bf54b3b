/**
 * A room's compaction is one task at the writer, however many updates
 * cross the threshold before it runs: the updates committed in one batch
 * after the threshold do not each queue another snapshot.
 */
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import { HeldStore } from '../../helpers/held-store'
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
    const stored = await store.load('notes')
    const doc = new Y.Doc()
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
    for (const update of stored.updates) Y.applyUpdate(doc, update)
    expect(doc.getText('t').toString()).toBe('un deux trois quatre ')
  })
})
