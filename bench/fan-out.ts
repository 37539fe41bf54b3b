import * as Y from 'yjs'
import { DIALECTS } from './dialects'
import { watchOtherLoad } from './proc-stats'
import { type ServerKind, startServer } from './server-process'
import { sleep } from './stats'
import { SyncClient } from './sync-client'

/**
 * Fan-out: one writer and N subscribers on one document of one server. The
 * writer types one character at a time at a fixed pace. All clients live in
 * this process, the server in its own; on two cores each gets one.
 *
 * Latency of an edit: from the writer's call to `insert` (whose update is
 * sent synchronously, in the same call) until the LAST subscriber has
 * received it: its frame arrived and was decoded in that subscriber's
 * message handler. Edit i is the writer's character at clock i, so the
 * update's meta (client, clock range) says which edits it holds. Times are
 * performance.now() in this one process. Subscribers apply the updates right
 * after the measured edits (see `deferUpdates` in sync-client.ts for why),
 * and every replica must then equal the writer's text.
 */

export interface FanOutOptions {
  subscribers: number
  /** Measured edits. */
  edits: number
  /** Edits made first and not measured: they warm the JIT of server and clients. */
  warmupEdits: number
  /** Time between two edits' starts. */
  paceMs: number
}

export interface FanOutResult {
  server: ServerKind
  subscribers: number
  /** Per measured edit: until every subscriber had it, ms. */
  latenciesMs: number[]
  /** Per measured edit: until the first subscriber had it, ms (the server's own delay, roughly). */
  firstArrivalsMs: number[]
  /** From opening N sockets at once until all N have the server's sync step 2, ms. */
  syncAllMs: number
  /** Server CPU seconds while the N subscribers joined (awareness included) and settled. */
  joinCpuSeconds: number
  /** Server CPU seconds during the measured edits. */
  editCpuSeconds: number
  /** Peak resident memory of the server process, bytes. */
  peakRssBytes: number
  /** Resident memory once started, with only the writer connected, bytes. */
  startRssBytes: number
  /** CPU seconds of this (client) process during the measured edits. */
  clientCpuSeconds: number
  /** Frames each subscriber received, on average (awareness included). */
  framesPerSubscriber: number
  /** CPU used by other processes on the machine during the measured edits, in cores. */
  otherLoad: number
}

const CONNECT_TIMEOUT_MS = 60_000
const DELIVERY_TIMEOUT_MS = 60_000
const QUIET_MS = 300
const MAX_SETTLE_MS = 20_000

export async function runFanOut(kind: ServerKind, options: FanOutOptions): Promise<FanOutResult> {
  const dialect = DIALECTS[kind]
  const server = await startServer(kind)
  const docName = 'fan-out'
  const clients: SyncClient[] = []
  let lastFrameAt = performance.now()
  const onFrame = () => {
    lastFrameAt = performance.now()
  }
  try {
    // Each client signs in as its own person, before anything is timed.
    const cookies = await Promise.all(
      Array.from({ length: options.subscribers + 1 }, () => server.newCookie()),
    )
    const writer = new SyncClient(dialect, server.port, docName, {
      cookie: cookies[options.subscribers],
      onFrame,
      presence: { user: { name: 'writer' } },
    })
    clients.push(writer)
    await within(writer.synced, CONNECT_TIMEOUT_MS, () => `${kind}: the writer did not sync`)

    const startRssBytes = server.rssBytes()
    const totalEdits = options.warmupEdits + options.edits
    const tracker = new DeliveryTracker(totalEdits, options.subscribers)
    const writerId = writer.doc.clientID

    const cpuBeforeJoin = server.cpuSeconds()
    const joinStart = performance.now()
    const subscribers: SyncClient[] = []
    for (let i = 0; i < options.subscribers; i++) {
      const subscriber = new SyncClient(dialect, server.port, docName, {
        cookie: cookies[i],
        onFrame,
        deferUpdates: true,
        onUpdate: (update) => {
          const now = performance.now()
          const meta = Y.parseUpdateMeta(update)
          const from = meta.from.get(writerId)
          const to = meta.to.get(writerId)
          if (from !== undefined && to !== undefined) tracker.seen(i, from, to, now)
        },
        presence: { user: { name: `subscriber ${i}` } },
      })
      subscribers.push(subscriber)
      clients.push(subscriber)
    }
    await within(Promise.all(subscribers.map((s) => s.synced)), CONNECT_TIMEOUT_MS, () => {
      const synced = subscribers.filter((s) => s.isSynced).length
      return `${kind}: only ${synced} of ${options.subscribers} subscribers synced; ${failures(clients)}`
    })
    const syncAllMs = performance.now() - joinStart
    // Joining makes every client's presence reach every other: let that
    // traffic end so the edits are measured alone.
    await settle(() => lastFrameAt)
    const joinCpuSeconds = server.cpuSeconds() - cpuBeforeJoin

    await makeEdits(writer, 0, options.warmupEdits, options.paceMs)
    await within(tracker.deliveredUpTo(options.warmupEdits), DELIVERY_TIMEOUT_MS, () =>
      tracker.describeLag(kind, options.warmupEdits),
    )
    await settle(() => lastFrameAt)

    const otherLoad = watchOtherLoad(() => server.cpuSeconds())
    const cpuBeforeEdits = server.cpuSeconds()
    const clientCpuBefore = process.cpuUsage()
    const sentAt = await makeEdits(writer, options.warmupEdits, totalEdits, options.paceMs)
    await within(tracker.deliveredUpTo(totalEdits), DELIVERY_TIMEOUT_MS, () =>
      tracker.describeLag(kind, totalEdits),
    )
    const clientCpu = process.cpuUsage(clientCpuBefore)
    const editCpuSeconds = server.cpuSeconds() - cpuBeforeEdits
    const peakRssBytes = server.peakRssBytes()
    const otherLoadDuringEdits = otherLoad()

    for (const subscriber of subscribers) subscriber.applyDeferred()
    verifyReplicas(kind, writer, subscribers, totalEdits)

    const latencies: number[] = []
    const firstArrivals: number[] = []
    for (let edit = options.warmupEdits; edit < totalEdits; edit++) {
      const sent = sentAt[edit - options.warmupEdits] as number
      latencies.push((tracker.lastAt[edit] as number) - sent)
      firstArrivals.push((tracker.firstAt[edit] as number) - sent)
    }
    const frames = subscribers.reduce((sum, s) => sum + s.framesReceived, 0)
    return {
      server: kind,
      subscribers: options.subscribers,
      latenciesMs: latencies,
      firstArrivalsMs: firstArrivals,
      syncAllMs,
      joinCpuSeconds,
      editCpuSeconds,
      peakRssBytes,
      startRssBytes,
      clientCpuSeconds: (clientCpu.user + clientCpu.system) / 1e6,
      framesPerSubscriber: frames / options.subscribers,
      otherLoad: otherLoadDuringEdits,
    }
  } finally {
    for (const client of clients) client.close()
    await server.stop()
  }
}

/**
 * Types characters `from` to `to` (exclusive) at the end of the writer's
 * text, one every `paceMs`, on a fixed schedule (a late edit does not push
 * the later ones back). Returns when each edit was made.
 */
async function makeEdits(
  writer: SyncClient,
  from: number,
  to: number,
  paceMs: number,
): Promise<number[]> {
  const sentAt: number[] = []
  const start = performance.now()
  for (let edit = from; edit < to; edit++) {
    const due = start + (edit - from) * paceMs
    const wait = due - performance.now()
    if (wait > 0) await sleep(wait)
    sentAt.push(performance.now())
    writer.text.insert(writer.text.length, characterOf(edit))
  }
  return sentAt
}

/** Edit i types a letter from a cycle, so a replica with edits out of order differs. */
const characterOf = (edit: number): string => String.fromCharCode(97 + (edit % 26))

/** Fails the run loudly unless every replica holds exactly what the writer typed. */
function verifyReplicas(
  kind: ServerKind,
  writer: SyncClient,
  subscribers: SyncClient[],
  totalEdits: number,
): void {
  let expected = ''
  for (let edit = 0; edit < totalEdits; edit++) expected += characterOf(edit)
  const problems: string[] = []
  if (writer.text.toString() !== expected) problems.push('the writer lost its own text')
  subscribers.forEach((subscriber, i) => {
    const text = subscriber.text.toString()
    if (text !== expected) {
      problems.push(`subscriber ${i} has ${text.length} characters, not the writer's ${totalEdits}`)
    }
  })
  const failed = failures([writer, ...subscribers])
  if (failed) problems.push(failed)
  if (problems.length > 0) {
    throw new Error(
      `${kind}: replicas differ from the writer:\n  ${problems.slice(0, 10).join('\n  ')}`,
    )
  }
}

function failures(clients: SyncClient[]): string {
  const failed = clients.filter((c) => c.failure)
  return failed.length === 0 ? '' : `${failed.length} clients failed, e.g. ${failed[0]?.failure}`
}

/** Waits until no frame arrived for QUIET_MS (or MAX_SETTLE_MS passed). */
async function settle(lastFrameAt: () => number): Promise<void> {
  const start = performance.now()
  while (performance.now() - lastFrameAt() < QUIET_MS) {
    if (performance.now() - start > MAX_SETTLE_MS) return
    await sleep(50)
  }
}

async function within<T>(promise: Promise<T>, ms: number, describe: () => string): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`timed out after ${ms} ms: ${describe()}`)), ms)
  })
  try {
    return await Promise.race([promise, timeout])
  } finally {
    clearTimeout(timer)
  }
}

/** For each edit: when the first and the last subscriber had it. */
class DeliveryTracker {
  readonly firstAt: Float64Array
  readonly lastAt: Float64Array
  /** Per edit, how many subscribers still lack it. */
  private readonly missing: Int32Array
  /** Per subscriber, which edits it has received. */
  private readonly received: Uint8Array[]
  private waiters: Array<{ upTo: number; resolve: () => void }> = []
  /** Edits 0..complete-1 have reached every subscriber. */
  private complete = 0

  constructor(
    private readonly edits: number,
    private readonly subscribers: number,
  ) {
    this.firstAt = new Float64Array(edits)
    this.lastAt = new Float64Array(edits)
    this.missing = new Int32Array(edits).fill(subscribers)
    this.received = Array.from({ length: subscribers }, () => new Uint8Array(edits))
  }

  /** Subscriber `index` received the writer's edits `from` to `to` (exclusive) at `now`. */
  seen(index: number, from: number, to: number, now: number): void {
    const received = this.received[index] as Uint8Array
    for (let edit = from; edit < Math.min(to, this.edits); edit++) {
      if (received[edit]) continue
      received[edit] = 1
      if (this.missing[edit] === this.subscribers) this.firstAt[edit] = now
      this.missing[edit] = (this.missing[edit] as number) - 1
      if (this.missing[edit] === 0) this.lastAt[edit] = now
    }
    while (this.complete < this.edits && this.missing[this.complete] === 0) this.complete++
    if (this.waiters.length === 0) return
    this.waiters = this.waiters.filter((waiter) => {
      if (waiter.upTo > this.complete) return true
      waiter.resolve()
      return false
    })
  }

  deliveredUpTo(upTo: number): Promise<void> {
    if (this.complete >= upTo) return Promise.resolve()
    return new Promise((resolve) => this.waiters.push({ upTo, resolve }))
  }

  describeLag(kind: ServerKind, upTo: number): string {
    const behind = this.received.filter((received) => received.subarray(0, upTo).includes(0))
    return `${kind}: ${this.complete} of ${upTo} edits reached everyone; ${behind.length} subscribers lack some`
  }
}
