/**
 * A room reset (`Room.reset`, after a fault that may leave its document
 * unlike the database) happens once: what fails afterwards in the room
 * reset before, such as a commit that was under way, touches nothing of
 * the room loaded since under the same name on the same writer.
 */
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { createLogger } from '../../../server/logger'
import { encodeSyncStep1 } from '../../../server/sync/codec'
import { CommitQueue } from '../../../server/sync/commit-queue'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import { Room } from '../../../server/sync/room'
import { CloseCode, SyncMessageType } from '../../../shared/protocol'
import { memberAccess } from '../../helpers/access'
import { HeldStore } from '../../helpers/held-store'
import { syncMessages } from '../../helpers/raw-client'
import { roomBench } from '../../helpers/room-bench'

const bench = roomBench()
afterEach(() => bench.undo())

describe('a room reset', () => {
  it('happens once: a late failure of the reset room leaves the room loaded since alone', async () => {
    const store = new HeldStore(new LibsqlDocStore(await bench.database()))
    const writer = new CommitQueue(store, () => {})
    const load = async () => {
      const room = await Room.load('notes', {
        store,
        writer,
        log: createLogger('silent'),
        compactAfterUpdates: 1000,
      })
      bench.later(() => room.close(1000, 'test over'))
      return room
    }
    const old = await load()
    const closes: string[] = []
    old.join({ send: () => {}, close: (_code, reason) => closes.push(reason) }, memberAccess())
    store.hold()
    const underWay = old.applyChange((doc) => doc.getText('t').insert(0, 'un '))
    const [batch] = await store.whenHolding(1)
    // Reset for another fault while its commit is under way.
    old.applyRemote({ update: new Uint8Array([1, 2, 3]), writer: null, clients: [] })
    expect(old.isClosed).toBe(true)
    expect(closes).toEqual([
      expect.stringContaining('room reset: committed update could not be applied'),
    ])

    const fresh = await load()
    store.letThrough()
    const queued = fresh.applyChange((doc) => doc.getText('t').insert(0, 'deux '))
    batch?.fail()
    await expect(underWay).rejects.toThrow('commit refused by the test')
    await queued
    expect(fresh.isClosed).toBe(false)
    await writer.drain()
    expect(await fresh.readCommitted((doc) => doc.getText('t').toString())).toEqual({
      value: 'deux ',
    })
  })

  it('sends no reply that waited for the commit that failed: it held the update', async () => {
    const store = new HeldStore(new LibsqlDocStore(await bench.database()))
    const { room, writer } = await bench.room(store)
    store.hold()
    const refused = room.applyChange((doc) => doc.getText('t').insert(0, 'jamais stocké'))
    const [batch] = await store.whenHolding(1)
    const sent: Uint8Array[] = []
    const closes: number[] = []
    const connection = room.join(
      { send: (m) => sent.push(m), close: (code) => closes.push(code) },
      memberAccess(),
    )
    room.receive(connection, encodeSyncStep1(Y.encodeStateVector(new Y.Doc())))
    store.letThrough()
    batch?.fail()
    await expect(refused).rejects.toThrow('commit refused by the test')
    await writer.drain()
    expect(closes).toEqual([CloseCode.TryAgainLater])
    expect(syncMessages(sent).filter((m) => m.subType === SyncMessageType.Step2)).toEqual([])
  })
})
