/**
 * The writer's own promises, against a store that records its calls and
 * holds each until the test lets it finish: store calls never overlap, a
 * maintenance task alone asks the store for nothing, and updates discarded
 * by a room's reset are reported failed to whoever waits on them, never
 * committed.
 */
import type { Histogram } from 'prom-client'
import { describe, expect, it } from 'vitest'
import { PrometheusMetrics } from '../../../server/metrics/prometheus-metrics'
import { CommitQueue } from '../../../server/sync/commit-queue'
import type { DocStore, PendingUpdate } from '../../../server/sync/doc-store'
import { until } from '../../helpers/clients'

/** A store whose appends wait for `release()`; it counts the appends under way at once. */
class RecordingStore implements DocStore {
  readonly appended: PendingUpdate[][] = []
  underWay = 0
  mostAtOnce = 0
  private releases: Array<() => void> = []

  async load() {
    return { snapshot: null, updates: [], clientOwners: [], through: 0 }
  }
  async compact() {}
  async pruneFolded() {
    return 0
  }
  async loadSince() {
    return { snapshot: null, updates: [], through: 0 }
  }
  async append(updates: readonly PendingUpdate[]): Promise<void> {
    this.appended.push([...updates])
    this.underWay++
    this.mostAtOnce = Math.max(this.mostAtOnce, this.underWay)
    await new Promise<void>((resolve) => this.releases.push(resolve))
    this.underWay--
  }
  /** Lets every append under way finish. */
  release(): void {
    for (const release of this.releases.splice(0)) release()
  }
}

const turn = () => new Promise((resolve) => setImmediate(resolve))
const bytes = (n: number) => new Uint8Array([n])
const noError = (error: unknown) => {
  throw error
}

/**
 * Appends update `n` and tells how many batches the store had been given
 * when the event loop reached its next check phase: one more than before if
 * the update committed without waiting for it.
 */
async function batchesAtCheckPhase(
  writer: CommitQueue,
  store: RecordingStore,
  n: number,
): Promise<number> {
  let batches = -1
  // Queued first, so it runs at the check phase before anything the queue schedules there.
  setImmediate(() => {
    batches = store.appended.length
  })
  writer.append('doc', bytes(n), () => {}, noError)
  await turn()
  return batches
}

describe('the commit queue', () => {
  it('never runs two appends at once, when updates arrive or drain is called mid-commit', async () => {
    const store = new RecordingStore()
    const writer = new CommitQueue(store, noError)
    const committed: number[] = []
    writer.append('doc', bytes(1), () => committed.push(1), noError)
    void writer.drain() // starts the batch before its scheduled turn
    await turn() // the scheduled turn finds it running
    writer.append('doc', bytes(2), () => committed.push(2), noError)
    const drained = writer.drain() // while the first batch is held
    await turn()
    await turn()
    expect(store.appended).toHaveLength(1)
    store.release()
    await until(() => store.appended.length === 2, 10_000, 'the second batch')
    store.release()
    await drained
    expect(store.mostAtOnce).toBe(1)
    expect(store.appended.map((batch) => batch.map((u) => u.update[0]))).toEqual([[1], [2]])
    expect(committed).toEqual([1, 2])
  })

  it('asks the store for nothing when only a maintenance task is queued', async () => {
    const store = new RecordingStore()
    const writer = new CommitQueue(store, noError)
    let ran = false
    writer.exclusive(async () => {
      ran = true
    })
    await writer.drain()
    expect(ran).toBe(true)
    expect(store.appended).toEqual([])
  })

  it('reports discarded updates failed to whoever waits on them, and never commits them', async () => {
    const store = new RecordingStore()
    const writer = new CommitQueue(store, noError)
    const outcomes: string[] = []
    // One batch is under way: the next updates wait in the queue.
    writer.append('other', bytes(0), () => outcomes.push('other committed'), noError)
    await turn()
    writer.append(
      'doc',
      bytes(1),
      () => outcomes.push('committed'),
      (error) => outcomes.push(`failed: ${(error as Error).message}`),
    )
    writer.discard('doc')
    await Promise.resolve() // the failure is told once the caller has finished
    store.release()
    await writer.drain()
    expect(outcomes).toEqual([
      'failed: updates of doc discarded: its room was reset',
      'other committed',
    ])
    expect(store.appended.flat().map((u) => u.docName)).toEqual(['other'])
  })

  it('runs every callback of a batch, and later batches, when one callback throws', async () => {
    const store = new RecordingStore()
    const errors: string[] = []
    const writer = new CommitQueue(store, (error) => errors.push((error as Error).message))
    const committed: number[] = []
    writer.append(
      'doc',
      bytes(1),
      () => {
        throw new Error('a room failed to relay')
      },
      noError,
    )
    writer.append('doc', bytes(2), () => committed.push(2), noError)
    await turn()
    store.release()
    await until(() => committed.length === 1, 5_000, 'the second callback')
    writer.append('doc', bytes(3), () => committed.push(3), noError)
    await turn()
    store.release()
    await writer.drain()
    expect(committed).toEqual([2, 3])
    expect(errors).toEqual(['a room failed to relay'])
  })

  it('times only the updates of a batch, not the barriers waiting on them, each within the time the batch took', async () => {
    const store = new RecordingStore()
    const metrics = new PrometheusMetrics()
    const writer = new CommitQueue(store, noError, metrics)
    const started = performance.now()
    writer.append('doc', bytes(1), () => {}, noError)
    let barrierPassed = false
    writer.afterCommitted('doc', () => (barrierPassed = true), noError)
    await turn()
    store.release()
    await writer.drain()
    const tookSeconds = (performance.now() - started) / 1000
    expect(barrierPassed).toBe(true)
    for (const name of ['kaigi_commit_latency_seconds', 'kaigi_relay_latency_seconds']) {
      const { values } = await (metrics.registry.getSingleMetric(name) as Histogram).get()
      const of = (suffix: string) => values.find((v) => v.metricName === `${name}_${suffix}`)?.value
      expect(of('count')).toBe(1)
      expect(of('sum')).toBeGreaterThan(0)
      expect(of('sum')).toBeLessThanOrEqual(tookSeconds)
    }
  })

  it('counts a failed commit of updates, not a failed round of barriers alone', async () => {
    const store = new RecordingStore()
    let failing = false
    const append = store.append.bind(store)
    store.append = async (updates) => {
      if (failing) throw new Error('disk full')
      return append(updates)
    }
    const metrics = new PrometheusMetrics()
    const writer = new CommitQueue(store, noError, metrics)
    const failures = async () =>
      (await metrics.registry.getSingleMetricAsString('kaigi_commit_failures_total'))
        .trim()
        .split(' ')
        .at(-1)
    const outcomes: string[] = []
    // A first update held in its commit; a barrier behind it goes in the next round, alone.
    writer.append('doc', bytes(1), () => outcomes.push('committed'), noError)
    await turn()
    writer.afterCommitted(
      'doc',
      () => outcomes.push('barrier'),
      () => outcomes.push('barrier failed'),
    )
    failing = true
    store.release()
    await writer.drain()
    expect(outcomes).toEqual(['committed', 'barrier failed'])
    expect(await failures()).toBe('0')
    writer.append(
      'doc',
      bytes(2),
      () => outcomes.push('committed'),
      () => outcomes.push('failed'),
    )
    await writer.drain()
    expect(outcomes.at(-1)).toBe('failed')
    expect(await failures()).toBe('1')
  })

  it('commits an update after a quiet turn before the event loop reaches its check phase', async () => {
    const store = new RecordingStore()
    const writer = new CommitQueue(store, noError)
    expect(await batchesAtCheckPhase(writer, store, 1)).toBe(1)
    store.release()
    await writer.drain()
  })

  it('gathers the updates handled in the turn of a commit, until the check phase', async () => {
    const store = new RecordingStore()
    const writer = new CommitQueue(store, noError)
    writer.append('doc', bytes(1), () => {}, noError)
    await until(() => store.appended.length === 1, 5_000, 'the first batch')
    store.release()
    await writer.drain() // promises only: still the turn of that commit
    writer.append('doc', bytes(2), () => {}, noError)
    // Another frame handled before the check phase, after some promises settled.
    for (let hop = 0; hop < 10; hop++) await Promise.resolve()
    writer.append('doc', bytes(3), () => {}, noError)
    expect(store.appended).toHaveLength(1)
    await turn()
    expect(store.appended.map((batch) => batch.map((u) => u.update[0]))).toEqual([[1], [2, 3]])
    store.release()
    await writer.drain()
    // A turn later, with no commit in it, the queue is quiet again.
    await turn()
    await turn()
    expect(await batchesAtCheckPhase(writer, store, 4)).toBe(3)
    store.release()
    await writer.drain()
  })
})
