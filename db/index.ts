import { fileURLToPath } from 'node:url'
import type { Client, Config, InStatement } from '@libsql/client'
import { createClient as createFileClient } from '@libsql/client/sqlite3'
import type { LibSQLDatabase } from 'drizzle-orm/libsql'
import { migrate } from 'drizzle-orm/libsql/migrator'
// drizzle's entries differ only in the client they would create from a URL;
// given a client, each wraps it the same way. This one's own import is the
// file client's, so that no entry loads the remote protocols at start.
import { drizzle } from 'drizzle-orm/libsql/sqlite3'
import { LocalWriter } from './local-writer'
import * as schema from './schema'

export type Db = LibSQLDatabase<typeof schema>

export interface Database {
  db: Db
  client: Client
  /**
   * Writes `statements` in one transaction, all or none: the writes of the
   * edits, through statements kept prepared on a local file (see
   * `LocalWriter`), through the client otherwise.
   */
  write(statements: readonly InStatement[]): Promise<void>
  /**
   * Runs one writing statement that returns rows (`RETURNING`) and gives
   * its rows, each by column name: prepared once on a local file, as the
   * edits' writes are (the mail worker's claim of the next message, which
   * most often finds none).
   */
  writeReturning(statement: InStatement): Promise<ReadonlyArray<Record<string, unknown>>>
  /** Applies the committed drizzle-kit migrations that this database lacks. */
  migrate(): Promise<void>
  close(): void
}

const MIGRATIONS_FOLDER = fileURLToPath(new URL('./migrations', import.meta.url))

/** How long a statement waits for a lock held by another process before failing. */
export const BUSY_TIMEOUT_MS = 5000

/**
 * The connection settings of a local database file. @libsql/client sets none
 * of them, so they are chosen here:
 * - `journal_mode=WAL`: readers never block the writer, and a commit is one
 *   append to the log rather than a rewrite of pages.
 * - `synchronous`: FULL by default: every commit is fsynced before it
 *   returns, so an update that was relayed survives a power cut, not only a
 *   killed process. Group commit pays one fsync per batch, which keeps FULL
 *   affordable. NORMAL (`DATABASE_SYNCHRONOUS=normal`) skips that fsync: a
 *   killed process still loses nothing, a power cut may lose the last
 *   commits (the file stays intact).
 * - `busy_timeout`: another process holding the lock (a backup, the sqlite3
 *   shell) makes a write wait instead of failing at once.
 * - `foreign_keys=ON`: SQLite leaves them off unless asked.
 */
const localPragmas = (synchronous: Synchronous) => [
  'PRAGMA journal_mode = WAL',
  `PRAGMA synchronous = ${synchronous.toUpperCase()}`,
  `PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`,
  'PRAGMA foreign_keys = ON',
]

/** SQLite's `synchronous` levels that keep a WAL database safe: see above. */
export const SYNCHRONOUS_LEVELS = ['full', 'normal'] as const
export type Synchronous = (typeof SYNCHRONOUS_LEVELS)[number]

export interface DbOptions {
  authToken?: string | undefined
  synchronous?: Synchronous
}

const isLocalFile = (url: string): boolean => url.startsWith('file:')

/**
 * A local file is opened by libSQL's `sqlite3` entry alone. The package's
 * main entry also loads its remote protocols (hrana over websockets and
 * HTTP, with their dependencies): some 50 ms and 12 MiB at every start,
 * which a file never uses, so they load only for a remote URL.
 */
async function openClient(config: Config, local: boolean): Promise<Client> {
  if (local) return createFileClient(config)
  const { createClient } = await import('@libsql/client')
  return createClient(config)
}

/**
 * Opens the database at `url` (`file:`, `libsql://` or `http(s)://`).
 * On a local file the client gets one connection, so that the
 * per-connection pragmas above hold for every statement it runs (Kaigi
 * never opens interactive transactions, only batches); the edits' writes
 * have a second one, with the same pragmas (`LocalWriter`).
 */
export async function createDb(url: string, options: DbOptions = {}): Promise<Database> {
  const { authToken, synchronous = 'full' } = options
  const local = isLocalFile(url)
  const client = await openClient(
    {
      url,
      ...(authToken ? { authToken } : {}),
      ...(local ? { concurrency: 1 } : {}),
    },
    local,
  )
  const pragmas = local ? localPragmas(synchronous) : []
  for (const pragma of pragmas) await client.execute(pragma)
  // An in-memory database has no file, and is one connection's alone.
  const file = local ? await fileOf(client) : ''
  const writer = file ? new LocalWriter(file, pragmas) : null
  const db = drizzle(client, { schema })
  return {
    db,
    client,
    write: writer
      ? async (statements) => writer.write(statements)
      : (statements) => writeThroughClient(client, statements),
    writeReturning: writer
      ? async (statement) => writer.writeReturning(statement)
      : async (statement) => (await client.execute(statement)).rows,
    migrate: () => migrate(db, { migrationsFolder: MIGRATIONS_FOLDER }),
    close: () => {
      writer?.close()
      client.close()
    },
  }
}

/**
 * The file the client opened, as SQLite resolved it (the URL's forms, such
 * as a relative `file:data/kaigi.db`, stay the client's to parse).
 */
async function fileOf(client: Client): Promise<string> {
  const { rows } = await client.execute('PRAGMA database_list')
  const main = rows.find((row) => row.name === 'main')
  return String(main?.file ?? '')
}

async function writeThroughClient(client: Client, statements: readonly InStatement[]) {
  const [only] = statements
  // One statement is atomic by itself: it needs no batch's transaction.
  if (only && statements.length === 1) await client.execute(only)
  else if (statements.length > 0) await client.batch([...statements], 'write')
}
