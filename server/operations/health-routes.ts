import { Hono } from 'hono'
import type { Database } from '../../db'
import { ErrorCode } from '../../shared/errors'
import type { AppEnv } from '../app-env'

/** `/healthz` answers while the process lives; `/readyz` once the database answers. */
export function healthRoutes(database: Database) {
  return new Hono<AppEnv>()
    .get('/healthz', (c) => c.json({ status: 'ok' }))
    .get('/readyz', async (c) => {
      try {
        await database.client.execute('SELECT 1')
        return c.json({ status: 'ready' })
      } catch {
        return c.json(
          { error: { code: ErrorCode.NotReady, message: 'the database does not answer' } },
          503,
        )
      }
    })
}
