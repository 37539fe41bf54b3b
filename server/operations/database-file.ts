import { isAbsolute, resolve } from 'node:path'

/** Why a backup or a restore did nothing: one line for the host, exit code 1. */
export class OperationRefused extends Error {
  override name = 'OperationRefused'
}

/**
 * The path of the local database file that `databaseUrl` names (`file:./data/kaigi.db`
 * is relative to the current folder, as for the server); refuses a remote database,
 * which only its provider can copy consistently.
 */
export function localDatabasePath(databaseUrl: string, cwd = process.cwd()): string {
  if (/^(libsql|wss?|https?):\/\//.test(databaseUrl)) {
    throw new OperationRefused(
      `DATABASE_URL is a remote libSQL database (${databaseUrl.split('?')[0]}): use its provider's own backup (sqld's snapshots, or the hosting service's), not this command`,
    )
  }
  if (!databaseUrl.startsWith('file:')) {
    throw new OperationRefused(`DATABASE_URL must be a file: URL here, not ${databaseUrl}`)
  }
  const path = decodeURIComponent(databaseUrl.slice('file:'.length).split('?')[0] ?? '')
  if (!path) throw new OperationRefused('DATABASE_URL names no file')
  return isAbsolute(path) ? path : resolve(cwd, path)
}

/** SQLite's companion files of a database in WAL mode. */
export const companions = (path: string): string[] => [`${path}-wal`, `${path}-shm`]
