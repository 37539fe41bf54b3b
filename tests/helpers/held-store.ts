import type { DocStore, PendingUpdate, StoredDoc, StoredSince } from '../../server/sync/doc-store'

/** A commit the store has been handed and holds until the test says. */
export interface HeldCommit {
  updates: readonly PendingUpdate[]
  /** Commits it for real; the writer learns it is durable once that is done. */
  release(): void
  /** Refuses it: nothing of it is written, and the writer learns it failed. */
  fail(error?: Error): void
}

/**
 * Calls of one kind (a compaction's snapshot, a pruning of its log) that,
 * once `close` is called, each wait until the test lets them run.
 */
export class Gate {
  private closed = false
  private readonly waiting: Array<{ run: () => void; fail: (error: Error) => void }> = []
  private readonly watchers: Array<() => void> = []

  /** From now on, calls wait. */
  close(): void {
    this.closed = true
  }

  /** Lets every waiting call run, and the later ones through. */
  open(): void {
    this.closed = false
    for (const call of this.waiting.splice(0)) call.run()
  }

  /** Lets the oldest waiting call run; the later ones still wait. */
  releaseOne(): void {
    this.waiting.shift()?.run()
  }

  /** Refuses the oldest waiting call: it fails without reaching the store. */
  failOne(error = new Error('refused by the test')): void {
    this.waiting.shift()?.fail(error)
  }

  get held(): number {
    return this.waiting.length
  }

  /** The calls that reached the gate, held or not. */
  calls = 0

  /** Resolves once a call waits. */
  async whenHeld(): Promise<void> {
    while (this.waiting.length === 0) {
      await new Promise<void>((resolve) => this.watchers.push(resolve))
    }
  }

  pass<T>(call: () => Promise<T>): Promise<T> {
    this.calls++
    if (!this.closed) return call()
    return new Promise((resolve, reject) => {
      this.waiting.push({ run: () => void call().then(resolve, reject), fail: reject })
      for (const wake of this.watchers.splice(0)) wake()
    })
  }
}

/**
 * A DocStore in front of the real one that, once `hold` is called, keeps
 * every append at the storage boundary until the test releases or fails it:
 * the rooms, the writer and the sockets around it are the real ones, so a
 * test sees exactly what leaves the server while a commit is under way.
 */
export class HeldStore implements DocStore {
  readonly held: HeldCommit[] = []
  /** Compactions' snapshots, held while the gate is closed. */
  readonly compactions = new Gate()
  /** The prunings of a compacted log, held while the gate is closed. */
  readonly prunes = new Gate()
  /** Reads of the log since a point (catch-ups), held while the gate is closed. */
  readonly reads = new Gate()
  /**
   * Loads of a whole document (a room loading): the database is read at
   * once, and what it held is kept from the room while the gate is closed.
   */
  readonly loads = new Gate()
  private holding = false
  private readonly waiters: Array<() => void> = []

  constructor(private readonly inner: DocStore) {}

  /** From now on, appends wait for the test. */
  hold(): void {
    this.holding = true
  }

  /** Appends go straight through again (those held stay held). */
  letThrough(): void {
    this.holding = false
  }

  /** Resolves once `count` appends are held. */
  async whenHolding(count = 1): Promise<HeldCommit[]> {
    while (this.held.length < count) {
      await new Promise<void>((resolve) => this.waiters.push(resolve))
    }
    return this.held.slice(0, count)
  }

  load(docName: string): Promise<StoredDoc> {
    return this.inner.load(docName).then((stored) => this.loads.pass(async () => stored))
  }

  loadSince(docName: string, through: number): Promise<StoredSince> {
    return this.reads.pass(() => this.inner.loadSince(docName, through))
  }

  compact(docName: string, snapshot: Uint8Array, through?: number): Promise<void> {
    return this.compactions.pass(() => this.inner.compact(docName, snapshot, through))
  }

  pruneFolded(docName: string, limit: number): Promise<number> {
    return this.prunes.pass(() => this.inner.pruneFolded(docName, limit))
  }

  append(updates: readonly PendingUpdate[]): Promise<void> {
    if (!this.holding) return this.inner.append(updates)
    return new Promise((resolve, reject) => {
      this.held.push({
        updates,
        release: () => {
          this.inner.append(updates).then(resolve, reject)
        },
        fail: (error = new Error('commit refused by the test')) => reject(error),
      })
      for (const wake of this.waiters.splice(0)) wake()
    })
  }
}
