import type { Context, MiddlewareHandler } from 'hono'
import { ErrorCode } from '../../shared/errors'
import type { AppEnv } from '../app-env'
import { AppError } from '../app-error'
import type { Limiter } from '../limits/limiter'

/** Whose allowance a request spends. */
export type LimitKey = (c: Context<AppEnv>) => string

/** The client's address (behind the trusted proxies): anyone not signed in. */
export const byAddress: LimitKey = (c) => c.get('clientAddress')

/** A signed-in person is one reader wherever they are; anyone else, their address. */
export const byReader: LimitKey = (c) => {
  const principal = c.get('principal')
  return principal ? `person:${principal.personId}` : `address:${c.get('clientAddress')}`
}

const WAIT = 'too many requests: wait a moment'

/**
 * Spends one action of `key`'s allowance; over it, refuses the request with
 * 429 and `message`. For a limit that counts only some requests of a route
 * (a file made, not one sent from the cache), at the moment it applies.
 */
export async function spend(limiter: Limiter, key: string, message = WAIT): Promise<void> {
  if (!(await limiter.take(key))) throw new AppError(429, ErrorCode.TooManyRequests, message)
}

/** The same before a route runs: each request spends one action of `keyOf`'s allowance. */
export const rateLimit =
  (limiter: Limiter, keyOf: LimitKey, message = WAIT): MiddlewareHandler<AppEnv> =>
  async (c, next) => {
    await spend(limiter, keyOf(c), message)
    await next()
  }
