/**
 * Not an anchor but a floor for the start-up's memory: the y-websocket
 * anchor's server (`y-websocket-server.ts`, started by importing it) that
 * also holds what any durable sync server on embedded libSQL must,
 * `@libsql/client`'s file client (its `sqlite3` entry, without the remote
 * protocols) with a database file open in WAL mode and read once.
 * What Kaigi holds beyond this is its own; what this holds beyond the
 * anchor is the price of storing edits in-process, which no choice of
 * Kaigi's can remove.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient } from '@libsql/client/sqlite3'

const folder = mkdtempSync(join(tmpdir(), 'kaigi-bench-floor-'))
const client = createClient({ url: `file:${join(folder, 'floor.db')}`, concurrency: 1 })
await client.execute('PRAGMA journal_mode = WAL')
await client.execute('CREATE TABLE IF NOT EXISTS updates (id INTEGER PRIMARY KEY, body BLOB)')
await client.execute('SELECT count(*) FROM updates')

// Before the anchor's own SIGTERM handler, which exits: the folder goes first.
process.on('SIGTERM', () => {
  client.close()
  rmSync(folder, { recursive: true, force: true })
})
await import('./y-websocket-server')
