import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Database } from '../../../db'
import { CommitQueue } from '../../../server/sync/commit-queue'
import type { DocStore, PendingUpdate } from '../../../server/sync/doc-store'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import { connectClient, synced, until } from '../../helpers/clients'
import { storedState } from '../../helpers/db-state'
import { startServer } from '../../helpers/start-server'
import { tempDatabase } from '../../helpers/temp-database'
import { captureUpdate } from '../../helpers/updates'

let database: Database
let remove: () => void

beforeEach(async () => {
  ;({ database, remove } = await tempDatabase())
})
afterEach(() => remove())

const pragma = async (name: string) =>
  Object.values((await database.client.execute(`PRAGMA ${name}`)).rows[0] ?? {})[0]

describe('the database connection', () => {
  it('keeps WAL, synchronous=FULL and the busy timeout after writes', async () => {
    const store = new LibsqlDocStore(database)
    await store.append([{ docName: 'd', update: new Uint8Array([0, 0]) }])
    await store.compact('d', new Uint8Array([0, 0]))
    expect(await pragma('journal_mode')).toBe('wal')
    expect(await pragma('synchronous')).toBe(2) // FULL
    expect(await pragma('busy_timeout')).toBe(5000)
  })
})

describe('the commit queue', () => {
  it('commits updates that arrive together in one transaction', async () => {
    const store = new LibsqlDocStore(database)
    const batches: number[] = []
    const counting: DocStore = {
      load: (name) => store.load(name),
      compact: (name, snapshot) => store.compact(name, snapshot),
      pruneFolded: (name, limit) => store.pruneFolded(name, limit),
      loadSince: (name, through) => store.loadSince(name, through),
      append: (updates: readonly PendingUpdate[]) => {
        batches.push(updates.length)
        return store.append(updates)
      },
    }
    const writer = new CommitQueue(counting, (error) => {
      throw error
    })
    const doc = new Y.Doc()
    const committed: number[] = []
    for (let i = 0; i < 100; i++) {
      const update = captureUpdate(doc, (d) => d.getText('t').insert(i, 'x'))
      writer.append(
        'd',
        update,
        () => committed.push(i),
        () => {},
      )
    }
    await writer.drain()
    expect(batches).toEqual([100])
    expect(committed).toEqual([...Array(100).keys()])
    expect((await store.load('d')).updates).toHaveLength(100)
  })

  it('runs a reply only after the updates queued before it are durable', async () => {
    const store = new LibsqlDocStore(database)
    const writer = new CommitQueue(store, () => {})
    const events: string[] = []
    writer.append(
      'd',
      captureUpdate(new Y.Doc(), (d) => d.getText('t').insert(0, 'a')),
      () => events.push('committed'),
      () => {},
    )
    writer.afterCommitted(
      'd',
      () => events.push('reply to d'),
      () => {},
    )
    writer.afterCommitted(
      'other',
      () => events.push('reply to other'),
      () => {},
    )
    expect(events).toEqual(['reply to other'])
    await writer.drain()
    expect(events).toEqual(['reply to other', 'committed', 'reply to d'])
  })

  it('stores nothing of a batch that fails, and says so to every entry', async () => {
    const store = new LibsqlDocStore(database)
    const failing: DocStore = {
      ...store,
      load: (name) => store.load(name),
      compact: (name, snapshot) => store.compact(name, snapshot),
      pruneFolded: (name, limit) => store.pruneFolded(name, limit),
      loadSince: (name, through) => store.loadSince(name, through),
      append: async () => {
        throw new Error('disk full')
      },
    }
    const writer = new CommitQueue(failing, () => {})
    const failed: string[] = []
    writer.append(
      'd',
      new Uint8Array([0, 0]),
      () => failed.push('committed?'),
      (e) => failed.push((e as Error).message),
    )
    await writer.drain()
    expect(failed).toEqual(['disk full'])
    expect(await storedState(database)).toContain('"updates":0')
  })
})

describe('compaction', () => {
  it('folds the log into a snapshot equal to the live document', async () => {
    const server = await startServer({ compactAfterUpdates: 50 })
    const a = connectClient(server.syncUrl, 'programme')
    const b = connectClient(server.syncUrl, 'programme')
    await Promise.all([synced(a), synced(b)])
    for (let i = 0; i < 240; i++) {
      a.doc.getText('t').insert(a.doc.getText('t').length, `${i} `)
      if (i % 7 === 0) a.doc.getText('t').delete(0, 1)
    }
    await until(() => b.doc.getText('t').toString() === a.doc.getText('t').toString())
    await server.kaigi.writer.drain()

    const store = new LibsqlDocStore(server.kaigi.database)
    const stored = await store.load('programme')
    expect(stored.snapshot).not.toBeNull()
    expect(stored.updates.length).toBeLessThan(50)
    const fromDb = new Y.Doc()
    if (stored.snapshot) Y.applyUpdate(fromDb, stored.snapshot)
    for (const update of stored.updates) Y.applyUpdate(fromDb, update)
    const room = await server.kaigi.registry.peek('programme')
    expect(room).not.toBeNull()
    expect(Y.encodeStateAsUpdate(fromDb)).toEqual(Y.encodeStateAsUpdate(room?.doc as Y.Doc))
    expect(fromDb.getText('t').toString()).toBe(a.doc.getText('t').toString())
    a.destroy()
    b.destroy()
    await server.close()
    server.cleanup()
  })
})

describe('loading and unloading rooms', () => {
  it('loses no edit when clients leave and come back while the room unloads', async () => {
    const server = await startServer({ unloadDelayMs: 0 })
    const expected: string[] = []
    for (let i = 0; i < 15; i++) {
      const a = connectClient(server.syncUrl, 'programme')
      await synced(a)
      a.doc.getText('t').insert(0, `${i};`)
      expected.unshift(`${i};`)
      const b = connectClient(server.syncUrl, 'programme')
      await until(() => b.doc.getText('t').toString() === expected.join(''), 10_000, `round ${i}`)
      // Both leave at once; the next round's client arrives during the unload.
      a.destroy()
      b.destroy()
    }
    await until(() => server.kaigi.registry.loadedCount === 0, 10_000, 'room unloaded')
    const c = connectClient(server.syncUrl, 'programme')
    await until(() => c.doc.getText('t').toString() === expected.join(''))
    c.destroy()
    await server.close()
    server.cleanup()
  })
})
