import type { Context } from 'hono'
import type { AppEnv } from './app-env'

/**
 * The address a request came from, for rate limits. Kaigi serves directly;
 * behind a reverse proxy every request would share the proxy's address.
 */
export const clientAddress = (c: Context<AppEnv>): string =>
  c.env?.incoming?.socket.remoteAddress ?? 'unknown'
