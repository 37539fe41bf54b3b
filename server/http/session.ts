import type { Context, MiddlewareHandler } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { SESSION_COOKIE } from '../../shared/access'
import { ErrorCode } from '../../shared/errors'
import type { AccessStore } from '../access/access-store'
import { type Principal, SESSION_DAYS } from '../access/sign-in-sessions'
import type { AppEnv } from '../app-env'
import { AppError } from '../app-error'

/** Reads the session cookie of every request: `c.var.principal`. */
export function sessionMiddleware(access: AccessStore): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = getCookie(c, SESSION_COOKIE)
    const principal = await access.sessions.principal(token)
    c.set('principal', principal)
    await next()
    // A session in use stays: its cookie gets the new expiry too.
    if (token && principal?.renewed) setSessionCookie(c, token)
  }
}

/** Sets the session cookie: HttpOnly, SameSite=Lax, Secure over https, SESSION_DAYS long. */
export function setSessionCookie(c: Context<AppEnv>, token: string): void {
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    secure:
      new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https',
    sameSite: 'Lax',
    path: '/',
    maxAge: SESSION_DAYS * 24 * 60 * 60,
  })
}

/** The signed-in person, or a 401 that tells the client to sign in. */
export function requirePrincipal(c: Context<AppEnv>): Principal {
  const principal = c.get('principal')
  if (!principal) {
    throw new AppError(401, ErrorCode.Unauthorized, 'sign in through an invitation link first')
  }
  return principal
}
