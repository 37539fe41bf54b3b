import { asc } from 'drizzle-orm'
import { Hono } from 'hono'
import type { Db } from '../../db'
import { editions } from '../../db/schema'
import type { EditionList } from '../../shared/editions'
import type { AppEnv } from '../app-env'

/** `GET /api/editions`: the editions, oldest first, each with its document name. */
export function editionRoutes(db: Db) {
  return new Hono<AppEnv>().get('/api/editions', async (c) => {
    const rows = await db.select().from(editions).orderBy(asc(editions.createdAt))
    const body: EditionList = {
      editions: rows.map((row) => ({
        id: row.id,
        docName: row.docName,
        readOnly: row.readOnly,
        createdAt: row.createdAt.toISOString(),
      })),
    }
    return c.json(body)
  })
}
