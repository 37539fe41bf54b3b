import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Database } from '../../../db'
import { createLogger } from '../../../server/logger'
import { encodeSyncStep1, encodeSyncUpdate } from '../../../server/sync/codec'
import { CommitQueue } from '../../../server/sync/commit-queue'
import type { Transport } from '../../../server/sync/connection'
import type { DocStore } from '../../../server/sync/doc-store'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import { RoomRegistry } from '../../../server/sync/room-registry'
import { CloseCode, SyncMessageType } from '../../../shared/protocol'
import { memberAccess } from '../../helpers/access'
import { until } from '../../helpers/clients'
import { HeldStore } from '../../helpers/held-store'
import { syncMessages } from '../../helpers/raw-client'
import { tempDatabase } from '../../helpers/temp-database'
import { captureUpdate } from '../../helpers/updates'

let database: Database
let remove: () => void

beforeEach(async () => {
  ;({ database, remove } = await tempDatabase())
})
afterEach(() => remove())

/** A transport that records what the room sends, as a socket would carry it. */
const recordingTransport = () => {
  const sent: Uint8Array[] = []
  const transport: Transport = { send: (message) => sent.push(message), close: () => {} }
  return { sent, transport }
}

/** A registry over the test's database, unloading a room as soon as its last member leaves. */
function registryOnDisk(): { store: LibsqlDocStore; registry: RoomRegistry } {
  const store = new LibsqlDocStore(database)
  const registry = new RoomRegistry({
    store,
    writer: new CommitQueue(store, () => {}),
    log: createLogger('silent'),
    compactAfterUpdates: 1000,
    unloadDelayMs: 0,
  })
  return { store, registry }
}

describe('the room registry', () => {
  it('gives a client that arrives during an unload the edits still being written', async () => {
    const store = new HeldStore(new LibsqlDocStore(database))
    const writer = new CommitQueue(store, () => {})
    const log = createLogger('silent')
    const registry = new RoomRegistry({
      store,
      writer,
      log,
      compactAfterUpdates: 1000,
      unloadDelayMs: 0,
    })
    const author = new Y.Doc()

    for (let i = 0; i < 5; i++) {
      store.hold()
      const first = await registry.join('programme', recordingTransport().transport, memberAccess())
      first.room.receive(
        first.connection,
        encodeSyncUpdate(captureUpdate(author, (d) => d.getText('t').insert(0, `${i};`))),
      )
      // Its commit is held at the store: the unload waits for it.
      const [commit] = (await store.whenHolding(i + 1)).slice(i)
      store.letThrough()
      registry.leave(first.room, first.connection)
      await new Promise((resolve) => setTimeout(resolve, 1)) // the unload's timer (0 ms) has run

      const reader = recordingTransport()
      const joining = registry.join('programme', reader.transport, memberAccess())
      commit?.release()
      const second = await joining
      second.room.receive(second.connection, encodeSyncStep1(new Uint8Array([0])))
      await until(() => syncMessages(reader.sent).some((m) => m.subType === SyncMessageType.Step2))
      const replica = new Y.Doc()
      for (const message of syncMessages(reader.sent)) {
        if (message.subType === SyncMessageType.Step2) Y.applyUpdate(replica, message.payload)
      }
      expect(replica.getText('t').toString()).toBe(author.getText('t').toString())
      // Joined the room loaded after the unload, not the one being unloaded.
      expect(second.room).not.toBe(first.room)
      expect(second.room.isClosed).toBe(false)
      registry.leave(second.room, second.connection)
    }
    await registry.closeAll(1001, 'test over')
  })
})

describe('a revocation while a room loads', () => {
  it('turns the joining socket away, and only the one it names', async () => {
    const store = new LibsqlDocStore(database)
    const slowLoad: DocStore = {
      ...store,
      load: async (name) => {
        await new Promise((resolve) => setTimeout(resolve, 50))
        return store.load(name)
      },
      append: (updates) => store.append(updates),
      compact: (name, snapshot) => store.compact(name, snapshot),
      pruneFolded: (name, limit) => store.pruneFolded(name, limit),
      loadSince: (name, through) => store.loadSince(name, through),
    }
    const registry = new RoomRegistry({
      store: slowLoad,
      writer: new CommitQueue(slowLoad, () => {}),
      log: createLogger('silent'),
      compactAfterUpdates: 1000,
      unloadDelayMs: 0,
    })
    const revoked = registry.join(
      'programme',
      recordingTransport().transport,
      memberAccess({ personId: 'rei', sessionHash: 'rei-session' }),
    )
    const kept = registry.join('programme', recordingTransport().transport, memberAccess())
    registry.disconnect(
      (_doc, access) => access.personId === 'rei',
      CloseCode.Forbidden,
      'membership revoked',
    )
    // A sign-out after the revocation does not change why the socket is turned away.
    registry.disconnect(
      (_doc, access) => access.personId === 'rei',
      CloseCode.Unauthorized,
      'signed out',
    )
    await expect(revoked).rejects.toMatchObject({
      code: CloseCode.Forbidden,
      reason: 'membership revoked',
    })
    const joined = await kept
    expect(joined.connection.access.personId).toBe('person-aiko')
    registry.leave(joined.room, joined.connection)
    await registry.closeAll(1001, 'test over')
  })
})

describe('a revocation while a socket is being admitted', () => {
  it('turns away the socket it names when it joins, and lets the others join', async () => {
    const { registry } = registryOnDisk()
    // Both upgrades are deciding their access when Rei's membership ends.
    const reisAdmission = registry.admit()
    const aikosAdmission = registry.admit()
    registry.disconnect(
      (_doc, access) => access.personId === 'rei',
      CloseCode.Forbidden,
      'membership revoked',
    )
    const rei = memberAccess({ personId: 'rei', sessionHash: 'rei-session' })
    await expect(
      registry.join('programme', recordingTransport().transport, rei, reisAdmission),
    ).rejects.toMatchObject({ code: CloseCode.Forbidden, reason: 'membership revoked' })
    const aiko = await registry.join(
      'programme',
      recordingTransport().transport,
      memberAccess(),
      aikosAdmission,
    )
    expect(aiko.connection.access.personId).toBe('person-aiko')
    registry.leave(aiko.room, aiko.connection)
    await registry.closeAll(1001, 'test over')
  })
})

describe('a message of another process', () => {
  it('asking for a catch-up makes the room read what the database holds beyond it', async () => {
    const { store, registry } = registryOnDisk()
    const { room } = await registry.join(
      'programme',
      recordingTransport().transport,
      memberAccess(),
    )
    // Committed by another process, whose message of it this one missed.
    const update = captureUpdate(new Y.Doc(), (d) => d.getText('t').insert(0, 'Séance plénière'))
    await store.append([{ docName: 'programme', update }])
    registry.message('programme', { kind: 'catch-up' })
    await until(() => room.doc.getText('t').toString() === 'Séance plénière', 5_000, 'the catch-up')
    await registry.closeAll(CloseCode.GoingAway, 'test over')
  })
})

describe('a room’s members leaving', () => {
  it('unload it once the last one has left, not while one remains', async () => {
    const { registry } = registryOnDisk()
    const first = await registry.join('programme', recordingTransport().transport, memberAccess())
    const second = await registry.join('programme', recordingTransport().transport, memberAccess())
    expect(second.room).toBe(first.room)
    registry.leave(first.room, first.connection)
    // An unload timer (0 ms) started now would have fired within the next timer turn.
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(first.room.isClosed).toBe(false)
    expect(registry.loadedCount).toBe(1)
    registry.leave(second.room, second.connection)
    await until(() => registry.loadedCount === 0, 5_000, 'the unload')
    expect(first.room.isClosed).toBe(true)
  })

  it('keep it loaded for one who joins just after the last left, before its unload', async () => {
    const { registry } = registryOnDisk()
    const first = await registry.join('programme', recordingTransport().transport, memberAccess())
    registry.leave(first.room, first.connection)
    // Joining at once, before the unload's timer (0 ms) fires: the join stops it.
    const second = await registry.join('programme', recordingTransport().transport, memberAccess())
    await new Promise((resolve) => setTimeout(resolve, 5))
    expect(second.room).toBe(first.room)
    expect(second.room.isClosed).toBe(false)
    expect(registry.loadedCount).toBe(1)
    await registry.closeAll(CloseCode.GoingAway, 'test over')
  })
})

describe('a socket of a reset room leaving', () => {
  it('leaves the room loaded since for the others alone', async () => {
    const held = new HeldStore(new LibsqlDocStore(database))
    const registry = new RoomRegistry({
      store: held,
      writer: new CommitQueue(held, () => {}),
      log: createLogger('silent'),
      compactAfterUpdates: 1000,
      unloadDelayMs: 0,
    })
    const insert = (text: string) => (doc: Y.Doc) => doc.getText('t').insert(0, text)
    const rei = memberAccess({ personId: 'rei', sessionHash: 'rei-session' })
    const first = await registry.join('programme', recordingTransport().transport, rei)
    // A failed commit resets the room Rei is in; Aiko then loads a new one.
    held.hold()
    const refused = registry.change('programme', insert('refused '))
    const [batch] = await held.whenHolding(1)
    held.letThrough()
    batch?.fail()
    await expect(refused).rejects.toThrow('commit refused by the test')
    expect(first.room.isClosed).toBe(true)
    const aikosSocket = { ...recordingTransport(), closes: [] as number[] }
    aikosSocket.transport.close = (code) => aikosSocket.closes.push(code)
    const aiko = await registry.join('programme', aikosSocket.transport, memberAccess())

    // Rei's socket, closed by the reset, leaves the old room. An unload
    // timer it started by mistake would fire within the next timer turn.
    registry.leave(first.room, first.connection)
    await new Promise((resolve) => setTimeout(resolve, 5))
    await registry.change('programme', insert('kept '))
    expect(aiko.room.isClosed).toBe(false)
    expect(aikosSocket.closes).toEqual([])
    const relayed = syncMessages(aikosSocket.sent).filter(
      (m) => m.subType === SyncMessageType.Update,
    )
    expect(relayed).toHaveLength(1)
    registry.leave(aiko.room, aiko.connection)
    await registry.closeAll(1001, 'test over')
  })
})
