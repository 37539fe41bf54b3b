/**
 * How the registry loads rooms and lets them go. What other processes send
 * of a document while its room loads in this one (`RoomRegistry.message`,
 * `resubscribed`, called as the Redis bus calls them) is kept and applied
 * in the turn the room is loaded; a load that fails is forgotten, so that
 * the next client loads the room afresh; a read holds the room only while
 * it reads.
 */
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import { memberAccess } from '../../helpers/access'
import { until } from '../../helpers/clients'
import { HeldStore } from '../../helpers/held-store'
import { roomBench } from '../../helpers/room-bench'
import { captureUpdate } from '../../helpers/updates'

const bench = roomBench()
afterEach(() => bench.undo())

const text = (doc: Y.Doc) => doc.getText('t').toString()

describe('a room loading while other processes write', () => {
  it('applies what they published meanwhile, once loaded', async () => {
    const real = new LibsqlDocStore(await bench.database())
    const store = new HeldStore(real)
    const { registry } = bench.registry(store)
    const author = new Y.Doc()
    store.loads.close()
    const read = registry.read('notes', text)
    // The database was read; the room is not loaded yet.
    await store.loads.whenHeld()
    const published = captureUpdate(author, (d) => d.getText('t').insert(0, 'publié'))
    await real.append([{ docName: 'notes', update: published }])
    registry.message('notes', {
      kind: 'update',
      update: published,
      writer: 'person-kenji',
      clients: [author.clientID],
    })
    store.loads.releaseOne()
    await read
    expect((await registry.peek('notes'))?.doc.getText('t').toString()).toBe('publié')
  })

  it('catches up, once loaded, on what they could not publish while Redis was away', async () => {
    const real = new LibsqlDocStore(await bench.database())
    const store = new HeldStore(real)
    const { registry } = bench.registry(store)
    store.loads.close()
    const read = registry.read('notes', text)
    await store.loads.whenHeld()
    const missed = captureUpdate(new Y.Doc(), (d) => d.getText('t').insert(0, 'manqué'))
    await real.append([{ docName: 'notes', update: missed }])
    registry.resubscribed()
    store.loads.releaseOne()
    await read
    const room = await registry.peek('notes')
    await until(() => room?.doc.getText('t').toString() === 'manqué')
  })

  it('forgets a load that failed: the next client loads the room afresh', async () => {
    const store = new HeldStore(new LibsqlDocStore(await bench.database()))
    const { registry } = bench.registry(store)
    store.loads.close()
    const failed = registry.read('notes', text)
    await store.loads.whenHeld()
    store.loads.failOne(new Error('database unreachable'))
    await expect(failed).rejects.toThrow('database unreachable')
    expect(registry.loadedCount).toBe(0)
    store.loads.open()
    await registry.change('notes', (doc) => doc.getText('t').insert(0, 'de retour'))
    expect(await registry.read('notes', text)).toBe('de retour')
  })

  it('lets a room go once the read that loaded it is done', async () => {
    const { registry } = bench.registry(new LibsqlDocStore(await bench.database()))
    await registry.change('notes', (doc) => doc.getText('t').insert(0, 'lu'))
    expect(await registry.read('notes', text)).toBe('lu')
    await until(() => registry.loadedCount === 0)
  })

  it('lets the unload of a room reset meanwhile leave the room loaded since alone', async () => {
    const { registry } = bench.registry(new LibsqlDocStore(await bench.database()))
    // The last member out starts the unload timer (0 ms here)…
    await registry.change('notes', (doc) => doc.getText('t').insert(0, 'avant'))
    // …and before it fires, the room is reset and loaded again for a socket.
    const old = await registry.peek('notes')
    old?.applyRemote({ update: new Uint8Array([1, 2, 3]), writer: null, clients: [] })
    expect(old?.isClosed).toBe(true)
    const transport = { send: () => {}, close: () => {} }
    const joined = await registry.join('notes', transport, memberAccess())
    // Timers run in order: these come after the old unload's, and after the
    // work it would have done.
    for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0))
    expect(await registry.peek('notes')).toBe(joined.room)
    expect(joined.room.isClosed).toBe(false)
  })

  it('keeps no admission once its socket has joined', async () => {
    const { registry } = bench.registry(new LibsqlDocStore(await bench.database()))
    const admission = registry.admit()
    expect(registry.admittingCount).toBe(1)
    await registry.join('notes', { send: () => {}, close: () => {} }, memberAccess(), admission)
    expect(registry.admittingCount).toBe(0)
  })

  it('hands a message of another process to the loaded room at once, and ignores one for a room it does not hold', async () => {
    const { registry } = bench.registry(new LibsqlDocStore(await bench.database()))
    const joined = await registry.join('notes', { send: () => {}, close: () => {} }, memberAccess())
    const update = captureUpdate(new Y.Doc(), (d) => d.getText('t').insert(0, 'ailleurs'))
    registry.message('notes', { kind: 'update', update, writer: 'person-kenji', clients: [] })
    expect(joined.room.doc.getText('t').toString()).toBe('ailleurs')
    expect(() =>
      registry.message('elsewhere', {
        kind: 'update',
        update,
        writer: 'person-kenji',
        clients: [],
      }),
    ).not.toThrow()
  })

  it('loads the room again for a client whose room was reset the moment it loaded', async () => {
    const store = new HeldStore(new LibsqlDocStore(await bench.database()))
    const { registry } = bench.registry(store)
    store.loads.close()
    const joining = registry.join('notes', { send: () => {}, close: () => {} }, memberAccess())
    await store.loads.whenHeld()
    // Arrived during the load, applied once loaded: unreadable, it resets the room.
    registry.message('notes', {
      kind: 'update',
      update: new Uint8Array([1, 2, 3]),
      writer: null,
      clients: [],
    })
    store.loads.open()
    const joined = await joining
    expect(joined.room.isClosed).toBe(false)
    expect(await registry.peek('notes')).toBe(joined.room)
  })
})

describe('closing every room (a shutdown)', () => {
  it('waits for what was queued to be committed, then closes each room’s clients with the code', async () => {
    const store = new HeldStore(new LibsqlDocStore(await bench.database()))
    const { registry } = bench.registry(store)
    const closes: Array<[string, number, string]> = []
    for (const name of ['notes-a', 'notes-b']) {
      await registry.join(
        name,
        { send: () => {}, close: (code, reason) => closes.push([name, code, reason]) },
        memberAccess(),
      )
    }
    store.hold()
    const queued = registry.change('notes-a', (doc) => doc.getText('t').insert(0, 'dernier mot'))
    const [batch] = await store.whenHolding(1)
    const closing = registry.closeAll(1001, 'server shutting down')
    // Held at the store: nothing is closed before it is committed.
    await new Promise((resolve) => setImmediate(resolve))
    expect(closes.filter(([name]) => name === 'notes-a')).toEqual([])
    store.letThrough()
    batch?.release()
    await Promise.all([queued, closing])
    expect(closes.sort()).toEqual([
      ['notes-a', 1001, 'server shutting down'],
      ['notes-b', 1001, 'server shutting down'],
    ])
    expect(registry.loadedCount).toBe(0)
    const stored = await store.load('notes-a')
    const doc = new Y.Doc()
    for (const update of stored.updates) Y.applyUpdate(doc, update)
    expect(text(doc)).toBe('dernier mot')
  })

  it('ends though a room’s load fails meanwhile', async () => {
    const store = new HeldStore(new LibsqlDocStore(await bench.database()))
    const { registry } = bench.registry(store)
    store.loads.close()
    const reading = registry.read('notes', text)
    await store.loads.whenHeld()
    const closing = registry.closeAll(1001, 'server shutting down')
    store.loads.failOne(new Error('database unreachable'))
    await expect(reading).rejects.toThrow('database unreachable')
    await closing
    expect(registry.loadedCount).toBe(0)
  })
})
