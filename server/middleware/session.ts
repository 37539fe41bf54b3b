import type { Context, MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { SESSION_COOKIE } from '../../shared/access'
import { ErrorCode } from '../../shared/errors'
import type { AccessStore, Principal } from '../access/access-store'
import type { AppEnv } from '../app-env'
import { AppError } from '../app-error'

/** Reads the session cookie of every request: `c.var.principal`. */
export function sessionMiddleware(access: AccessStore): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    c.set('principal', await access.principal(getCookie(c, SESSION_COOKIE)))
    await next()
  }
}

/** The signed-in person, or a 401 that tells the client to sign in. */
export function requirePrincipal(c: Context<AppEnv>): Principal {
  const principal = c.get('principal')
  if (!principal) {
    throw new AppError(401, ErrorCode.Unauthorized, 'sign in through an invitation link first')
  }
  return principal
}
