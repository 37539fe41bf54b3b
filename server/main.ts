import { mkdirSync } from 'node:fs'
import type { Server } from 'node:http'
import { dirname } from 'node:path'
import { serve } from '@hono/node-server'
import { DEMO_SEEDS } from './editions/demo-seeds'
import { readEnv } from './env'
import { createKaigi } from './kaigi'
import { createLogger } from './logger'

/**
 * Starts Kaigi. Not a module's top-level await: the built server is a
 * CommonJS file, which V8 can cache compiled (scripts/build.mjs).
 */
async function main(): Promise<void> {
  const env = readEnv()
  const log = createLogger(env.LOG_LEVEL)

  if (env.DATABASE_URL.startsWith('file:')) {
    // SQLite creates the file but not its folder (./data on a fresh clone).
    mkdirSync(dirname(env.DATABASE_URL.slice('file:'.length)), { recursive: true })
  }

  const kaigi = await createKaigi({
    databaseUrl: env.DATABASE_URL,
    databaseAuthToken: env.DATABASE_AUTH_TOKEN,
    databaseSynchronous: env.DATABASE_SYNCHRONOUS,
    log,
    clientDir: env.CLIENT_DIR,
    maxMessageBytes: env.MAX_MESSAGE_BYTES,
    messagesPerSecond: env.MAX_MESSAGES_PER_SECOND,
    unloadDelayMs: env.ROOM_UNLOAD_DELAY_MS,
    compactAfterUpdates: env.COMPACT_AFTER_UPDATES,
    seeds: DEMO_SEEDS,
    ownerToken: env.KAIGI_OWNER_TOKEN,
    allowedOrigins: env.ALLOWED_ORIGINS,
    publicUrl: env.PUBLIC_URL ?? `http://${env.HOST}:${env.PORT}`,
    trustedProxies: env.TRUST_PROXY,
    redisUrl: env.REDIS_URL,
    metricsToken: env.METRICS_TOKEN,
    mail: {
      smtpUrl: env.SMTP_URL,
      from: env.MAIL_FROM,
      replyTo: env.MAIL_REPLY_TO,
      perMinute: env.MAIL_PER_MINUTE,
      outboxDir: env.MAIL_OUTBOX_DIR,
      leaseMs: env.MAIL_LEASE_SECONDS * 1000,
    },
  })

  const server = serve({ fetch: kaigi.app.fetch, port: env.PORT, hostname: env.HOST }, (info) => {
    log.info(
      { event: 'listening', host: env.HOST, port: info.port },
      `Kaigi on http://${env.HOST}:${info.port}`,
    )
    if (kaigi.ownerLinkPath) {
      // Shown once: the database keeps only the link's hash.
      const link = `http://${env.HOST}:${info.port}${kaigi.ownerLinkPath}`
      // The token signs its holder in as the owner: the log, which is kept,
      // shipped and read by others, says only that a link exists and until when.
      log.info(
        { event: 'owner-link', expiresAt: kaigi.ownerLinkExpiresAt },
        'owner sign-in link created (printed on the terminal, not logged)',
      )
      process.stderr.write(
        `\nKaigi's first start: open this link to sign in as its owner (valid 7 days, once):\n  ${link}\n` +
          'Lost it? `npm run owner-link` makes a new one.\n\n',
      )
    }
  }) as Server
  kaigi.attach(server)

  let stopping = false
  async function shutdown(signal: string): Promise<void> {
    if (stopping) {
      // A second Ctrl-C: whoever pressed it will not wait. An edit is relayed
      // only once committed, and a client sends again what was not.
      if (signal === 'SIGINT') {
        log.warn({ signal }, 'stopped before the shutdown ended')
        process.exit(130)
      }
      return
    }
    stopping = true
    log.info({ signal }, 'shutting down')
    server.close()
    await kaigi.close()
    log.info('stopped')
    process.exit(0)
  }
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  process.on('SIGINT', () => void shutdown('SIGINT'))
}

main().catch((error: unknown) => {
  console.error('Kaigi could not start:', error)
  process.exit(1)
})
