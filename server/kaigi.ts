import type { Server as HttpServer } from 'node:http'
import { createDb, type Database, type Synchronous } from '../db'
import { CloseCode } from '../shared/protocol'
import { type App, createApp } from './app'
import { type EditionSeed, seedEditions } from './editions/seed'
import type { Logger } from './logger'
import { LibsqlDocStore } from './sync/libsql-doc-store'
import { RoomRegistry } from './sync/room-registry'
import { UpdateWriter } from './sync/update-writer'
import { attachSyncUpgrade, type SyncUpgrade } from './sync/upgrade'

export interface KaigiConfig {
  databaseUrl: string
  databaseAuthToken?: string | undefined
  databaseSynchronous?: Synchronous
  log: Logger
  clientDir: string
  maxMessageBytes: number
  unloadDelayMs: number
  compactAfterUpdates: number
  /** Editions to create when the database has none (the demo on a first start). */
  seeds?: readonly EditionSeed[]
}

export interface Kaigi {
  app: App
  database: Database
  registry: RoomRegistry
  writer: UpdateWriter
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
  const store = new LibsqlDocStore(database)
  const writer = new UpdateWriter(store, (error) => log.error({ err: error }, 'writer task failed'))
  const registry = new RoomRegistry({
    store,
    writer,
    log,
    compactAfterUpdates: config.compactAfterUpdates,
    unloadDelayMs: config.unloadDelayMs,
  })
  const app = createApp({ database, store, log, clientDir: config.clientDir })
  const upgrades: SyncUpgrade[] = []

  return {
    app,
    database,
    registry,
    writer,
    attach(server) {
      upgrades.push(
        attachSyncUpgrade(server, {
          app,
          registry,
          log,
          maxMessageBytes: config.maxMessageBytes,
        }),
      )
    },
    async close() {
      for (const upgrade of upgrades) upgrade.close()
      await registry.closeAll(CloseCode.GoingAway, 'server shutting down')
      await writer.drain()
      database.close()
    },
  }
}
