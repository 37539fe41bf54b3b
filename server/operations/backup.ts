import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { createClient } from '@libsql/client'
import { BUSY_TIMEOUT_MS } from '../../db'
import { localDatabasePath, OperationRefused } from './database-file'

export interface BackupReport {
  file: string
  bytes: number
  /** Each table of the copy and its number of rows, by name. */
  rows: Array<{ table: string; count: number }>
}

/**
 * Writes a consistent copy of the database at `databaseUrl` to `target` with
 * SQLite's `VACUUM INTO`, while the server goes on writing: the copy is one
 * read transaction, so it holds exactly the commits made before it began
 * (WAL lets the server commit meanwhile; those commits are not in the copy).
 */
export async function backupDatabase(databaseUrl: string, target: string): Promise<BackupReport> {
  const source = localDatabasePath(databaseUrl)
  const file = resolve(target)
  if (existsSync(file)) throw new OperationRefused(`${file} already exists: choose a new file name`)
  if (!existsSync(source)) throw new OperationRefused(`there is no database at ${source}`)
  const client = createClient({ url: pathToFileURL(source).href })
  try {
    await client.execute(`PRAGMA busy_timeout = ${BUSY_TIMEOUT_MS}`)
    await client.execute({ sql: 'VACUUM INTO ?', args: [file] })
  } finally {
    client.close()
  }
  return { file, bytes: statSync(file).size, rows: await tableRows(file) }
}

/** The row count of every table in the database file at `path`. */
export async function tableRows(path: string): Promise<BackupReport['rows']> {
  const client = createClient({ url: pathToFileURL(path).href })
  try {
    const tables = await client.execute(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
    )
    const rows: BackupReport['rows'] = []
    for (const { name } of tables.rows) {
      const table = String(name)
      const counted = await client.execute(
        `SELECT count(*) AS n FROM "${table.replaceAll('"', '""')}"`,
      )
      rows.push({ table, count: Number(counted.rows[0]?.n ?? 0) })
    }
    return rows
  } finally {
    client.close()
  }
}
