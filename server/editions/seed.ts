import { count } from 'drizzle-orm'
import * as Y from 'yjs'
import type { Database } from '../../db'
import { documents, editions } from '../../db/schema'
import { editionDocName } from '../../shared/editions'
import type { Logger } from '../logger'

/** An edition to create on a first start: its id and how to fill its document. */
export interface EditionSeed {
  id: string
  readOnly: boolean
  fill(doc: Y.Doc): void
}

/**
 * On an empty database, creates `seeds` (the demo edition and the past
 * editions as records): each edition row and its document's first snapshot
 * in one transaction, so a crash never leaves an edition without content.
 * Does nothing once any edition exists.
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
  const statements = seeds.flatMap((seed) => editionStatements(database, seed, now))
  const [first, ...rest] = statements
  if (first) await db.batch([first, ...rest])
  log.info({ editions: seeds.map((seed) => seed.id) }, 'demo editions created')
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
