/**
 * A compaction that fails loses nothing and is tried again: its snapshot
 * refused, the log stays whole and the next update past the threshold
 * compacts; its pruning refused, the folded rows stay, skipped by loads,
 * and the next compaction prunes them. The store in front of the real one
 * refuses the call the test picks.
 */
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Database } from '../../../db'
import { applyStored } from '../../../server/sync/doc-store'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import type { Room } from '../../../server/sync/room'
import { HeldStore } from '../../helpers/held-store'
import { roomBench } from '../../helpers/room-bench'

const COMPACT_AFTER = 3
const bench = roomBench()
afterEach(() => bench.undo())

async function roomOverHeldStore() {
  const database = await bench.database()
  const store = new HeldStore(new LibsqlDocStore(database))
  const { room, writer } = await bench.room(store, { compactAfterUpdates: COMPACT_AFTER })
  return { room, store, writer, database }
}

const append = (room: Room, text: string) =>
  room.applyChange((doc) => doc.getText('t').insert(doc.getText('t').length, text))

async function logRows(database: Database): Promise<number> {
  const result = await database.client.execute('SELECT count(*) FROM document_updates')
  return Number(result.rows[0]?.[0])
}

async function stored(database: Database): Promise<{ text: string; snapshot: boolean }> {
  const read = await new LibsqlDocStore(database).load('notes')
  const doc = new Y.Doc()
  applyStored(doc, read)
  return { text: doc.getText('t').toString(), snapshot: read.snapshot !== null }
}

describe('a compaction that fails', () => {
  it('keeps the log whole when its snapshot is refused, and compacts at the next update', async () => {
    const { room, store, writer, database } = await roomOverHeldStore()
    store.compactions.close()
    for (const word of ['un ', 'deux ', 'trois ']) await append(room, word)
    await store.compactions.whenHeld()
    store.compactions.failOne(new Error('disk full'))
    await writer.drain()
    expect(await stored(database)).toEqual({ text: 'un deux trois ', snapshot: false })
    expect(await logRows(database)).toBe(3)

    // The three rows still count: one more update is past the threshold.
    store.compactions.open()
    await append(room, 'quatre ')
    await writer.drain()
    expect(await stored(database)).toEqual({ text: 'un deux trois quatre ', snapshot: true })
    expect(await logRows(database)).toBe(0)
  })

  it('leaves the folded rows, skipped by loads, when its pruning is refused; the next compaction prunes them', async () => {
    const { room, store, writer, database } = await roomOverHeldStore()
    store.prunes.close()
    for (const word of ['un ', 'deux ', 'trois ']) await append(room, word)
    await store.prunes.whenHeld()
    store.prunes.failOne(new Error('disk full'))
    await writer.drain()
    expect(await logRows(database)).toBe(3)
    expect(await stored(database)).toEqual({ text: 'un deux trois ', snapshot: true })

    store.prunes.open()
    for (const word of ['quatre ', 'cinq ', 'six ']) await append(room, word)
    await writer.drain()
    expect(await logRows(database)).toBe(0)
    expect(await stored(database)).toEqual({
      text: 'un deux trois quatre cinq six ',
      snapshot: true,
    })
  })
})
