import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import type { Database } from '../db'
import { ErrorCode } from '../shared/errors'
import type { AppEnv } from './app-env'
import { AppError } from './app-error'
import type { Logger } from './logger'
import { editionRoutes } from './routes/editions'
import { healthRoutes } from './routes/health'
import { syncRoutes } from './routes/sync'
import type { DocStore } from './sync/doc-store'

/** The largest JSON body the API reads: forms, not files. */
const MAX_API_BODY_BYTES = 64 * 1024

export interface AppDeps {
  database: Database
  log: Logger
  /** The synced documents, as committed. */
  store: DocStore
  /** The built client to serve at `/`, if it exists. */
  clientDir: string
}

/** The HTTP application. Listening, and the websocket upgrade, are the caller's. */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.onError((error, c) => {
    if (error instanceof AppError) return c.json(error.toBody(), error.status)
    deps.log.error({ err: error, path: c.req.path }, 'request failed')
    return c.json({ error: { code: ErrorCode.Internal, message: 'internal error' } }, 500)
  })
  app.notFound((c) =>
    c.json({ error: { code: ErrorCode.NotFound, message: `no route for ${c.req.path}` } }, 404),
  )

  app.use(
    '/api/*',
    bodyLimit({
      maxSize: MAX_API_BODY_BYTES,
      onError: (c) =>
        c.json(
          { error: { code: ErrorCode.PayloadTooLarge, message: 'request body too large' } },
          413,
        ),
    }),
  )
  app.route('/', healthRoutes(deps.database))
  app.route('/', syncRoutes())
  app.route('/', editionRoutes(deps.database, deps.store))

  if (existsSync(deps.clientDir)) {
    app.use('/*', serveStatic({ root: deps.clientDir }))
    // The client routes in the browser: any other page gets the app shell.
    const indexHtml = join(deps.clientDir, 'index.html')
    app.get('*', async (c) => c.html(await readFile(indexHtml, 'utf8')))
  } else {
    deps.log.warn({ clientDir: deps.clientDir }, 'client not built: only the API is served')
  }
  return app
}

export type App = ReturnType<typeof createApp>
