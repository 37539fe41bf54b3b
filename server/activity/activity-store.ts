import { and, desc, eq, lt, or, type SQL } from 'drizzle-orm'
import type { Database } from '../../db'
import { activity } from '../../db/schema'
import type { ActivityList, ActivityQuery } from '../../shared/activity'

/** The cursor of the page after `last`; null at the end. */
const cursorAfter = (last: { lastAt: Date; id: string } | undefined): string | null =>
  last ? `${last.lastAt.getTime()}.${last.id}` : null

/** The editions' activity, as the tracker of each document wrote it. */
export class ActivityStore {
  constructor(private readonly database: Database) {}

  /**
   * A page of edition `editionId`'s entries, newest first: every entry, or
   * those of one entity (a session) or one member, after the cursor `before`.
   */
  async page(editionId: string, query: ActivityQuery): Promise<ActivityList> {
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
    const rows = await this.database.db
      .select()
      .from(activity)
      .where(and(...conditions))
      .orderBy(desc(activity.lastAt), desc(activity.id))
      .limit(query.limit + 1)
    const page = rows.slice(0, query.limit)
    return {
      entries: page.map(({ editionId: _edition, firstAt, lastAt, ...entry }) => ({
        ...entry,
        firstAt: firstAt.toISOString(),
        lastAt: lastAt.toISOString(),
      })),
      next: cursorAfter(rows.length > query.limit ? page.at(-1) : undefined),
    }
  }
}
