/**
 * The writes of the edits go through a connection of their own on a local
 * file, with statements kept prepared (db/local-writer.ts). What the client
 * reads must be exactly what was written: all of a failed transaction
 * undone, values bound as the client binds them, the rows a write returns
 * given back, the same file whatever form its URL takes, a lock held by
 * another process waited for, and the client alone for a database in memory.
 */
import { spawn } from 'node:child_process'
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

it('writes through a connection of its own: a temporary table of the client is not there', async () => {
  await database.client.execute('CREATE TEMP TABLE scratch (id INTEGER)')
  await expect(
    database.write([{ sql: 'INSERT INTO scratch (id) VALUES (?)', args: [1] }]),
  ).rejects.toThrow(/no such table/)
  // The client's own statements still see it.
  await database.client.execute('INSERT INTO scratch (id) VALUES (1)')
})

it('finishes a statement that returns rows: its row is committed and no lock is left', async () => {
  await database.write([
    { sql: 'INSERT INTO note (id, label) VALUES (?, ?) RETURNING id', args: [1, 'returned'] },
  ])
  expect(await rowsOf(database)).toEqual([[1, 'returned', null, null]])
  await database.client.execute("INSERT INTO note (id, label) VALUES (2, 'client')")
  expect((await rowsOf(database)).map(([id]) => id)).toEqual([1, 2])
})

it('gives the rows a write returns, by column name, on a file and in memory alike', async () => {
  const memory = await openWithTable('file::memory:')
  try {
    for (const db of [database, memory]) {
      const claim = (label: string) =>
        db.writeReturning({
          sql: 'UPDATE note SET flag = 1 WHERE label = ? AND flag IS NULL RETURNING id, label',
          args: [label],
        })
      await db.write([{ sql: 'INSERT INTO note (id, label) VALUES (?, ?)', args: [7, 'sept'] }])
      const [row, ...others] = await claim('sept')
      expect({ id: row?.id, label: row?.label, others }).toEqual({
        id: 7,
        label: 'sept',
        others: [],
      })
      // Its change is committed: claimed once, it is not claimed again.
      expect(await claim('sept')).toHaveLength(0)
      expect(await rowsOf(db)).toEqual([[7, 'sept', 1, null]])
    }
  } finally {
    memory.close()
  }
})

it('refuses a write once the database is closed, as the client does', async () => {
  const db = await openWithTable(`file:${join(folder, 'closed.db')}`)
  await db.write([{ sql: 'INSERT INTO note (id, label) VALUES (?, ?)', args: [1, 'open'] }])
  db.close()
  await expect(
    db.write([{ sql: 'INSERT INTO note (id, label) VALUES (?, ?)', args: [2, 'closed'] }]),
  ).rejects.toThrow(/closed/)
})

it('waits for a lock another process holds, then writes (its busy timeout is set)', async () => {
  const file = join(folder, 'kaigi.db')
  // Another process takes the write lock, says so, and keeps it 400 ms.
  const holder = spawn(
    process.execPath,
    [
      '-e',
      `const Libsql = require('libsql');
       const db = new Libsql(${JSON.stringify(file)});
       db.exec('BEGIN IMMEDIATE');
       db.exec("INSERT INTO note (id, label) VALUES (1, 'other process')");
       process.stdout.write('held\\n');
       Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 400);
       db.exec('COMMIT');`,
    ],
    { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'inherit'] },
  )
  const exited = new Promise((resolve) => holder.on('exit', resolve))
  await new Promise<void>((resolve) => holder.stdout.once('data', () => resolve()))
  await database.write([{ sql: 'INSERT INTO note (id, label) VALUES (?, ?)', args: [2, 'here'] }])
  expect(await exited).toBe(0)
  expect((await rowsOf(database)).map(([, label]) => label)).toEqual(['other process', 'here'])
})
