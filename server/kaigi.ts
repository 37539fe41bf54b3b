import type { Server as HttpServer } from 'node:http'
import { createDb, type Database, type Synchronous } from '../db'
import { invitationPath, Role } from '../shared/access'
import { CloseCode } from '../shared/protocol'
import { AccessStore } from './access/access-store'
import { editionActivity } from './activity/edition-activity'
import { type App, createApp } from './app'
import { type EditionSeed, seedEditions } from './editions/seed'
import { SummaryCache } from './editions/summaries'
import { layOutStoredEditions } from './editions/text-layout'
import { ExportRenderer } from './exports/renderer'
import { openLimitsRedis } from './limits/limits-redis'
import type { Logger } from './logger'
import { createMailWorker, type MailConfig } from './mail/mail-setup'
import type { MailWorker } from './mail/mail-worker'
import { addressDomain, OutboxStore } from './mail/outbox-store'
import { openMetricsScrape, UNCOUNTED } from './metrics/metrics'
import type { SyncBus } from './redis/sync-bus'
import { CommitQueue } from './sync/commit-queue'
import type { DocStore } from './sync/doc-store'
import { LibsqlDocStore } from './sync/libsql-doc-store'
import { RoomRegistry } from './sync/room-registry'
import { attachSyncUpgrade, type SyncUpgrade } from './sync/upgrade'

/** How long the first start's owner link stays valid: a week. */
const OWNER_LINK_HOURS = 7 * 24

export interface KaigiConfig {
  databaseUrl: string
  databaseAuthToken?: string | undefined
  databaseSynchronous?: Synchronous
  log: Logger
  clientDir: string
  maxMessageBytes: number
  /** Messages per second one socket may send before it is closed as a flood. */
  messagesPerSecond: number
  unloadDelayMs: number
  /** How often each socket is pinged; one that missed the last ping is dropped. 30 s unless set (tests). */
  pingIntervalMs?: number | undefined
  compactAfterUpdates: number
  /** Editions to create when the database has none (the demo on a first start). */
  seeds?: readonly EditionSeed[]
  /** A secret that signs in as the instance's owner at `/invite/<token>` (automation). */
  ownerToken?: string | undefined
  /** Origins besides the server's own allowed to call the API and to sync. */
  allowedOrigins?: readonly string[]
  /** Where people reach Kaigi, for the absolute links of exported files. */
  publicUrl?: string | undefined
  /** Reverse proxies in front of Kaigi whose `X-Forwarded-For` is trusted (0: none). */
  trustedProxies?: number
  /** How mail leaves; without it, no mail worker runs (the outbox only fills). */
  mail?: MailConfig
  /** Redis shared by several Kaigi processes (REDIS_URL); without it, one process. */
  redisUrl?: string | undefined
  /**
   * Wraps the document store every part uses: tests hold or fail commits at
   * the storage boundary with it, under the real rooms and sockets.
   */
  wrapStore?: (store: DocStore) => DocStore
  /** The bearer token of `GET /metrics` (METRICS_TOKEN); without it, no metrics are served. */
  metricsToken?: string | undefined
}

export interface Kaigi {
  app: App
  database: Database
  registry: RoomRegistry
  writer: CommitQueue
  access: AccessStore
  /** The outbox's messages: queued by the sends, listed by the outbox screen. */
  outbox: OutboxStore
  /** The worker that delivers the outbox; null when `mail` was not configured. */
  mail: MailWorker | null
  /**
   * On a first start, the path of the link that makes its opener the
   * instance's owner (`/invite/<token>`), to print: it is shown only once.
   */
  ownerLinkPath: string | null
  /** When that link stops working: what the log may say of it, unlike its token. */
  ownerLinkExpiresAt: string | null
  /** Serves websocket sync on `server`'s upgrades. */
  attach(server: HttpServer): void
  /** Stops taking connections, commits what is queued, closes the database. */
  close(): Promise<void>
}

/** Opens the database, applies migrations and assembles the server's parts. */
export async function createKaigi(config: KaigiConfig): Promise<Kaigi> {
  const { log } = config
  const database = await createDb(config.databaseUrl, {
    authToken: config.databaseAuthToken,
    synchronous: config.databaseSynchronous ?? 'full',
  })
  await database.migrate()
  await seedEditions(database, config.seeds ?? [], log)
  const access = new AccessStore(database)
  if (config.ownerToken) await access.invitations.ensureOwnerToken(config.ownerToken)
  let ownerLinkPath: string | null = null
  let ownerLinkExpiresAt: string | null = null
  if (!(await access.members.hasOwner())) {
    const { token, invitation } = await access.invitations.create({
      editionId: null,
      role: Role.Owner,
      committee: null,
      createdBy: null,
      expiresInHours: OWNER_LINK_HOURS,
      maxUses: 1,
    })
    ownerLinkPath = invitationPath(token)
    ownerLinkExpiresAt = invitation.expiresAt
  }
  const libsqlStore = new LibsqlDocStore(database)
  const store = config.wrapStore?.(libsqlStore) ?? libsqlStore
  const metricsScrape = await openMetricsScrape(config.metricsToken)
  const metrics = metricsScrape?.metrics ?? UNCOUNTED
  const writer = new CommitQueue(
    store,
    (error) => log.error({ err: error }, 'writer task failed'),
    metrics,
  )
  // With REDIS_URL, the processes sharing the database tell each other
  // what they commit; without it, this process holds its documents alone.
  // Loaded only then: a single process never loads ioredis.
  const bus: SyncBus | null = config.redisUrl
    ? await (await import('./redis/sync-bus')).SyncBus.open(config.redisUrl, log, (ms) =>
        metrics.redisLagged(ms / 1000),
      )
    : null
  const registry = new RoomRegistry({
    bus,
    store,
    writer,
    log,
    compactAfterUpdates: config.compactAfterUpdates,
    unloadDelayMs: config.unloadDelayMs,
    trackChanges: editionActivity,
  })
  await layOutStoredEditions(database, store, registry, log)
  const renderer = new ExportRenderer(undefined, metrics)
  const limitsRedis = await openLimitsRedis(config.redisUrl, log)
  const app = createApp({
    database,
    store,
    documents: libsqlStore,
    log,
    clientDir: config.clientDir,
    access,
    rooms: registry,
    allowedOrigins: config.allowedOrigins ?? [],
    publicUrl: config.publicUrl,
    renderer,
    trustedProxies: config.trustedProxies ?? 0,
    mailDelivery: config.mail?.smtpUrl ? 'smtp' : 'files',
    mailFrom: config.mail?.from,
    // Called by requests only, once `mail` below is made.
    onMailQueued: () => mail?.wake(),
    redis: limitsRedis,
    metricsScrape,
  })
  const outbox = new OutboxStore(database.db, {
    messageIdDomain: addressDomain(config.mail?.from),
  })
  metrics.readFrom({
    loadedRooms: () => registry.loadedCount,
    outboxStates: () => outbox.countByState(),
  })
  const mail = config.mail
    ? createMailWorker(config.mail, {
        database,
        rooms: registry,
        renderer,
        summaries: new SummaryCache(store, libsqlStore, log),
        log,
        publicUrl: config.publicUrl,
      })
    : null
  mail?.start()
  const upgrades: SyncUpgrade[] = []

  return {
    app,
    database,
    registry,
    writer,
    access,
    outbox,
    mail,
    ownerLinkPath,
    ownerLinkExpiresAt,
    attach(server) {
      upgrades.push(
        attachSyncUpgrade(server, {
          app,
          registry,
          log,
          maxMessageBytes: config.maxMessageBytes,
          messagesPerSecond: config.messagesPerSecond,
          pingIntervalMs: config.pingIntervalMs,
          trustedProxies: config.trustedProxies ?? 0,
          redis: limitsRedis,
          metrics,
        }),
      )
    },
    async close() {
      for (const upgrade of upgrades) upgrade.close()
      // The attempt under way ends (sent and recorded, or failed) before the rooms close.
      await mail?.stop()
      await registry.closeAll(CloseCode.GoingAway, 'server shutting down')
      await writer.drain()
      bus?.close()
      await renderer.close()
      limitsRedis?.disconnect()
      database.close()
    },
  }
}
