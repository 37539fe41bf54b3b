import { Redis, type RedisOptions } from 'ioredis'
import type { Logger } from '../logger'

/**
 * Opens a connection to the Redis at `url` (`redis://host:port`, `rediss://`
 * for TLS). It reconnects by itself after Redis restarts or the network
 * pauses, retrying at a growing interval capped at two seconds; commands made
 * meanwhile fail at once rather than pile up in memory (the sync bus and the
 * limits say what each does then).
 */
export function connectRedis(
  url: string,
  log: Logger,
  role: string,
  options: RedisOptions = {},
): Redis {
  const redis = new Redis(url, {
    ...options,
    lazyConnect: false,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    retryStrategy: (attempt) => Math.min(attempt * 100, 2000),
  })
  let wasReady = false
  redis.on('ready', () => {
    log.info({ redis: role, again: wasReady }, 'redis connected')
    wasReady = true
  })
  redis.on('error', (error) => log.warn({ redis: role, err: error.message }, 'redis error'))
  redis.on('end', () => log.debug({ redis: role }, 'redis connection ended'))
  return redis
}

/** Resolves once `redis` is ready to take commands (the first connection at start). */
export function whenReady(redis: Redis): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve()
  return new Promise((resolve, reject) => {
    const onReady = () => {
      redis.off('error', onError)
      resolve()
    }
    const onError = (error: Error) => {
      redis.off('ready', onReady)
      reject(new Error(`Redis is not reachable: ${error.message}`))
    }
    redis.once('ready', onReady)
    redis.once('error', onError)
  })
}
