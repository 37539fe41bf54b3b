import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm'
import { type Context, Hono } from 'hono'
import type { Database } from '../../db'
import { activity } from '../../db/schema'
import { Role } from '../../shared/access'
import { type ActivityList, type ActivityQuery, ActivityQuerySchema } from '../../shared/activity'
import { ErrorCode, fieldIssues } from '../../shared/errors'
import type { AccessStore } from '../access/access-store'
import type { AppEnv } from '../app-env'
import { AppError } from '../app-error'
import { requireRole } from '../http/roles'

function readQuery(c: Context<AppEnv>): ActivityQuery {
  const parsed = ActivityQuerySchema.safeParse(c.req.query())
  if (!parsed.success) {
    throw new AppError(
      400,
      ErrorCode.InvalidInput,
      'invalid activity filter',
      fieldIssues(parsed.error),
    )
  }
  return parsed.data
}

/** The cursor of the page after `last`; null at the end. */
const cursorAfter = (last: { lastAt: Date; id: string } | undefined): string | null =>
  last ? `${last.lastAt.getTime()}.${last.id}` : null

/**
 * An edition's activity, newest first, for its members: every entry, or
 * those of one entity (a session) or one member, a page at a time.
 */
export function activityRoutes(database: Database, access: AccessStore) {
  const { db } = database
  return new Hono<AppEnv>().get('/api/editions/:id/activity', async (c) => {
    const editionId = c.req.param('id')
    await requireRole(c, access, editionId, [Role.Owner, Role.Editor, Role.Viewer])
    const query = readQuery(c)
    const conditions: SQL[] = [eq(activity.editionId, editionId)]
    if (query.entity !== undefined) conditions.push(eq(activity.entityId, query.entity))
    if (query.person !== undefined) conditions.push(eq(activity.personId, query.person))
    if (query.before !== undefined) {
      // Entries strictly after the cursor in (lastAt, id) order, newest first.
      const [ms, id] = query.before.split('.') as [string, string]
      const at = new Date(Number(ms))
      const after = or(
        lt(activity.lastAt, at),
        and(eq(activity.lastAt, at), lt(activity.id, id)),
      ) as SQL
      conditions.push(after)
    }
    // One more than asked tells whether there is a next page.
    const rows = await db
      .select()
      .from(activity)
      .where(and(...conditions))
      .orderBy(desc(activity.lastAt), desc(activity.id))
      .limit(query.limit + 1)
    const page = rows.slice(0, query.limit)
    const body: ActivityList = {
      entries: page.map(({ editionId: _edition, firstAt, lastAt, ...entry }) => ({
        ...entry,
        firstAt: firstAt.toISOString(),
        lastAt: lastAt.toISOString(),
      })),
      next: cursorAfter(rows.length > query.limit ? page.at(-1) : undefined),
    }
    return c.json(body)
  })
}
