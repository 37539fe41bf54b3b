/**
 * Storage with several documents: every storage operation (a room's
 * reload, its compaction, its reset after a failed commit) is checked with
 * three documents in one real libSQL file, and the rows of the documents it
 * is not about are compared byte for byte before and after. A store or a
 * writer that touched every document's rows instead of its own fails here.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Database } from '../../../db'
import { createLogger } from '../../../server/logger'
import { encodeSyncUpdate } from '../../../server/sync/codec'
import { CommitQueue } from '../../../server/sync/commit-queue'
import type { Transport } from '../../../server/sync/connection'
import { applyStored, type DocStore } from '../../../server/sync/doc-store'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import { RoomRegistry } from '../../../server/sync/room-registry'
import { CloseCode } from '../../../shared/protocol'
import { memberAccess } from '../../helpers/access'
import { until } from '../../helpers/clients'
import { HeldStore } from '../../helpers/held-store'
import { tempDatabase } from '../../helpers/temp-database'
import { captureUpdate } from '../../helpers/updates'

const NAMES = ['a', 'b', 'c'] as const
type Name = (typeof NAMES)[number]

let database: Database
let remove: () => void
const registries: RoomRegistry[] = []

beforeEach(async () => {
  ;({ database, remove } = await tempDatabase())
})
afterEach(async () => {
  for (const registry of registries.splice(0)) await registry.closeAll(1001, 'test over')
  remove()
})

/** Every row the database holds of `name`, blobs in hex: its snapshot, its log, its client owners. */
type Rows = Record<'snapshot' | 'log' | 'clients', Array<Record<string, unknown>>>

async function rowsOf(name: string): Promise<Rows> {
  const read = async (sql: string) => {
    const result = await database.client.execute({ sql, args: [name] })
    return result.rows.map((row) =>
      Object.fromEntries(
        result.columns.map((column, i) => {
          const value = row[i]
          return [column, value instanceof ArrayBuffer ? Buffer.from(value).toString('hex') : value]
        }),
      ),
    )
  }
  return {
    snapshot: await read('SELECT * FROM documents WHERE name = ?'),
    log: await read('SELECT * FROM document_updates WHERE doc_name = ? ORDER BY id'),
    clients: await read('SELECT * FROM document_clients WHERE doc_name = ? ORDER BY client_id'),
  }
}

const rowsOfAll = async (names: readonly Name[]): Promise<Record<Name, Rows>> =>
  Object.fromEntries(
    await Promise.all(names.map(async (name) => [name, await rowsOf(name)])),
  ) as Record<Name, Rows>

/** The text `t` of `name` as the database holds it (snapshot, then log). */
async function storedText(name: string): Promise<string> {
  const doc = new Y.Doc()
  applyStored(doc, await new LibsqlDocStore(database).load(name))
  return doc.getText('t').toString()
}

/** An update appending `text` to the `t` of `author`. */
const appendText = (author: Y.Doc, text: string) =>
  captureUpdate(author, (d) => d.getText('t').insert(d.getText('t').length, text))

/**
 * Three documents, each with a snapshot and a log after it, their log ids
 * interleaved: a1 b1 c1, compaction of each, then a2 b2 c2 a3 b3 c3.
 */
async function threeStoredDocuments(): Promise<Record<Name, Y.Doc>> {
  const store = new LibsqlDocStore(database)
  const authors = { a: new Y.Doc(), b: new Y.Doc(), c: new Y.Doc() }
  for (const name of NAMES) {
    await store.append([{ docName: name, update: appendText(authors[name], `${name}1 `) }])
  }
  for (const name of NAMES) {
    await store.compact(name, Y.encodeStateAsUpdate(authors[name]))
    expect(await store.pruneFolded(name, 10)).toBe(1)
  }
  for (const round of [2, 3]) {
    for (const name of NAMES) {
      await store.append([{ docName: name, update: appendText(authors[name], `${name}${round} `) }])
    }
  }
  for (const name of NAMES) {
    const rows = await rowsOf(name)
    expect(rows.snapshot).toHaveLength(1)
    expect(rows.log).toHaveLength(2)
  }
  return authors
}

/** A transport that records what the room sends and how it closed it. */
function recordingTransport() {
  const sent: Uint8Array[] = []
  const closes: number[] = []
  const transport: Transport = {
    send: (message) => sent.push(message),
    close: (code) => closes.push(code),
  }
  return { sent, closes, transport }
}

function registryOver(store: DocStore, compactAfterUpdates: number) {
  const writer = new CommitQueue(store, () => {})
  const registry = new RoomRegistry({
    store,
    writer,
    log: createLogger('silent'),
    compactAfterUpdates,
    unloadDelayMs: 0,
  })
  registries.push(registry)
  return { registry, writer }
}

describe('a room reloaded among three documents', () => {
  it('loads only its own snapshot and log, and its edits and unload leave the others’ rows as they were', async () => {
    const authors = await threeStoredDocuments()
    const before = await rowsOfAll(NAMES)
    const { registry, writer } = registryOver(new LibsqlDocStore(database), 1000)

    const first = await registry.join('b', recordingTransport().transport, memberAccess())
    expect(first.room.doc.getText('t').toString()).toBe('b1 b2 b3 ')
    const author = authors.b
    expect(Y.encodeStateAsUpdate(first.room.doc)).toEqual(Y.encodeStateAsUpdate(author))
    const edit = appendText(author, 'b4 ')
    first.room.receive(first.connection, encodeSyncUpdate(edit))
    await writer.drain()
    registry.leave(first.room, first.connection)
    await until(() => registry.loadedCount === 0, 10_000, 'room b unloaded')

    // Reloaded: its own content, nothing of a's or c's.
    const second = await registry.join('b', recordingTransport().transport, memberAccess())
    expect(second.room).not.toBe(first.room)
    expect(second.room.doc.getText('t').toString()).toBe('b1 b2 b3 b4 ')
    // Not even as content waiting for its dependencies (a's and c's rows would be).
    expect(second.room.doc.store.pendingStructs).toBeNull()
    expect(Y.encodeStateAsUpdate(second.room.doc)).toEqual(Y.encodeStateAsUpdate(author))
    registry.leave(second.room, second.connection)

    const after = await rowsOfAll(NAMES)
    expect(after.a).toEqual(before.a)
    expect(after.c).toEqual(before.c)
    // b: its snapshot and log as they were, and one row more: the edit's bytes.
    expect(after.b.snapshot).toEqual(before.b.snapshot)
    expect(after.b.log.slice(0, 2)).toEqual(before.b.log)
    expect(after.b.log).toHaveLength(3)
    expect(after.b.log[2]).toMatchObject({
      doc_name: 'b',
      update: Buffer.from(edit).toString('hex'),
    })
  })

  it('compacts on load only its own log: the others’ snapshots and logs stay byte for byte', async () => {
    const authors = await threeStoredDocuments()
    const before = await rowsOfAll(NAMES)
    // Two logged updates reach the bound: the room compacts as it loads.
    const { registry, writer } = registryOver(new LibsqlDocStore(database), 2)
    const joined = await registry.join('b', recordingTransport().transport, memberAccess())
    await writer.drain()
    registry.leave(joined.room, joined.connection)

    const after = await rowsOfAll(NAMES)
    expect(after.a).toEqual(before.a)
    expect(after.c).toEqual(before.c)
    expect(after.b.log).toEqual([])
    expect(after.b.snapshot).toHaveLength(1)
    expect(after.b.snapshot).not.toEqual(before.b.snapshot)
    // The new snapshot holds exactly b's content.
    const fromSnapshot = new Y.Doc()
    Y.applyUpdate(fromSnapshot, Buffer.from(String(after.b.snapshot[0]?.snapshot), 'hex'))
    expect(Y.encodeStateAsUpdate(fromSnapshot)).toEqual(Y.encodeStateAsUpdate(authors.b))
    for (const name of NAMES) {
      expect(await storedText(name)).toBe(`${name}1 ${name}2 ${name}3 `)
    }
  })
})

describe('three rooms writing, each compacting after five updates', () => {
  it('a room reaching the bound folds its own log only; the others’ rows stay byte for byte, and every stored document equals its room', async () => {
    const { registry, writer } = registryOver(new LibsqlDocStore(database), 5)
    const authors = { a: new Y.Doc(), b: new Y.Doc(), c: new Y.Doc() }
    const members = Object.fromEntries(
      await Promise.all(
        NAMES.map(async (name) => [
          name,
          await registry.join(name, recordingTransport().transport, memberAccess()),
        ]),
      ),
    ) as Record<Name, Awaited<ReturnType<RoomRegistry['join']>>>
    const write = (name: Name, text: string) =>
      members[name].room.receive(
        members[name].connection,
        encodeSyncUpdate(appendText(authors[name], text)),
      )

    // Four updates each, interleaved: below the bound, nothing compacts.
    for (let round = 1; round <= 4; round++) {
      for (const name of NAMES) write(name, `${name}${round} `)
      await writer.drain()
    }
    const before = await rowsOfAll(NAMES)
    for (const name of NAMES) {
      expect(before[name].log).toHaveLength(4)
      expect(before[name].snapshot).toEqual([])
    }

    // c's fifth update: c compacts, a and b are left alone.
    write('c', 'c5 ')
    await writer.drain()
    const afterC = await rowsOfAll(NAMES)
    expect(afterC.a).toEqual(before.a)
    expect(afterC.b).toEqual(before.b)
    expect(afterC.c.log).toEqual([])
    expect(afterC.c.snapshot).toHaveLength(1)
    expect(await storedText('c')).toBe('c1 c2 c3 c4 c5 ')

    // All three keep writing together: each compacts in turn, and each
    // stored document is its room's, nothing more.
    for (let round = 6; round <= 13; round++) {
      for (const name of NAMES) write(name, `${name}${round} `)
    }
    await writer.drain()
    for (const name of NAMES) {
      const rows = await rowsOf(name)
      expect(rows.snapshot).toHaveLength(1)
      expect(rows.log.length).toBeLessThan(5)
      const stored = new Y.Doc()
      applyStored(stored, await new LibsqlDocStore(database).load(name))
      expect(Y.encodeStateAsUpdate(stored)).toEqual(Y.encodeStateAsUpdate(members[name].room.doc))
      expect(Y.encodeStateAsUpdate(stored)).toEqual(Y.encodeStateAsUpdate(authors[name]))
      // Only c wrote a fifth.
      const rounds = [1, 2, 3, 4, ...(name === 'c' ? [5] : []), 6, 7, 8, 9, 10, 11, 12, 13]
      const expected = rounds.map((round) => `${name}${round} `).join('')
      expect(stored.getText('t').toString()).toBe(expected)
    }
    for (const name of NAMES) registry.leave(members[name].room, members[name].connection)
  })
})

describe('a room reset after a failed commit, among three rooms', () => {
  it('drops only its own queued updates: the others’ queued updates are committed after it, their earlier rows untouched', async () => {
    await threeStoredDocuments()
    const store = new HeldStore(new LibsqlDocStore(database))
    const { registry, writer } = registryOver(store, 1000)
    const transports = { a: recordingTransport(), b: recordingTransport(), c: recordingTransport() }
    const members = Object.fromEntries(
      await Promise.all(
        NAMES.map(async (name) => [
          name,
          await registry.join(name, transports[name].transport, memberAccess()),
        ]),
      ),
    ) as Record<Name, Awaited<ReturnType<RoomRegistry['join']>>>
    const authors = Object.fromEntries(
      NAMES.map((name) => {
        const author = new Y.Doc()
        Y.applyUpdate(author, Y.encodeStateAsUpdate(members[name].room.doc))
        return [name, author]
      }),
    ) as Record<Name, Y.Doc>
    const before = await rowsOfAll(NAMES)

    // a's update is handed to the store and held there...
    store.hold()
    const failing = appendText(authors.a, 'a-failed ')
    members.a.room.receive(members.a.connection, encodeSyncUpdate(failing))
    const [held] = await store.whenHolding(1)
    expect(held?.updates.map((u) => u.docName)).toEqual(['a'])
    // ...while a second of a's and one each of b and c wait in the queue.
    const queuedA = appendText(authors.a, 'a-queued ')
    const queuedB = appendText(authors.b, 'b-queued ')
    const queuedC = appendText(authors.c, 'c-queued ')
    members.a.room.receive(members.a.connection, encodeSyncUpdate(queuedA))
    members.b.room.receive(members.b.connection, encodeSyncUpdate(queuedB))
    members.c.room.receive(members.c.connection, encodeSyncUpdate(queuedC))
    store.letThrough()
    held?.fail(new Error('disk full'))
    await until(() => transports.a.closes.length > 0, 10_000, 'room a reset')
    await writer.drain()

    // a is reset (its clients told to try again); b and c are not.
    expect(transports.a.closes).toEqual([CloseCode.TryAgainLater])
    expect(members.a.room.isClosed).toBe(true)
    expect(transports.b.closes).toEqual([])
    expect(transports.c.closes).toEqual([])
    expect(members.b.room.isClosed).toBe(false)
    expect(members.c.room.isClosed).toBe(false)

    const after = await rowsOfAll(NAMES)
    // Nothing of a's failed or queued update was written.
    expect(after.a).toEqual(before.a)
    // b and c: everything as it was, and their queued update after it.
    for (const [name, queued] of [
      ['b', queuedB],
      ['c', queuedC],
    ] as const) {
      expect(after[name].snapshot).toEqual(before[name].snapshot)
      // The author's client id is claimed with its first update, in the same transaction.
      expect(after[name].clients).toEqual([
        ...before[name].clients,
        { doc_name: name, client_id: authors[name].clientID, person_id: 'person-aiko' },
      ])
      expect(after[name].log.slice(0, 2)).toEqual(before[name].log)
      expect(after[name].log).toHaveLength(3)
      expect(after[name].log[2]).toMatchObject({
        doc_name: name,
        update: Buffer.from(queued).toString('hex'),
      })
    }

    // a reloads as the database holds it: without either update.
    const again = await registry.join('a', recordingTransport().transport, memberAccess())
    expect(again.room).not.toBe(members.a.room)
    expect(again.room.doc.getText('t').toString()).toBe('a1 a2 a3 ')
    expect(await storedText('b')).toBe('b1 b2 b3 b-queued ')
    expect(await storedText('c')).toBe('c1 c2 c3 c-queued ')
    registry.leave(again.room, again.connection)
    registry.leave(members.b.room, members.b.connection)
    registry.leave(members.c.room, members.c.connection)
  })
})
