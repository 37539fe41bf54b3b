import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createDb, type Database } from '../../db'

/** A migrated database in a fresh temporary folder; `remove()` closes and deletes it. */
export async function tempDatabase(): Promise<{ database: Database; remove(): void }> {
  const folder = mkdtempSync(join(tmpdir(), 'kaigi-db-'))
  const database = await createDb(`file:${join(folder, 'kaigi.db')}`)
  await database.migrate()
  return {
    database,
    remove() {
      database.close()
      rmSync(folder, { recursive: true, force: true })
    },
  }
}
