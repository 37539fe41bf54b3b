/**
 * What the documents' storage answers beside the sync core's operations
 * (`DocumentRecords`): whether a name holds anything (a new edition's id is
 * drawn until it holds nothing), a stamp that changes whenever a document
 * does (the editions list and the exports' caches read it), and the first
 * snapshots of new documents written with their rows in one transaction.
 * Each is checked with several documents in one real libSQL file.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Database } from '../../../db'
import { rowWrite } from '../../../db/row-write'
import { people } from '../../../db/schema'
import { applyStored } from '../../../server/sync/doc-store'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import { tempDatabase } from '../../helpers/temp-database'

let database: Database
let remove: () => void
let store: LibsqlDocStore

beforeEach(async () => {
  ;({ database, remove } = await tempDatabase())
  store = new LibsqlDocStore(database)
})
afterEach(() => remove())

/** A document's whole state holding `text` in its `t` text. */
function stateOf(text: string): Uint8Array {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, text)
  return Y.encodeStateAsUpdate(doc)
}

/** An update, made on a fresh document, that writes `text`. */
const updateOf = stateOf

async function textOf(docName: string): Promise<string> {
  const doc = new Y.Doc()
  applyStored(doc, await store.load(docName))
  return doc.getText('t').toString()
}

/** Waits until the clock has moved on by a millisecond: a compaction's time is in milliseconds. */
async function nextMillisecond(): Promise<void> {
  const now = Date.now()
  while (Date.now() === now) await new Promise((resolve) => setImmediate(resolve))
}

async function countPeople(): Promise<number> {
  const result = await database.client.execute('SELECT count(*) AS n FROM people')
  return Number(result.rows[0]?.n)
}

const personRow = (id: string) =>
  rowWrite(database.db.insert(people).values({ id, name: `Person ${id}`, createdAt: new Date() }))

describe('holds', () => {
  it('says whether a snapshot or a logged update is stored under the name, and nothing of any other', async () => {
    await store.create([{ docName: 'snapshot-only', snapshot: stateOf('s') }])
    await store.append([{ docName: 'log-only', update: updateOf('l') }])

    expect(await store.holds('snapshot-only')).toBe(true)
    expect(await store.holds('log-only')).toBe(true)
    expect(await store.holds('nothing')).toBe(false)
    // A name that only begins like a stored one holds nothing either.
    expect(await store.holds('log')).toBe(false)
  })
})

describe('stamp', () => {
  it("changes with each of the document's updates, its compaction and its pruning, and with no other document's", async () => {
    await store.create([
      { docName: 'a', snapshot: stateOf('') },
      { docName: 'b', snapshot: stateOf('') },
    ])
    const created = await store.stamp('a')
    const others = await store.stamp('b')

    await store.append([{ docName: 'a', update: updateOf('x') }])
    const updated = await store.stamp('a')
    expect(updated).not.toBe(created)
    expect(await store.stamp('b')).toBe(others)

    await store.append([{ docName: 'a', update: updateOf('y') }])
    const updatedAgain = await store.stamp('a')
    expect(updatedAgain).not.toBe(updated)

    // Compacted and pruned, the log is empty again, as it was at creation:
    // the compaction's time keeps the stamp from coming back to that one.
    await nextMillisecond()
    const doc = new Y.Doc()
    applyStored(doc, await store.load('a'))
    await store.compact('a', Y.encodeStateAsUpdate(doc))
    while ((await store.pruneFolded('a', 250)) > 0) {}
    const compacted = await store.stamp('a')
    expect([created, updated, updatedAgain]).not.toContain(compacted)
    expect(await store.stamp('b')).toBe(others)
  })

  it('tells apart a document with a log only and one with nothing', async () => {
    const nothing = await store.stamp('a')
    await store.append([{ docName: 'a', update: updateOf('x') }])
    expect(await store.stamp('a')).not.toBe(nothing)
    // Nothing stored under a name has the same stamp as nothing under another.
    expect(await store.stamp('c')).toBe(nothing)
  })
})

describe('create', () => {
  it('stores each first snapshot, to be loaded like any document, without rows or with them', async () => {
    await store.create([
      { docName: 'a', snapshot: stateOf('première') },
      { docName: 'b', snapshot: stateOf('二番目') },
    ])
    await store.create([{ docName: 'c', snapshot: stateOf('third') }], [personRow('p1')])

    expect(await textOf('a')).toBe('première')
    expect(await textOf('b')).toBe('二番目')
    expect(await textOf('c')).toBe('third')
    expect(await countPeople()).toBe(1)
    const loaded = await store.load('c')
    expect(loaded.updates).toEqual([])
    expect(loaded.through).toBe(0)
  })

  it('writes nothing when one of its rows fails: no snapshot without its rows, no rows without it', async () => {
    await store.create([{ docName: 'a', snapshot: stateOf('a') }], [personRow('p1')])
    const before = await database.client.execute('SELECT name FROM documents ORDER BY name')

    // The second person's id is taken: the whole creation is refused.
    await expect(
      store.create(
        [
          { docName: 'b', snapshot: stateOf('b') },
          { docName: 'c', snapshot: stateOf('c') },
        ],
        [personRow('p2'), personRow('p1')],
      ),
    ).rejects.toThrow()

    expect(await store.holds('b')).toBe(false)
    expect(await store.holds('c')).toBe(false)
    expect(await countPeople()).toBe(1)
    const after = await database.client.execute('SELECT name FROM documents ORDER BY name')
    expect(after.rows).toEqual(before.rows)
    expect(await textOf('a')).toBe('a')
  })

  it('refuses a name already stored, and leaves its document as it was', async () => {
    await store.create([{ docName: 'a', snapshot: stateOf('kept') }])
    await expect(store.create([{ docName: 'a', snapshot: stateOf('other') }])).rejects.toThrow()
    expect(await textOf('a')).toBe('kept')
    const rows = await database.client.execute('SELECT count(*) AS n FROM documents')
    expect(Number(rows.rows[0]?.n)).toBe(1)
  })
})
