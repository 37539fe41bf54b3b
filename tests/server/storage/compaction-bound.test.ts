import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Database } from '../../../db'
import { applyStored } from '../../../server/sync/doc-store'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import { tempDatabase } from '../../helpers/temp-database'

let cleanups: Array<() => void> = []
afterEach(() => {
  for (const cleanup of cleanups) cleanup()
  cleanups = []
})

async function store(): Promise<{ store: LibsqlDocStore; database: Database }> {
  const temp = await tempDatabase()
  cleanups.push(temp.remove)
  return { store: new LibsqlDocStore(temp.database), database: temp.database }
}

/** An update writing `text` at the end of the document's `t` text, from its own client. */
function edit(doc: Y.Doc, text: string): Uint8Array {
  let update: Uint8Array | null = null
  const capture = (u: Uint8Array) => {
    update = u
  }
  doc.on('update', capture)
  doc.getText('t').insert(doc.getText('t').length, text)
  doc.off('update', capture)
  if (!update) throw new Error('no update')
  return update
}

/** The log id a load read through: the libSQL store always gives one. */
function logId(through: number | undefined): number {
  if (through === undefined) throw new Error('the store gave no log id')
  return through
}

const textOf = async (s: LibsqlDocStore, name: string): Promise<string> => {
  const doc = new Y.Doc()
  applyStored(doc, await s.load(name))
  return doc.getText('t').toString()
}

describe('compaction bounded by the log id its snapshot holds', () => {
  it('keeps an update logged after the snapshot was taken, and never lets an older snapshot replace a newer one', async () => {
    const { store: s } = await store()
    const writer = new Y.Doc()
    await s.append([{ docName: 'a', update: edit(writer, 'one ') }])
    // A process reads the document as it stands: "one ".
    const reader = new Y.Doc()
    const read = await s.load('a')
    applyStored(reader, read)
    // Another process logs an update meanwhile.
    await s.append([{ docName: 'a', update: edit(writer, 'two ') }])
    // The first compacts what it read: the later update must stay in the log.
    await s.compact('a', Y.encodeStateAsUpdate(reader), logId(read.through))
    expect(await textOf(s, 'a')).toBe('one two ')
    const after = await s.load('a')
    expect(after.updates).toHaveLength(1)

    // A compaction of everything, then a late one of the old state: the newer snapshot stays.
    const full = new Y.Doc()
    applyStored(full, after)
    await s.compact('a', Y.encodeStateAsUpdate(full), logId(after.through))
    await s.compact('a', Y.encodeStateAsUpdate(reader), logId(read.through))
    const last = await s.load('a')
    expect(last.updates).toHaveLength(0)
    expect(await textOf(s, 'a')).toBe('one two ')
  })

  it('reads since an id what a catching-up process lacks, including what another compacted', async () => {
    const { store: s } = await store()
    const writer = new Y.Doc()
    await s.append([{ docName: 'a', update: edit(writer, 'one ') }])
    const seen = await s.load('a')
    await s.append([{ docName: 'a', update: edit(writer, 'two ') }])
    expect((await s.loadSince('a', logId(seen.through))).updates).toHaveLength(1)
    expect((await s.loadSince('a', logId(seen.through))).snapshot).toBeNull()
    // Someone compacts everything: the rows after `seen` are now in the snapshot.
    await s.compact('a', Y.encodeStateAsUpdate(writer))
    const since = await s.loadSince('a', logId(seen.through))
    expect(since.snapshot).not.toBeNull()
    const doc = new Y.Doc()
    applyStored(doc, { snapshot: since.snapshot, updates: since.updates })
    expect(doc.getText('t').toString()).toBe('one two ')
    expect(since.through).toBeGreaterThan(logId(seen.through))
  })

  it('compacts one document of three, the others’ logs and snapshots untouched, and gives no log id twice', async () => {
    const { store: s, database } = await store()
    const docs = { a: new Y.Doc(), b: new Y.Doc(), c: new Y.Doc() }
    for (const round of ['1 ', '2 ']) {
      for (const [name, doc] of Object.entries(docs)) {
        await s.append([{ docName: name, update: edit(doc, `${name}${round}`) }])
      }
    }
    const ever = Number(
      (await database.client.execute('SELECT max(id) FROM document_updates')).rows[0]?.[0],
    )
    // c holds the highest ids of the log: compacting and pruning it deletes them.
    await s.compact('c', Y.encodeStateAsUpdate(docs.c))
    expect(await s.pruneFolded('c', 100)).toBe(2)
    for (const name of ['a', 'b']) {
      const stored = await s.load(name)
      expect(stored.updates).toHaveLength(2)
      expect(stored.snapshot).toBeNull()
    }
    expect((await s.load('c')).updates).toHaveLength(0)
    await s.append([{ docName: 'a', update: edit(docs.a, 'a3 ') }])
    // The next row gets an id never given before, not the deleted one again.
    const next = Number(
      (await database.client.execute('SELECT max(id) FROM document_updates')).rows[0]?.[0],
    )
    expect(next).toBe(ever + 1)
    expect(await textOf(s, 'a')).toBe('a1 a2 a3 ')
    expect(await textOf(s, 'b')).toBe('b1 b2 ')
    expect(await textOf(s, 'c')).toBe('c1 c2 ')
  })

  it('skips the rows a snapshot folds until they are pruned, then prunes them in parts, its own only', async () => {
    const { store: s, database } = await store()
    const docs = { a: new Y.Doc(), b: new Y.Doc() }
    for (const word of ['one ', 'two ', 'three ', 'four ', 'five ']) {
      await s.append([{ docName: 'a', update: edit(docs.a, word) }])
    }
    await s.append([{ docName: 'b', update: edit(docs.b, 'b1 ') }])
    await s.compact('a', Y.encodeStateAsUpdate(docs.a))
    await s.append([{ docName: 'a', update: edit(docs.a, 'six ') }])
    const rows = async (name: string) =>
      Number(
        (
          await database.client.execute({
            sql: 'SELECT count(*) FROM document_updates WHERE doc_name = ?',
            args: [name],
          })
        ).rows[0]?.[0],
      )

    // Not pruned yet: the five folded rows are still there, and no read gives them.
    expect(await rows('a')).toBe(6)
    const loaded = await s.load('a')
    expect(loaded.updates).toHaveLength(1)
    expect(await textOf(s, 'a')).toBe('one two three four five six ')
    const since = await s.loadSince('a', 0)
    expect(since.snapshot).not.toBeNull()
    expect(since.updates).toHaveLength(1)

    // In parts of two: 2, 2, 1, then nothing; the row logged after the snapshot stays.
    const parts = []
    for (let i = 0; i < 4; i++) parts.push(await s.pruneFolded('a', 2))
    expect(parts).toEqual([2, 2, 1, 0])
    expect(await rows('a')).toBe(1)
    expect(await textOf(s, 'a')).toBe('one two three four five six ')
    // A document never compacted has nothing to prune.
    expect(await s.pruneFolded('b', 10)).toBe(0)
    expect(await rows('b')).toBe(1)
    expect(await textOf(s, 'b')).toBe('b1 ')
  })
})
