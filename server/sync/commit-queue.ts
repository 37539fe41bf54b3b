import { performance } from 'node:perf_hooks'
import type { Metrics } from '../metrics/metrics'
import type { DocStore, WrittenWith } from './doc-store'

interface Entry {
  docName: string
  /** The update to store, or null for a barrier that only waits its turn. */
  update: Uint8Array | null
  /** Written in the same transaction as the update. */
  with: WrittenWith
  onCommitted: () => void
  onFailed: (error: unknown) => void
  /** When it was queued (`performance.now()`), for the commit and relay latencies. */
  queuedAt: number
}

const seconds = (since: number, now: number) => (now - since) / 1000

/**
 * The single writer of the update log, with group commit: every update
 * accepted while a commit is under way joins the next batch, and a batch is
 * one transaction. Callbacks run in the order entries were queued, so a
 * room's relays and replies leave in the order its updates arrived.
 *
 * Store calls are serialised here (batches and maintenance tasks such as
 * compaction take turns), so nothing else ever writes the log concurrently.
 */
export class CommitQueue {
  private queue: Entry[] = []
  // Stryker disable next-line ArrayDeclaration: equivalent, a stray entry names no document, and the first batch replaces it.
  private inFlight: Entry[] = []
  private tasks: Array<() => Promise<void>> = []
  private scheduled = false
  private running: Promise<void> | null = null
  /** Whether a batch was committed since the event loop last reached its check phase. */
  private committedThisTurn = false

  constructor(
    private readonly store: DocStore,
    private readonly onError: (error: unknown) => void,
    private readonly metrics?: Metrics,
  ) {}

  /**
   * Queues `update` for `docName`, with what is written along with it (its
   * activity, other rows); `onCommitted` runs once all of it is durable.
   */
  append(
    docName: string,
    update: Uint8Array,
    onCommitted: () => void,
    onFailed: (error: unknown) => void,
    writtenWith: WrittenWith = {},
  ): void {
    this.queue.push({
      docName,
      update,
      with: writtenWith,
      onCommitted,
      onFailed,
      queuedAt: performance.now(),
    })
    this.schedule()
  }

  /** Whether anything of `docName` is queued or being committed. */
  holds(docName: string): boolean {
    const waiting = (entry: Entry) => entry.docName === docName
    return this.queue.some(waiting) || this.inFlight.some(waiting)
  }

  /**
   * Runs `fn` once every update of `docName` queued so far is durable: at
   * once if none is waiting.
   */
  afterCommitted(docName: string, fn: () => void, onFailed: (error: unknown) => void): void {
    if (!this.holds(docName)) {
      fn()
      return
    }
    this.queue.push({
      docName,
      update: null,
      with: {},
      onCommitted: fn,
      onFailed,
      queuedAt: performance.now(),
    })
  }

  /** Runs `task` between two batches, alone with the store. */
  exclusive(task: () => Promise<void>): void {
    this.tasks.push(task)
    this.schedule()
  }

  /**
   * Forgets the queued updates of `docName` (its room was reset: they were
   * never relayed). Its barriers stay: whoever waits on them still gets an answer.
   */
  discard(docName: string): void {
    const dropped = this.queue.filter((entry) => entry.docName === docName && entry.update)
    this.queue = this.queue.filter((entry) => !dropped.includes(entry))
    // Whoever waits on them learns they were never written, once the caller
    // (a room resetting itself) has finished.
    const error = new Error(`updates of ${docName} discarded: its room was reset`)
    queueMicrotask(() => {
      for (const entry of dropped) this.call(() => entry.onFailed(error))
    })
  }

  /** Resolves once everything queued so far has been written (or has failed). */
  async drain(): Promise<void> {
    while (this.running || this.queue.length > 0 || this.tasks.length > 0) {
      if (!this.running) this.running = this.flush()
      await this.running
    }
  }

  private schedule(): void {
    if (this.scheduled || this.running) return
    this.scheduled = true
    const start = () => {
      this.scheduled = false
      if (!this.running) this.running = this.flush()
    }
    // Under load (a batch committed in this turn of the event loop), wait
    // for the check phase: every frame already read from the sockets is
    // handled first, so the batch gathers all of them. After a quiet turn,
    // an edit that waited for the others would wait for none: it commits as
    // soon as its handler has run, and a burst beginning now costs at most
    // this one commit more.
    if (this.committedThisTurn) setImmediate(start)
    else queueMicrotask(start)
  }

  /** Notes a commit, until the event loop's next check phase. */
  private noteCommitted(): void {
    if (this.committedThisTurn) return
    this.committedThisTurn = true
    setImmediate(() => {
      this.committedThisTurn = false
    })
  }

  private async flush(): Promise<void> {
    try {
      while (this.queue.length > 0 || this.tasks.length > 0) {
        if (this.queue.length > 0) await this.commitBatch(this.queue.splice(0))
        const task = this.tasks.shift()
        if (task) await task().catch(this.onError)
      }
    } finally {
      this.running = null
    }
  }

  private async commitBatch(batch: Entry[]): Promise<void> {
    const writes = []
    for (const entry of batch) {
      if (entry.update) {
        writes.push({ docName: entry.docName, update: entry.update, ...entry.with })
      }
    }
    this.inFlight = batch
    try {
      await this.store.append(writes)
    } catch (error) {
      if (writes.length > 0) this.metrics?.commitFailed()
      for (const entry of batch) this.call(() => entry.onFailed(error))
      return
    } finally {
      // Stryker disable next-line ArrayDeclaration: equivalent, as the first empty list above.
      this.inFlight = []
    }
    if (writes.length > 0) this.noteCommitted()
    const updates = batch.filter((entry) => entry.update)
    const committedAt = performance.now()
    this.metrics?.batchCommitted(updates.map((entry) => seconds(entry.queuedAt, committedAt)))
    for (const entry of batch) this.call(entry.onCommitted)
    // The rooms relay each update in its callback: once they have all run,
    // every update of the batch has left for this process's clients.
    const relayedAt = performance.now()
    for (const entry of updates) this.metrics?.relayed(seconds(entry.queuedAt, relayedAt))
  }

  /** One failing callback must not keep the others, or later batches, from running. */
  private call(callback: () => void): void {
    try {
      callback()
    } catch (error) {
      this.onError(error)
    }
  }
}
