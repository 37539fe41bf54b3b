/**
 * `Room.readCommitted`, which every HTTP read of a live edition goes
 * through (a version saved, a draft export, the public pages): it reads the
 * document as the database holds it. The store in front of the real one
 * holds each commit until the test releases or fails it.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { createLogger } from '../../../server/logger'
import { CommitQueue } from '../../../server/sync/commit-queue'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import type { Room } from '../../../server/sync/room'
import { RoomRegistry } from '../../../server/sync/room-registry'
import { memberAccess } from '../../helpers/access'
import { HeldStore } from '../../helpers/held-store'
import { roomBench } from '../../helpers/room-bench'

const bench = roomBench()
afterEach(() => bench.undo())

async function heldRoom(): Promise<{ room: Room; store: HeldStore; writer: CommitQueue }> {
  const store = new HeldStore(new LibsqlDocStore(await bench.database()))
  return { ...(await bench.room(store)), store }
}

const append = (room: Room, text: string) =>
  room.applyChange((doc) => doc.getText('t').insert(doc.getText('t').length, text))
const readText = (room: Room) => room.readCommitted((doc) => doc.getText('t').toString())

describe('a read of the committed document', () => {
  it('waits for what was queued before it, and never shows an edit queued after it and not yet committed', async () => {
    const { room, store } = await heldRoom()
    store.hold()
    const first = append(room, 'one ')
    const [batch] = await store.whenHolding(1)
    // Asked while "one" is being committed: it waits for it.
    const read = readText(room)
    batch?.release()
    await first
    // The read's own turn at the writer is held in its turn; "two" is
    // queued meanwhile, applied to the live document, not committed.
    const [, turn] = await store.whenHolding(2)
    const second = append(room, 'two ')
    expect(room.doc.getText('t').toString()).toBe('one two ')
    turn?.release()
    expect(await read).toEqual({ value: 'one ' })

    const [, , last] = await store.whenHolding(3)
    last?.release()
    await second
    expect(await readText(room)).toEqual({ value: 'one two ' })
  })

  it('gives no value when the commit it waits for fails: the room is reset, its document never stored', async () => {
    const { room, store } = await heldRoom()
    const closes: string[] = []
    room.join({ send: () => {}, close: (_code, reason) => closes.push(reason) }, memberAccess())
    store.hold()
    const refused = append(room, 'never stored ')
    const [batch] = await store.whenHolding(1)
    const read = readText(room)
    store.letThrough()
    batch?.fail()
    await expect(refused).rejects.toThrow('commit refused by the test')
    expect(await read).toBeNull()
    expect(room.isClosed).toBe(true)
    expect(closes).toEqual([expect.stringContaining('room reset: database write failed')])
    // Asked after the reset, of the room that was reset: still no value,
    // though nothing of it is queued any more.
    expect(await readText(room)).toBeNull()
  })

  it('reads the live document itself when nothing of it is queued: no copy is made', async () => {
    const { room } = await heldRoom()
    await append(room, 'un ')
    expect(await room.readCommitted((doc) => doc === room.doc)).toEqual({ value: true })
  })

  it('rejects with what the read throws, at once or after the commit it waited for', async () => {
    const { room, store } = await heldRoom()
    const broken = () => room.readCommitted(() => JSON.parse('{'))
    await expect(broken()).rejects.toThrow(SyntaxError)
    store.hold()
    const written = append(room, 'one ')
    const [batch] = await store.whenHolding(1)
    const waiting = broken()
    store.letThrough()
    batch?.release()
    await written
    await expect(waiting).rejects.toThrow(SyntaxError)
    expect(await readText(room)).toEqual({ value: 'one ' })
  })

  it('through the registry, reads a fresh room after such a reset: what the database holds', async () => {
    const store = new HeldStore(new LibsqlDocStore(await bench.database()))
    const registry = new RoomRegistry({
      store,
      writer: new CommitQueue(store, () => {}),
      log: createLogger('silent'),
      compactAfterUpdates: 1000,
      unloadDelayMs: 0,
    })
    bench.later(() => registry.closeAll(1001, 'test over'))
    const insert = (text: string) => (doc: import('yjs').Doc) =>
      doc.getText('t').insert(doc.getText('t').length, text)
    await registry.change('notes', insert('kept '))
    store.hold()
    const refused = registry.change('notes', insert('refused '))
    const [batch] = await store.whenHolding(1)
    const read = registry.read('notes', (doc) => doc.getText('t').toString())
    store.letThrough()
    batch?.fail()
    await expect(refused).rejects.toThrow('commit refused by the test')
    expect(await read).toBe('kept ')
  })
})
