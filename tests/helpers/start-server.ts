import { mkdtempSync, rmSync } from 'node:fs'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serve } from '@hono/node-server'
import { createKaigi, type Kaigi, type KaigiConfig } from '../../server/kaigi'
import { createLogger } from '../../server/logger'
import { DEFAULT_MAX_MESSAGE_BYTES } from '../../shared/protocol'
import { setDefaultCookie, signIn, TEST_OWNER_TOKEN } from './sign-in'

export interface TestServer {
  kaigi: Kaigi
  /** `http://127.0.0.1:<port>` */
  url: string
  /** The session cookie of the instance's owner, signed in at start. */
  ownerCookie: string
  /** `ws://127.0.0.1:<port>/sync` */
  syncUrl: string
  databaseUrl: string
  /** Stops the server; the temporary database stays until `cleanup`. */
  close(): Promise<void>
  /** Removes the temporary folder of the database. */
  cleanup(): void
}

/**
 * Runs the real server on port 0 with a database in a fresh temporary folder
 * (or `databaseUrl`, to restart on an existing one).
 */
export async function startServer(
  overrides: Partial<KaigiConfig> & { logLevel?: string } = {},
): Promise<TestServer> {
  const folder = mkdtempSync(join(tmpdir(), 'kaigi-test-'))
  const databaseUrl = overrides.databaseUrl ?? `file:${join(folder, 'kaigi.db')}`
  const kaigi = await createKaigi({
    databaseUrl,
    // A test that reads the log passes its own logger.
    log:
      overrides.log ?? createLogger(overrides.logLevel ?? process.env.TEST_LOG_LEVEL ?? 'silent'),
    clientDir: overrides.clientDir ?? join(folder, 'no-client'),
    maxMessageBytes: overrides.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES,
    messagesPerSecond: overrides.messagesPerSecond ?? 100,
    unloadDelayMs: overrides.unloadDelayMs ?? 50,
    pingIntervalMs: overrides.pingIntervalMs,
    compactAfterUpdates: overrides.compactAfterUpdates ?? 1000,
    seeds: overrides.seeds ?? [],
    ownerToken: overrides.ownerToken ?? TEST_OWNER_TOKEN,
    allowedOrigins: overrides.allowedOrigins ?? [],
    trustedProxies: overrides.trustedProxies ?? 0,
    publicUrl: overrides.publicUrl,
    redisUrl: overrides.redisUrl,
    ...(overrides.wrapStore ? { wrapStore: overrides.wrapStore } : {}),
    metricsToken: overrides.metricsToken,
    ...(overrides.mail ? { mail: overrides.mail } : {}),
  })
  const server = await new Promise<Server>((resolve) => {
    const started = serve({ fetch: kaigi.app.fetch, port: 0, hostname: '127.0.0.1' }, () =>
      resolve(started as Server),
    )
  })
  kaigi.attach(server)
  const { port } = server.address() as AddressInfo
  const url = `http://127.0.0.1:${port}`
  // Clients of this server connect as its owner unless a test says otherwise.
  const ownerCookie = await signIn(url, overrides.ownerToken ?? TEST_OWNER_TOKEN, 'Owner')
  setDefaultCookie(url, ownerCookie)
  return {
    kaigi,
    url,
    ownerCookie,
    syncUrl: `ws://127.0.0.1:${port}/sync`,
    databaseUrl,
    async close() {
      const stopped = new Promise((resolve) => server.close(resolve))
      server.closeAllConnections()
      // Websockets outlive the HTTP server's close until the sync layer ends them.
      await kaigi.close()
      await stopped
    },
    cleanup() {
      rmSync(folder, { recursive: true, force: true })
    },
  }
}
