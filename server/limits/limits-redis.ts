import type { Redis } from 'ioredis'
import type { Logger } from '../logger'
import { connectRedis, whenReady } from '../redis/redis-connection'

/**
 * The one Redis connection the rate limits share, when `url` is set; null
 * for a single process. A Redis that cannot be reached at start stops the
 * start: REDIS_URL says the limits are to be shared, and a typo in it should
 * not go unnoticed as a process quietly counting alone.
 */
export async function openLimitsRedis(url: string | undefined, log: Logger): Promise<Redis | null> {
  if (!url) return null
  const redis = connectRedis(url, log, 'limits')
  try {
    await whenReady(redis)
  } catch (error) {
    redis.disconnect()
    throw error
  }
  return redis
}
