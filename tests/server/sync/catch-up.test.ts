/**
 * `Room.catchUp`: what another process committed while this one could not
 * hear of it is read from the database. Two rooms on one database stand for
 * two processes; the other process's compaction folded what this one lacks.
 */

import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Transport } from '../../../server/sync/connection'
import type { DocStore } from '../../../server/sync/doc-store'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import { SyncMessageType } from '../../../shared/protocol'
import { memberAccess } from '../../helpers/access'
import { until } from '../../helpers/clients'
import { syncMessages } from '../../helpers/raw-client'
import { roomBench } from '../../helpers/room-bench'

const bench = roomBench()
afterEach(() => bench.undo())

describe('a room catching up from the database', () => {
  it('applies what another compacted and logged since, and answers a client joining meanwhile after it', async () => {
    const database = await bench.database()
    const behind = await bench.room(new LibsqlDocStore(database))
    const other = await bench.room(new LibsqlDocStore(database), { compactAfterUpdates: 3 })
    for (const word of ['un ', 'deux ', 'trois ', 'quatre ']) {
      await other.room.applyChange((doc) => doc.getText('t').insert(doc.getText('t').length, word))
    }
    await other.writer.drain()
    // The other folded the first three into a snapshot and logged one more.
    const stored = await new LibsqlDocStore(database).load('notes')
    expect(stored.snapshot).not.toBeNull()
    expect(stored.updates).toHaveLength(1)

    const catchingUp = behind.room.catchUp()
    const sent: Uint8Array[] = []
    const transport: Transport = { send: (m) => sent.push(m), close: () => {} }
    behind.room.join(transport, memberAccess())
    await catchingUp
    expect(behind.room.doc.getText('t').toString()).toBe('un deux trois quatre ')
    // The joining client's sync step 1 leaves after the catch-up: its state
    // vector holds the other process's edits.
    await until(() => syncMessages(sent).some((m) => m.subType === SyncMessageType.Step1))
    const step1 = syncMessages(sent).find((m) => m.subType === SyncMessageType.Step1)
    const vector = Y.decodeStateVector(step1?.payload ?? new Uint8Array())
    expect(vector.get(other.room.doc.clientID)).toBeGreaterThan(0)
  })

  it('reads once more when asked again during a read, and resets the room when the database cannot be read', async () => {
    const real = new LibsqlDocStore(await bench.database())
    // Each read of the log is made, then held until the test lets it return.
    const reads: Array<() => void> = []
    const events: string[] = []
    let failReads = false
    const store: DocStore = {
      load: (name) => real.load(name),
      append: (updates) => real.append(updates),
      compact: (name, snapshot, through) => real.compact(name, snapshot, through),
      pruneFolded: (name, limit) => real.pruneFolded(name, limit),
      loadSince: async (name, through) => {
        if (failReads) throw new Error('database unreachable')
        events.push('read')
        const since = await real.loadSince(name, through)
        await new Promise<void>((resolve) => reads.push(resolve))
        events.push('returned')
        return since
      },
    }
    const { room: behind } = await bench.room(store)
    const { room: other } = await bench.room(real)
    const write = (word: string) =>
      other.applyChange((doc) => doc.getText('t').insert(doc.getText('t').length, word))

    await write('un ')
    const first = behind.catchUp()
    await until(() => reads.length === 1, 10_000, 'the first read made')
    // Logged after the first read: only a second read brings it.
    await write('deux ')
    const again = behind.catchUp()
    reads.shift()?.()
    await until(() => reads.length === 1, 10_000, 'the second read made')
    reads.shift()?.()
    await Promise.all([first, again])
    expect(behind.doc.getText('t').toString()).toBe('un deux ')
    // The second read waited for the first: one read at a time.
    expect(events).toEqual(['read', 'returned', 'read', 'returned'])

    const closes: string[] = []
    behind.join({ send: () => {}, close: (_code, reason) => closes.push(reason) }, memberAccess())
    failReads = true
    await write('trois ')
    await behind.catchUp()
    expect(behind.isClosed).toBe(true)
    expect(closes).toEqual(['room reset: catch-up failed: database unreachable'])
  })

  it('finding nothing new leaves the room as it was, and one asked after it ended reads again', async () => {
    const database = await bench.database()
    const behind = await bench.room(new LibsqlDocStore(database))
    const other = await bench.room(new LibsqlDocStore(database))
    const sent: Uint8Array[] = []
    behind.room.join({ send: (m) => sent.push(m), close: () => {} }, memberAccess())
    await behind.room.catchUp()
    expect(behind.room.isClosed).toBe(false)
    const updates = () => syncMessages(sent).filter((m) => m.subType === SyncMessageType.Update)
    expect(updates()).toHaveLength(0)
    await other.room.applyChange((doc) => doc.getText('t').insert(0, 'un '))
    await behind.room.catchUp()
    expect(behind.room.doc.getText('t').toString()).toBe('un ')
    expect(updates()).toHaveLength(1)
  })
})
