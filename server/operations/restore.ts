import {
  closeSync,
  copyFileSync,
  existsSync,
  openSync,
  readSync,
  renameSync,
  rmSync,
} from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createClient } from '@libsql/client'
import { companions, localDatabasePath, OperationRefused } from './database-file'

/** The table drizzle-kit's migrator keeps in every Kaigi database. */
export const MIGRATIONS_TABLE = '__drizzle_migrations'

const SQLITE_HEADER = 'SQLite format 3\0'

export interface RestoreReport {
  /** Where the database now restored was. */
  database: string
  /** Where the database it replaced went, with its -wal and -shm; none if there was none. */
  setAside: string | null
  migrations: number
}

/** Refuses `file` unless it is a SQLite database holding Kaigi's migrations table; returns how many migrations it has. */
export async function checkKaigiBackup(file: string): Promise<number> {
  if (!existsSync(file)) throw new OperationRefused(`there is no file at ${file}`)
  const header = Buffer.alloc(SQLITE_HEADER.length)
  const fd = openSync(file, 'r')
  try {
    readSync(fd, header, 0, header.length, 0)
  } finally {
    closeSync(fd)
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new OperationRefused(`${file} is not a SQLite database`)
  }
  const client = createClient({ url: pathToFileURL(file).href })
  try {
    const found = await client.execute({
      sql: "SELECT count(*) AS n FROM sqlite_master WHERE type = 'table' AND name = ?",
      args: [MIGRATIONS_TABLE],
    })
    if (Number(found.rows[0]?.n) !== 1) {
      throw new OperationRefused(
        `${file} is a SQLite database but not Kaigi's (no ${MIGRATIONS_TABLE} table)`,
      )
    }
    const applied = await client.execute(`SELECT count(*) AS n FROM ${MIGRATIONS_TABLE}`)
    return Number(applied.rows[0]?.n ?? 0)
  } catch (error) {
    if (error instanceof OperationRefused) throw error
    throw new OperationRefused(
      `${file} cannot be read as a SQLite database: ${(error as Error).message}`,
    )
  } finally {
    client.close()
  }
}

/**
 * Refuses while another connection holds the database at `path` open (the
 * server, owner-link, a sqlite3 shell): leaving WAL mode needs the database
 * to itself, and SQLite answers "database is locked" otherwise. The check
 * sees processes on this machine only (not through a network file system),
 * and a server started after it is not stopped by it. On success the
 * database is checkpointed into one file, ready to be set aside.
 */
export async function requireStopped(path: string): Promise<void> {
  const client = createClient({ url: pathToFileURL(path).href })
  try {
    await client.execute('PRAGMA busy_timeout = 0')
    const mode = await client.execute('PRAGMA journal_mode = DELETE')
    if (String(mode.rows[0]?.journal_mode).toLowerCase() !== 'delete') {
      throw new OperationRefused(`${path} is in use (the server is running?): stop Kaigi first`)
    }
  } catch (error) {
    if (error instanceof OperationRefused) throw error
    throw new OperationRefused(
      `${path} is in use (${(error as Error).message}): stop Kaigi, and anything else that has the database open, first`,
    )
  } finally {
    client.close()
  }
}

/** `2026-12-02T07-40-12Z`: a moment that sorts and is a valid file name everywhere. */
const stamp = (now: Date): string =>
  now
    .toISOString()
    .replace(/\.\d+Z$/, 'Z')
    .replaceAll(':', '-')

/**
 * Brings the backup `file` back as the database of `databaseUrl`, in a
 * stopped installation: checks the backup, checks nothing has the current
 * database open, moves it aside (`<name>.before-restore-<time>`, with its
 * -wal and -shm) and copies the backup in its place. The next start
 * migrates it if it is older than the code.
 */
export async function restoreDatabase(
  databaseUrl: string,
  file: string,
  now = new Date(),
): Promise<RestoreReport> {
  const database = localDatabasePath(databaseUrl)
  const backup = resolve(file)
  if (backup === database) throw new OperationRefused(`${backup} is the database itself`)
  const migrations = await checkKaigiBackup(backup)
  let setAside: string | null = null
  if (existsSync(database)) {
    await requireStopped(database)
    setAside = join(dirname(database), `${basename(database)}.before-restore-${stamp(now)}`)
    if (existsSync(setAside)) throw new OperationRefused(`${setAside} already exists`)
    renameSync(database, setAside)
    for (const [from, to] of companions(database).map((c, i) => [
      c,
      companions(setAside as string)[i],
    ])) {
      if (from && to && existsSync(from)) renameSync(from, to)
    }
  } else {
    for (const stale of companions(database)) rmSync(stale, { force: true })
  }
  copyFileSync(backup, database)
  return { database, setAside, migrations }
}
