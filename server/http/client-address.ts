import type { IncomingMessage } from 'node:http'

/**
 * The address a request came from, for rate limits. Served directly, it is
 * the socket's. Behind `trustedProxies` reverse proxies (`TRUST_PROXY`),
 * every request would share the last proxy's address: the client's is then
 * the one the first proxy wrote into `X-Forwarded-For`, counted from the end
 * (each proxy appends its peer; anything before was written by the client
 * and proves nothing).
 */
export function clientAddress(request: IncomingMessage, trustedProxies: number): string {
  const socketAddress = request.socket.remoteAddress ?? 'unknown'
  if (trustedProxies <= 0) return socketAddress
  const header = request.headers['x-forwarded-for']
  const forwarded = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  // Fewer entries than proxies: the request did not come through them all.
  return forwarded[forwarded.length - trustedProxies] ?? socketAddress
}
