import type { Redis } from 'ioredis'
import type { RateLimiterAbstract } from 'rate-limiter-flexible'
// Each from its own file: the package's index loads all its limiters (see
// rate-limiter-flexible-files.d.ts).
import RateLimiterMemory from 'rate-limiter-flexible/lib/RateLimiterMemory.js'
import RateLimiterRedis from 'rate-limiter-flexible/lib/RateLimiterRedis.js'
import RateLimiterRes from 'rate-limiter-flexible/lib/RateLimiterRes.js'
import RLWrapperTimeouts from 'rate-limiter-flexible/lib/RLWrapperTimeouts.js'

/** How much a key may do: `burst` actions at once, `perSecond` on average after that. */
export interface Rate {
  burst: number
  perSecond: number
}

/**
 * A rate limit by key (a client address, a link, a person). With Redis the
 * count is shared by every Kaigi process on it, so that a client alternating
 * between processes behind a load balancer gets one allowance, not one each.
 */
export interface Limiter {
  /** Counts one action of `key`; false if it is over its allowance (the action is refused). */
  take(key: string): Promise<boolean>
  /** Whether `key` may act once more, without counting it. */
  allows(key: string): Promise<boolean>
}

/**
 * Redis keys of the limits start with this, then the limit's name: the
 * processes of one installation meet on the same keys.
 */
const KEY_PREFIX = 'kaigi:limit'

/**
 * How long a request waits for Redis's count before the process counts
 * alone: Redis answers in well under a millisecond, and a Redis that hangs
 * (paused, or a network that drops packets without closing the connection)
 * must not hold every public request with it.
 */
const REDIS_TIMEOUT_MS = 250

/**
 * A limit named `name` (the same name in every process: its Redis key),
 * shared through `redis` when there is one, per process otherwise.
 *
 * rate-limiter-flexible counts in fixed windows where the token bucket
 * refilled continuously: `burst` points per window of `burst / perSecond`
 * seconds (the time an empty bucket took to fill again). A key gets the same
 * burst at once and the same pace over a long run; the difference is that
 * a key refused stays refused until its window ends (up to that many
 * seconds, 30 for the public reads) rather than getting a token back each
 * `1 / perSecond`, and that a key may spend two bursts across the end of a
 * window. Windows are whole seconds because Redis expires keys in seconds.
 */
export function createLimiter(name: string, rate: Rate, redis: Redis | null): Limiter {
  const options = {
    keyPrefix: `${KEY_PREFIX}:${name}`,
    points: rate.burst,
    duration: Math.max(1, Math.ceil(rate.burst / rate.perSecond)),
  }
  const limiter: RateLimiterAbstract = redis
    ? new RLWrapperTimeouts({
        limiter: new RateLimiterRedis({
          ...options,
          storeClient: redis,
          useRedisPackage: false,
          rejectIfRedisNotReady: true,
        }),
        timeoutMs: REDIS_TIMEOUT_MS,
        // While Redis is away (the connection refuses commands at once) or
        // slow to answer, each process counts alone: a client may then get
        // one allowance per process, which is better than refusing everyone
        // (Redis down would take the public pages down) or letting a flood
        // through unlimited.
        insuranceLimiter: new RateLimiterMemory(options),
      })
    : new RateLimiterMemory(options)
  return {
    async take(key) {
      try {
        await limiter.consume(key)
        return true
      } catch (outcome) {
        // A refusal comes as a RateLimiterRes; anything else is a failure of
        // the insurance itself, which no request should be answered through.
        if (outcome instanceof RateLimiterRes) return false
        throw outcome
      }
    },
    async allows(key) {
      const counted = await limiter.get(key)
      return counted === null || counted.remainingPoints > 0
    },
  }
}
