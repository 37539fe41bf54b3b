import { type Context, Hono } from 'hono'
import type { Database } from '../../db'
import { Role } from '../../shared/access'
import { type ActivityList, type ActivityQuery, ActivityQuerySchema } from '../../shared/activity'
import { ErrorCode, fieldIssues } from '../../shared/errors'
import type { AccessStore } from '../access/access-store'
import type { AppEnv } from '../app-env'
import { AppError } from '../app-error'
import { requireRole } from '../http/roles'
import { ActivityStore } from './activity-store'

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

/**
 * An edition's activity, newest first, for its members: every entry, or
 * those of one entity (a session) or one member, a page at a time.
 */
export function activityRoutes(database: Database, access: AccessStore) {
  const store = new ActivityStore(database)
  return new Hono<AppEnv>().get('/api/editions/:id/activity', async (c) => {
    const editionId = c.req.param('id')
    await requireRole(c, access, editionId, [Role.Owner, Role.Editor, Role.Viewer])
    const body: ActivityList = await store.page(editionId, readQuery(c))
    return c.json(body)
  })
}
