import { count } from 'drizzle-orm'
import type { BatchItem } from 'drizzle-orm/batch'
import * as Y from 'yjs'
import type { Database } from '../../db'
import { documents, editions, registrationForms } from '../../db/schema'
import { editionDocName } from '../../shared/editions'
import { newTypableCode } from '../access/tokens'
import { DirectoryStore } from '../directory/directory-store'
import type { DirectoryEntry } from '../directory/import-plan'
import type { Logger } from '../logger'

/** An edition to create on a first start: its id and how to fill its document. */
export interface EditionSeed {
  id: string
  readOnly: boolean
  fill(doc: Y.Doc): void
  /** Its participation form's deadline (an ISO instant), when it starts with a form. */
  formDeadline?: string
  /**
   * The directory's collectivités that come with it (the demo's), their ids
   * as its document's collectivités name them; their participations may name
   * any edition of the same first start.
   */
  directory?: readonly DirectoryEntry[]
}

/**
 * On an empty database, creates `seeds` (the demo edition and the past
 * editions as records): each edition row and its document's first snapshot,
 * its form and the directory that comes with it, all in one transaction, so
 * a crash never leaves an edition without content or the demo without its
 * directory. Does nothing once any edition exists.
 */
export async function seedEditions(
  database: Database,
  seeds: readonly EditionSeed[],
  log: Logger,
): Promise<boolean> {
  const { db } = database
  const [existing] = await db.select({ n: count() }).from(editions)
  if ((existing?.n ?? 0) > 0 || seeds.length === 0) return false
  const now = new Date()
  const statements: BatchItem<'sqlite'>[] = seeds.flatMap((seed) =>
    editionStatements(database, seed, now),
  )
  // After every edition: the forms and participations refer to them.
  for (const seed of seeds) {
    if (seed.formDeadline !== undefined) {
      statements.push(
        db.insert(registrationForms).values({
          editionId: seed.id,
          token: newTypableCode(),
          deadline: new Date(seed.formDeadline),
        }),
      )
    }
  }
  const directory = seeds.flatMap((seed) => seed.directory ?? [])
  statements.push(...directoryStatements(database, directory, now))
  const [first, ...rest] = statements
  if (first) await db.batch([first, ...rest])
  log.info(
    { editions: seeds.map((seed) => seed.id), directory: directory.length },
    'demo editions created',
  )
  return true
}

/** The two inserts that create an edition: its row, and its document's first snapshot. */
export function editionStatements(database: Database, seed: EditionSeed, now: Date) {
  const { db } = database
  const doc = new Y.Doc()
  try {
    seed.fill(doc)
    const docName = editionDocName(seed.id)
    const snapshot = Buffer.from(Y.encodeStateAsUpdate(doc))
    return [
      db.insert(editions).values({ id: seed.id, docName, readOnly: seed.readOnly, createdAt: now }),
      db.insert(documents).values({ name: docName, snapshot, compactedAt: now }),
    ] as const
  } finally {
    doc.destroy()
  }
}

/** The directory's entries as the store writes them, with their ids and participations. */
function directoryStatements(
  database: Database,
  entries: readonly DirectoryEntry[],
  now: Date,
): BatchItem<'sqlite'>[] {
  if (entries.length === 0) return []
  const add = entries.map(({ id: _id, editionIds, ...fields }) => ({
    ...fields,
    addEditionIds: [...editionIds],
  }))
  return new DirectoryStore(database.db).applyStatements(
    { add, update: [] },
    now,
    entries.map((entry) => entry.id),
  )
}
