/**
 * The writes of the edits go through a connection of their own on a local
 * file, with statements kept prepared (db/local-writer.ts). What the client
 * reads must be exactly what was written: all of a failed transaction
 * undone, values bound as the client binds them, the same file whatever
 * form its URL takes, and the client alone for a database in memory.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative as relativePath } from 'node:path'
import { afterEach, beforeEach, expect, it } from 'vitest'
import { createDb, type Database } from '../../../db'

let folder: string
let database: Database

const rowsOf = async (db: Database) =>
  (await db.client.execute('SELECT id, label, flag, at FROM note ORDER BY id')).rows.map((row) =>
    Array.from(row),
  )

async function openWithTable(url: string): Promise<Database> {
  const db = await createDb(url)
  await db.client.execute(
    'CREATE TABLE note (id INTEGER PRIMARY KEY, label TEXT NOT NULL UNIQUE, flag INTEGER, at INTEGER)',
  )
  return db
}

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'kaigi-writer-'))
  database = await openWithTable(`file:${join(folder, 'kaigi.db')}`)
})

afterEach(() => {
  database.close()
  rmSync(folder, { recursive: true, force: true })
})

it('binds values as the client does, by position and by name', async () => {
  const at = new Date('2026-11-24T09:30:00Z')
  await database.write([
    {
      sql: 'INSERT INTO note (id, label, flag, at) VALUES (?, ?, ?, ?)',
      args: [1, 'un', true, at],
    },
    {
      sql: 'INSERT INTO note (id, label, flag, at) VALUES (:id, @label, $flag, :at)',
      args: { ':id': 2, '@label': '二', $flag: false, at: 5 },
    },
  ])
  expect(await rowsOf(database)).toEqual([
    [1, 'un', 1, at.valueOf()],
    [2, '二', 0, 5],
  ])
})

it('writes nothing of a transaction whose last statement fails, and writes the next one', async () => {
  await database.write([{ sql: 'INSERT INTO note (id, label) VALUES (?, ?)', args: [1, 'kept'] }])
  const failing = database.write([
    { sql: 'INSERT INTO note (id, label) VALUES (?, ?)', args: [2, 'undone'] },
    { sql: 'INSERT INTO note (id, label) VALUES (?, ?)', args: [3, 'kept'] },
  ])
  await expect(failing).rejects.toThrow(/UNIQUE/)
  expect(await rowsOf(database)).toEqual([[1, 'kept', null, null]])
  // The connection is out of the failed transaction: the next write lands,
  // and the client may write too (no lock left held).
  await database.write([{ sql: 'INSERT INTO note (id, label) VALUES (?, ?)', args: [4, 'next'] }])
  await database.client.execute("INSERT INTO note (id, label) VALUES (5, 'client')")
  expect((await rowsOf(database)).map(([id]) => id)).toEqual([1, 4, 5])
})

it('refuses a value the client refuses, before anything is written', async () => {
  const refused = database.write([
    { sql: 'INSERT INTO note (id, label) VALUES (?, ?)', args: [1, 'first'] },
    { sql: 'INSERT INTO note (id, label, at) VALUES (?, ?, ?)', args: [2, 'second', Number.NaN] },
  ])
  await expect(refused).rejects.toThrow(RangeError)
  expect(await rowsOf(database)).toEqual([])
})

it('keeps writing when more statements have been seen than it keeps prepared, and after the schema changes', async () => {
  for (let id = 1; id <= 100; id++) {
    // A statement of a shape of its own each time: the oldest are let go.
    await database.write([
      { sql: `INSERT INTO note (id, label) VALUES (?, ?) -- shape ${id}`, args: [id, `n${id}`] },
    ])
  }
  await database.client.execute('ALTER TABLE note ADD COLUMN extra TEXT')
  await database.write([
    { sql: 'INSERT INTO note (id, label) VALUES (?, ?) -- shape 100', args: [101, 'after'] },
  ])
  const { rows } = await database.client.execute('SELECT count(*), max(id) FROM note')
  expect(Array.from(rows[0] ?? [])).toEqual([101, 101])
})

it('writes to the file the client reads, whatever form its URL takes', async () => {
  const relative = relativePath(process.cwd(), join(folder, 'relative.db'))
  const forms = [`file:${relative}`, `file://${join(folder, 'three-slashes.db')}`]
  for (const url of forms) {
    const db = await openWithTable(url)
    try {
      await db.write([{ sql: 'INSERT INTO note (id, label) VALUES (?, ?)', args: [1, url] }])
      expect(await rowsOf(db)).toEqual([[1, url, null, null]])
    } finally {
      db.close()
    }
  }
})

it('writes a database in memory through the client, its one connection', async () => {
  const db = await openWithTable('file::memory:')
  try {
    await db.write([
      { sql: 'INSERT INTO note (id, label) VALUES (?, ?)', args: [1, 'one'] },
      { sql: 'INSERT INTO note (id, label) VALUES (?, ?)', args: [2, 'two'] },
    ])
    expect((await rowsOf(db)).map(([, label]) => label)).toEqual(['one', 'two'])
  } finally {
    db.close()
  }
})
