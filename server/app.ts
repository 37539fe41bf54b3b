import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { serveStatic } from '@hono/node-server/serve-static'
import { Hono } from 'hono'
import { bodyLimit } from 'hono/body-limit'
import { secureHeaders } from 'hono/secure-headers'
import type { Redis } from 'ioredis'
import type { Database } from '../db'
import { ErrorCode } from '../shared/errors'
import { accessRoutes } from './access/access-routes'
import type { AccessStore } from './access/access-store'
import { activityRoutes } from './activity/activity-routes'
import type { AppEnv } from './app-env'
import { AppError } from './app-error'
import { directoryRoutes } from './directory/directory-routes'
import { editionRoutes } from './editions/edition-routes'
import { SummaryCache } from './editions/summaries'
import { exportRoutes } from './exports/export-routes'
import type { ExportRenderer } from './exports/renderer'
import { clientAddress } from './http/client-address'
import { sameOriginMiddleware } from './http/same-origin'
import { sessionMiddleware } from './http/session'
import { packRoutes } from './letters/pack-routes'
import type { Logger } from './logger'
import { mailRoutes, mailSendsOf } from './mail-sends/mail-routes'
import type { MailSendsDeps } from './mail-sends/mail-sends'
import { meetingRoutes } from './meetings/meeting-routes'
import type { MetricsScrape } from './metrics/metrics'
import { metricsRoutes } from './metrics/metrics-routes'
import { healthRoutes } from './operations/health-routes'
import { registrationRoutes } from './registrations/registration-routes'
import type { DocStore, DocumentRecords } from './sync/doc-store'
import type { RoomRegistry } from './sync/room-registry'
import { syncRoutes } from './sync/sync-routes'
import { versionRoutes } from './versions/version-routes'

/** The largest JSON body the API reads: forms, not files. */
const MAX_API_BODY_BYTES = 64 * 1024

export interface AppDeps {
  database: Database
  log: Logger
  /** The synced documents, as committed. */
  store: DocStore
  /** Where new documents are made (an edition's first snapshot). */
  documents: DocumentRecords
  /** The built client to serve at `/`, if it exists. */
  clientDir: string
  access: AccessStore
  /** The loaded rooms, whose sockets a revocation closes. */
  rooms: RoomRegistry
  /** Origins besides the server's own allowed to call the API and to sync (a dev server). */
  allowedOrigins: readonly string[]
  /** Where people reach Kaigi, for the absolute links of exported files. */
  publicUrl?: string | undefined
  /** Makes the export files, away from the thread that relays edits. */
  renderer: ExportRenderer
  /** Reverse proxies in front of Kaigi whose `X-Forwarded-For` is trusted (`TRUST_PROXY`). */
  trustedProxies: number
  /** How mail leaves, as the outbox screen says: through SMTP, or as `.eml` files. */
  mailDelivery?: 'smtp' | 'files' | undefined
  /** MAIL_FROM, whose domain the queued messages' Message-IDs take. */
  mailFrom?: string | undefined
  /** Wakes the mail worker once messages are queued: see `MailSendsDeps`. */
  onMailQueued?: MailSendsDeps['onMailQueued']
  /** Redis through which the rate limits are shared by several processes; null for one process. */
  redis?: Redis | null | undefined
  /** What `/metrics` serves, to the holder of its token; without one, `/metrics` is a 404. */
  metricsScrape: MetricsScrape | null
}

/** The HTTP application. Listening, and the websocket upgrade, are the caller's. */
export function createApp(deps: AppDeps) {
  const app = new Hono<AppEnv>()

  app.onError((error, c) => {
    if (error instanceof AppError) return c.json(error.toBody(), error.status)
    // The route, not the path: a path may hold a link's token (/api/invitations/<token>).
    deps.log.error({ err: error, path: c.req.routePath }, 'request failed')
    return c.json({ error: { code: ErrorCode.Internal, message: 'internal error' } }, 500)
  })
  app.notFound((c) =>
    c.json({ error: { code: ErrorCode.NotFound, message: `no route for ${c.req.path}` } }, 404),
  )

  app.use(
    '*',
    secureHeaders({
      // No inline script anywhere: the client is one bundled module.
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
      // Invitation tokens travel in URLs: no page may pass them on as a referrer.
      referrerPolicy: 'no-referrer',
      xFrameOptions: 'DENY',
      xContentTypeOptions: 'nosniff',
      strictTransportSecurity: false,
      // The exported web page sets its own policy (inline styles, no script).
      overwrite: false,
    }),
  )
  app.use('*', async (c, next) => {
    const incoming = c.env?.incoming
    c.set('clientAddress', incoming ? clientAddress(incoming, deps.trustedProxies) : 'unknown')
    await next()
  })
  for (const path of ['/api/*', '/sync/*']) app.use(path, sessionMiddleware(deps.access))
  app.use('/api/*', sameOriginMiddleware(deps.allowedOrigins))
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
  app.route('/', metricsRoutes(deps.metricsScrape))
  app.route('/', syncRoutes(deps.access, deps.allowedOrigins))
  // One cache of edition summaries: the list of editions and the invitation page read the same.
  const summaries = new SummaryCache(deps.store, deps.documents, deps.log)
  app.route('/', accessRoutes(deps.access, deps.rooms, summaries))
  app.route(
    '/',
    editionRoutes(deps.database, deps.store, deps.documents, deps.access, deps.log, summaries),
  )
  app.route('/', meetingRoutes(deps.database, deps.access, deps.rooms, deps.redis ?? null))
  const sends = mailSendsOf({ ...deps, summaries })
  app.route(
    '/',
    registrationRoutes(deps.database, deps.access, deps.rooms, sends, deps.redis ?? null),
  )
  app.route('/', versionRoutes(deps.database, deps.access, deps.rooms, sends))
  app.route('/', activityRoutes(deps.database, deps.access))
  app.route('/', directoryRoutes(deps.database, deps.access, deps.rooms, summaries))
  app.route('/', packRoutes({ ...deps, summaries }))
  app.route('/', mailRoutes({ ...deps, summaries }, sends))
  app.route(
    '/',
    exportRoutes(
      deps.database,
      deps.access,
      deps.rooms,
      deps.renderer,
      deps.publicUrl,
      deps.redis ?? null,
    ),
  )

  if (existsSync(deps.clientDir)) {
    app.use(
      '/*',
      serveStatic({
        root: deps.clientDir,
        // The build wrote a .br and a .gz beside each text file (scripts/precompress.mjs).
        precompressed: true,
        onFound: (path, c) => c.header('Cache-Control', cacheControl(path)),
      }),
    )
    // The client routes in the browser: any other page gets the app shell.
    const indexHtml = join(deps.clientDir, 'index.html')
    app.get('*', async (c) => {
      c.header('Cache-Control', SHELL_CACHE)
      return c.html(await readFile(indexHtml, 'utf8'))
    })
  } else {
    deps.log.warn({ clientDir: deps.clientDir }, 'client not built: only the API is served')
  }
  return app
}

export type App = ReturnType<typeof createApp>

/**
 * Vite names the files under assets/ by a hash of their content: a name
 * never comes back with other bytes, so a browser keeps them for good. The
 * shell (a few hundred bytes) and the files with fixed names are asked again
 * each time, so a new build is seen at the next visit.
 */
const ASSET_CACHE = 'public, max-age=31536000, immutable'
const SHELL_CACHE = 'no-cache'
const cacheControl = (path: string): string =>
  path.split(/[\\/]/).includes('assets') ? ASSET_CACHE : SHELL_CACHE
