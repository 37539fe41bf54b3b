import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client'
import { MessageState } from '../../shared/mail'
import { CloseCode, CloseReason } from '../../shared/protocol'
import type { MetricSources, Refusal, ScrapedMetrics } from './metrics'

/** The prefix of every metric Kaigi exposes. */
const PREFIX = 'kaigi_'

/**
 * The word each refusing close code is counted under (the label `reason`):
 * one fixed word per code, never the close's free text, which would give the
 * series no bound. 1000 and 1001 (unloaded, shutting down) are not refusals.
 */
const REFUSAL_OF_CODE: Partial<Record<number, string>> = {
  [CloseCode.UnsupportedData]: 'unsupported_data',
  [CloseCode.PolicyViolation]: 'flood',
  [CloseCode.MessageTooBig]: 'too_big',
  [CloseCode.InternalError]: 'internal_error',
  [CloseCode.TryAgainLater]: 'try_again_later',
  [CloseCode.MalformedMessage]: 'malformed',
  [CloseCode.Unauthorized]: 'unauthorized',
  [CloseCode.Forbidden]: 'forbidden',
  [CloseCode.MissingDependencies]: 'missing_dependencies',
}

/**
 * The ends of access (revoked, signed out) close with 4403 and 4401 too, but
 * they end a session rather than refuse its input.
 */
const ACCESS_ENDED = new Set<string>([CloseReason.Revoked, CloseReason.SignedOut])

// Commits take milliseconds (an fsync); a batch waiting seconds is a stuck disk.
const LATENCY_BUCKETS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5]
const BATCH_BUCKETS = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000]
// A programme renders in well under a second; a pack's zip in a few.
const RENDER_BUCKETS = [0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60]

/**
 * One Kaigi instance's metrics, on a registry of its own (never prom-client's
 * global one: tests run several servers in one process, and each must count
 * only its own). The parts that do the work call its methods; `/metrics`
 * renders it.
 */
export class PrometheusMetrics implements ScrapedMetrics {
  readonly registry = new Registry()
  private sources: MetricSources | null = null

  private readonly socketsOpen = new Gauge({
    name: `${PREFIX}sockets_open`,
    help: 'Sync websockets open on this process.',
    registers: [this.registry],
  })
  private readonly updatesAccepted = new Counter({
    name: `${PREFIX}updates_accepted_total`,
    help: 'Document updates committed to the update log.',
    registers: [this.registry],
  })
  private readonly syncRefusals = new Counter({
    name: `${PREFIX}sync_refusals_total`,
    help: 'Sync sockets the server closed as a refusal, by reason (one word per close code).',
    labelNames: ['reason'] as const,
    registers: [this.registry],
  })
  private readonly commitFailures = new Counter({
    name: `${PREFIX}commit_failures_total`,
    help: 'Batches of updates whose commit failed (their updates were refused to their senders).',
    registers: [this.registry],
  })
  private readonly commitLatency = new Histogram({
    name: `${PREFIX}commit_latency_seconds`,
    help: 'Time from an update being queued for commit to its commit, one observation per update.',
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  })
  private readonly batchSize = new Histogram({
    name: `${PREFIX}commit_batch_size`,
    help: 'Updates per committed batch (one transaction).',
    buckets: BATCH_BUCKETS,
    registers: [this.registry],
  })
  private readonly relayLatency = new Histogram({
    name: `${PREFIX}relay_latency_seconds`,
    help: 'Time from an update being queued for commit to its relay to the clients of this process.',
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  })
  private readonly redisLag = new Histogram({
    name: `${PREFIX}redis_lag_seconds`,
    help: 'Time from an update committed by another process to its arrival here through Redis.',
    buckets: LATENCY_BUCKETS,
    registers: [this.registry],
  })
  private readonly renders = new Counter({
    name: `${PREFIX}export_renders_total`,
    help: 'Export files rendered, by format and outcome (ok, failed).',
    labelNames: ['format', 'outcome'] as const,
    registers: [this.registry],
  })
  private readonly renderDuration = new Histogram({
    name: `${PREFIX}export_render_duration_seconds`,
    help: 'Time to render an export file, queueing on the export thread included, by format.',
    labelNames: ['format'] as const,
    buckets: RENDER_BUCKETS,
    registers: [this.registry],
  })

  constructor() {
    const sources = () => this.sources
    new Gauge({
      name: `${PREFIX}rooms_loaded`,
      help: 'Documents loaded in memory on this process.',
      registers: [this.registry],
      collect() {
        const from = sources()
        if (from) this.set(from.loadedRooms())
      },
    })
    new Gauge({
      name: `${PREFIX}outbox_messages`,
      help: 'Messages in the outbox, by state (queued, retrying, sent, failed).',
      labelNames: ['state'] as const,
      registers: [this.registry],
      async collect() {
        const from = sources()
        if (!from) return
        const counts = await from.outboxStates()
        for (const state of Object.values(MessageState)) this.set({ state }, counts[state] ?? 0)
      },
    })
    // CPU, memory, event-loop lag, on this registry only (they keep a GC
    // observer and an event-loop timer for the process's life).
    collectDefaultMetrics({ register: this.registry, prefix: PREFIX })
  }

  readFrom(sources: MetricSources): void {
    this.sources = sources
  }

  render(): Promise<string> {
    return this.registry.metrics()
  }

  get contentType(): string {
    return this.registry.contentType
  }

  socketOpened(): void {
    this.socketsOpen.inc()
  }

  socketClosed(): void {
    this.socketsOpen.dec()
  }

  socketClosedWith(code: number, reason: string): void {
    const refusal = REFUSAL_OF_CODE[code]
    if (refusal && !ACCESS_ENDED.has(reason)) this.syncRefusals.inc({ reason: refusal })
  }

  refused(refusal: Refusal): void {
    this.syncRefusals.inc({ reason: refusal })
  }

  batchCommitted(waitsSeconds: readonly number[]): void {
    if (waitsSeconds.length === 0) return
    this.updatesAccepted.inc(waitsSeconds.length)
    this.batchSize.observe(waitsSeconds.length)
    for (const wait of waitsSeconds) this.commitLatency.observe(wait)
  }

  commitFailed(): void {
    this.commitFailures.inc()
  }

  relayed(seconds: number): void {
    this.relayLatency.observe(seconds)
  }

  redisLagged(seconds: number): void {
    this.redisLag.observe(Math.max(0, seconds))
  }

  async timeRender<T>(format: string, render: () => Promise<T>): Promise<T> {
    const stop = this.renderDuration.startTimer({ format })
    try {
      const result = await render()
      this.renders.inc({ format, outcome: 'ok' })
      return result
    } catch (error) {
      this.renders.inc({ format, outcome: 'failed' })
      throw error
    } finally {
      stop()
    }
  }
}
