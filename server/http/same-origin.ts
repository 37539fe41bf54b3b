import type { MiddlewareHandler } from 'hono'
import { ErrorCode } from '../../shared/errors'
import type { AppEnv } from '../app-env'
import { AppError } from '../app-error'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * Whether a request comes from one of Kaigi's own pages, or from no page at
 * all. A browser names the page's origin in `Origin` on every state-changing
 * request (and `Sec-Fetch-Site` on all of them); a request that carries
 * neither comes from a program (a script, a test), which holds no victim's
 * cookie to abuse. `allowed` adds origins (a development server).
 */
export function isSameOrigin(
  headers: {
    origin?: string | undefined
    host?: string | undefined
    fetchSite?: string | undefined
  },
  allowed: readonly string[] = [],
): boolean {
  if (headers.origin !== undefined) {
    if (allowed.includes(headers.origin)) return true
    try {
      return new URL(headers.origin).host === headers.host
    } catch {
      return false
    }
  }
  if (headers.fetchSite !== undefined) {
    return headers.fetchSite === 'same-origin' || headers.fetchSite === 'none'
  }
  return true
}

/**
 * CSRF protection: a state-changing request from another site's page is
 * refused before any route sees it.
 */
export function sameOriginMiddleware(allowed: readonly string[]): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const sameOrigin = isSameOrigin(
        {
          origin: c.req.header('origin'),
          host: c.req.header('host'),
          fetchSite: c.req.header('sec-fetch-site'),
        },
        allowed,
      )
      if (!sameOrigin) {
        throw new AppError(403, ErrorCode.CrossOrigin, 'requests from other sites are refused')
      }
    }
    await next()
  }
}
