import type { MessageState } from '../../shared/mail'

/** What is refused without a close code of its own. */
export const Refusal = {
  /** A frame ws could not read (bad framing, bad UTF-8 in a close): ws closed it itself. */
  BadFrame: 'bad_frame',
  /** The client read too slowly: closed (1013) before its backlog costs memory. */
  TooSlow: 'too_slow',
  /** A websocket upgrade the sync route turned away (no session, no access, bad name). */
  Upgrade: 'upgrade',
  /** A websocket upgrade refused as one too many (per person, or refusals per address). */
  UpgradeLimit: 'upgrade_limit',
} as const
export type Refusal = (typeof Refusal)[keyof typeof Refusal]

/** What the gauges read at each scrape, from the parts that hold it. */
export interface MetricSources {
  /** Rooms in memory (`RoomRegistry.loadedCount`). */
  loadedRooms(): number
  /** Outbox messages by state, in one query (`OutboxStore.countByState`). */
  outboxStates(): Promise<Partial<Record<MessageState, number>>>
}

/**
 * What the parts that do the work tell of it: counted where a scraper can
 * read it (`PrometheusMetrics`), not at all where none can (`UNCOUNTED`).
 */
export interface Metrics {
  /** Gives the gauges read at scrape time their sources, once the parts exist. */
  readFrom(sources: MetricSources): void
  socketOpened(): void
  socketClosed(): void
  /**
   * Counts a close the server makes of a sync socket, if it refuses
   * something: `reason` is the close's text, read only to tell an access
   * that ended (revoked, signed out) from a refusal.
   */
  socketClosedWith(code: number, reason: string): void
  /** Counts a refusal that has no close code of its own. */
  refused(refusal: Refusal): void
  /** One committed batch: its size, and each of its updates' wait since it was queued. */
  batchCommitted(waitsSeconds: readonly number[]): void
  commitFailed(): void
  /** An update relayed to this process's clients, `seconds` after it was queued. */
  relayed(seconds: number): void
  /**
   * For the Redis sync bus: an update another process committed reached
   * this one `seconds` later (the publisher's commit time, carried in the
   * message, against this process's clock on arrival).
   */
  redisLagged(seconds: number): void
  /** Times one render of `format` ('programme.pdf', 'pack', 'zip'…): counted on its outcome. */
  timeRender<T>(format: string, render: () => Promise<T>): Promise<T>
}

/** Metrics as a scraper reads them. */
export interface ScrapedMetrics extends Metrics {
  /** The Prometheus text exposition of everything, gauges read now. */
  render(): Promise<string>
  readonly contentType: string
}

/** What `GET /metrics` serves, and to whom: a scraper holding `token` (METRICS_TOKEN). */
export interface MetricsScrape {
  token: string
  metrics: ScrapedMetrics
}

const nothing = () => {}

/** The metrics of an instance no scraper can read: nothing is counted. */
export const UNCOUNTED: Metrics = {
  readFrom: nothing,
  socketOpened: nothing,
  socketClosed: nothing,
  socketClosedWith: nothing,
  refused: nothing,
  batchCommitted: nothing,
  commitFailed: nothing,
  relayed: nothing,
  redisLagged: nothing,
  timeRender: (_format, render) => render(),
}

/**
 * The scrape of this instance's metrics, with the scraper's token
 * (METRICS_TOKEN); none without one, as nobody else may read them. Then
 * prom-client is never loaded: its registry, histograms and the process's
 * own figures (a GC observer, an event-loop timer) would cost memory at
 * every start and work at every edit for no reader, and the parts count
 * into `UNCOUNTED`.
 */
export async function openMetricsScrape(token: string | undefined): Promise<MetricsScrape | null> {
  if (!token) return null
  const { PrometheusMetrics } = await import('./prometheus-metrics')
  return { token, metrics: new PrometheusMetrics() }
}
