/**
 * Updates another process committed and published (`Room.applyRemote`):
 * relayed to this room's clients once, only when they bring something new,
 * and counted in the log this room folds when it compacts.
 */
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Database } from '../../../db'
import type { Transport } from '../../../server/sync/connection'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import { SyncMessageType } from '../../../shared/protocol'
import { memberAccess } from '../../helpers/access'
import { until } from '../../helpers/clients'
import { syncMessages } from '../../helpers/raw-client'
import { roomBench } from '../../helpers/room-bench'
import { captureUpdate } from '../../helpers/updates'

const bench = roomBench()
afterEach(() => bench.undo())

async function room(compactAfterUpdates: number) {
  const database = await bench.database()
  const store = new LibsqlDocStore(database)
  return { ...(await bench.room(store, { compactAfterUpdates })), store, database }
}

/** An update of the other process's, committed there: in the database's log already. */
async function committedElsewhere(store: LibsqlDocStore, author: Y.Doc, text: string) {
  const update = captureUpdate(author, (d) => d.getText('t').insert(d.getText('t').length, text))
  await store.append([{ docName: 'notes', update }])
  return { update, writer: 'person-kenji', clients: [author.clientID] }
}

const snapshots = async (database: Database) =>
  Number((await database.client.execute('SELECT count(*) FROM documents')).rows[0]?.[0])

describe('an update from another process', () => {
  it('is relayed once, and not again when it comes back with nothing new', async () => {
    const { room: r, store } = await room(1000)
    const sent: Uint8Array[] = []
    const transport: Transport = { send: (m) => sent.push(m), close: () => {} }
    r.join(transport, memberAccess())
    const remote = await committedElsewhere(store, new Y.Doc(), 'Lyon ')
    const listeners = () =>
      (r.doc as unknown as { _observers: Map<string, Set<unknown>> })._observers.get('update')?.size
    const before = listeners()
    const updates = () => syncMessages(sent).filter((m) => m.subType === SyncMessageType.Update)
    r.applyRemote(remote)
    expect(updates()).toHaveLength(1)
    r.applyRemote(remote)
    expect(updates()).toHaveLength(1)
    // The room listens to the document only while it applies one.
    expect(listeners()).toBe(before)
    expect(r.doc.getText('t').toString()).toBe('Lyon ')
  })

  it('counts in the log the room folds: enough of them start a compaction', async () => {
    const { room: r, store, writer, database } = await room(3)
    const author = new Y.Doc()
    for (const word of ['un ', 'deux ', 'trois ']) {
      r.applyRemote(await committedElsewhere(store, author, word))
    }
    await writer.drain()
    expect(await snapshots(database)).toBe(1)
    const stored = await store.load('notes')
    expect(stored.updates).toHaveLength(0)
    const doc = new Y.Doc()
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
    expect(doc.getText('t').toString()).toBe('un deux trois ')
  })

  it('counts toward a compaction only when it brings something new', async () => {
    const { room: r, store, writer, database } = await room(2)
    const remote = await committedElsewhere(store, new Y.Doc(), 'Lyon ')
    for (let i = 0; i < 3; i++) r.applyRemote(remote)
    await writer.drain()
    expect(await snapshots(database)).toBe(0)
  })

  it('that depends on one this process missed waits for a catch-up, which reads the rest from the database', async () => {
    const { room: r, store } = await room(1000)
    const sent: Uint8Array[] = []
    r.join({ send: (m) => sent.push(m), close: () => {} }, memberAccess())
    const author = new Y.Doc()
    // "un" was committed there and its publication lost; "deux" follows it.
    await committedElsewhere(store, author, 'un ')
    r.applyRemote(await committedElsewhere(store, author, 'deux '))
    await until(() => r.doc.getText('t').toString() === 'un deux ')
    const relayed = new Y.Doc()
    for (const m of syncMessages(sent)) {
      if (m.subType === SyncMessageType.Update) Y.applyUpdate(relayed, m.payload)
    }
    expect(relayed.getText('t').toString()).toBe('un deux ')
  })

  it('that deletes what this process missed waits for a catch-up as well', async () => {
    const { room: r, store } = await room(1000)
    const author = new Y.Doc()
    await committedElsewhere(store, author, 'un deux ')
    const deletion = captureUpdate(author, (d) => d.getText('t').delete(0, 3))
    await store.append([{ docName: 'notes', update: deletion }])
    r.applyRemote({ update: deletion, writer: 'person-kenji', clients: [] })
    await until(() => r.doc.getText('t').toString() === 'deux ')
  })
})
