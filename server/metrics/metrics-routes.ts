import { createHash, timingSafeEqual } from 'node:crypto'
import { Hono } from 'hono'
import { ErrorCode } from '../../shared/errors'
import type { AppEnv } from '../app-env'
import { AppError } from '../app-error'
import type { MetricsScrape } from './metrics'

// Digests, so that both sides of the comparison have one length whatever was sent.
const digest = (text: string) => createHash('sha256').update(text).digest()

/**
 * `GET /metrics` in the Prometheus text format, for a scraper holding
 * `METRICS_TOKEN` as its bearer token. Without a token configured the route
 * does not exist (404), so that the metrics are never public by accident.
 */
export function metricsRoutes(scrape: MetricsScrape | null) {
  return new Hono<AppEnv>().get('/metrics', async (c) => {
    if (!scrape) throw new AppError(404, ErrorCode.NotFound, `no route for ${c.req.path}`)
    const sent = c.req.header('authorization')?.match(/^Bearer (.+)$/i)?.[1]
    if (!sent || !timingSafeEqual(digest(sent), digest(scrape.token))) {
      c.header('WWW-Authenticate', 'Bearer')
      c.header('Cache-Control', 'no-store')
      throw new AppError(401, ErrorCode.Unauthorized, 'the metrics need their bearer token')
    }
    const body = await scrape.metrics.render()
    return c.body(body, 200, {
      'Content-Type': scrape.metrics.contentType,
      'Cache-Control': 'no-store',
    })
  })
}
