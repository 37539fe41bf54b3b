import { asc } from 'drizzle-orm'
import { Hono } from 'hono'
import * as Y from 'yjs'
import type { Db } from '../../db'
import { editions } from '../../db/schema'
import { isEditionInitialized, readEditionMeta } from '../../shared/doc/edition'
import { type EditionList, type EditionSummary, EditionSummarySchema } from '../../shared/editions'
import type { AppEnv } from '../app-env'
import { applyStored, type DocStore } from '../sync/doc-store'

/**
 * `GET /api/editions`: the editions, newest (highest number) first, each with
 * its document name and summary; editions without valid metadata last.
 */
export function editionRoutes(db: Db, store: DocStore) {
  return new Hono<AppEnv>().get('/api/editions', async (c) => {
    const rows = await db.select().from(editions).orderBy(asc(editions.createdAt), asc(editions.id))
    const listed = await Promise.all(
      rows.map(async (row) => ({
        id: row.id,
        docName: row.docName,
        readOnly: row.readOnly,
        createdAt: row.createdAt.toISOString(),
        summary: await summarize(store, row.docName),
      })),
    )
    const number = (item: EditionList['editions'][number]) => item.summary?.number ?? 0
    const body: EditionList = { editions: listed.sort((a, b) => number(b) - number(a)) }
    return c.json(body)
  })
}

/** The edition's metadata as committed, or null if its document has none that is valid. */
async function summarize(store: DocStore, docName: string): Promise<EditionSummary | null> {
  const stored = await store.load(docName)
  const doc = new Y.Doc()
  try {
    applyStored(doc, stored)
    if (!isEditionInitialized(doc)) return null
    const parsed = EditionSummarySchema.safeParse(readEditionMeta(doc).value)
    return parsed.success ? parsed.data : null
  } finally {
    doc.destroy()
  }
}
