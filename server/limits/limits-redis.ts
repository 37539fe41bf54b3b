import type { Redis } from 'ioredis'
import type { Logger } from '../logger'

/**
 * The one Redis connection the rate limits share, when `url` is set; null
 * for a single process. A Redis that cannot be reached at start stops the
 * start: REDIS_URL says the limits are to be shared, and a typo in it should
 * not go unnoticed as a process quietly counting alone.
 */
export async function openLimitsRedis(url: string | undefined, log: Logger): Promise<Redis | null> {
  if (!url) return null
  // Loaded only then: a single process never loads ioredis.
  const { connectRedis, whenReady } = await import('../redis/redis-connection')
  const redis = connectRedis(url, log, 'limits')
  try {
    await whenReady(redis)
  } catch (error) {
    redis.disconnect()
    throw error
  }
  return redis
}
