import type { Logger } from 'pino'
import * as Y from 'yjs'
import type { DocStore, StoredSince } from './doc-store'

/** What a catch-up asks of its room. */
export interface CatchingUpRoom {
  readonly name: string
  isClosed(): boolean
  /** Applies what the database holds beyond the room's document, and relays it. */
  applyCommitted(update: Uint8Array): void
  /** Drops the room: its clients reconnect and load what is stored. */
  reset(reason: string): void
}

/**
 * Reads what the database holds of a room's document beyond what the room
 * surely has, and applies it: what other processes committed while this
 * one could not hear of it (Redis away, a message missed). Replies to
 * clients wait until it is done (`after`).
 */
export class RoomCatchUp {
  /** The catch-up under way, if any. */
  private running: Promise<void> | null = null
  // Stryker disable next-line BooleanLiteral: equivalent, a catch-up sets it before it reads it.
  private again = false

  constructor(
    private readonly room: CatchingUpRoom,
    /**
     * The last update log id the document surely holds everything up to:
     * where a catch-up reads on from. Only a read of the database moves it.
     */
    private storedThrough: number,
    private readonly store: DocStore,
    private readonly log: Logger,
  ) {}

  get through(): number {
    return this.storedThrough
  }

  /**
   * Catches up; a catch-up asked while one runs reads once more after it.
   * If the database cannot be read, the room resets.
   */
  run(): Promise<void> {
    if (this.running) {
      this.again = true
      return this.running
    }
    const run = async () => {
      // Yields first: `running` is set before the end below can clear it.
      await null
      try {
        do {
          this.again = false
          const since = await this.store.loadSince(this.room.name, this.storedThrough)
          // Stryker disable next-line ConditionalExpression: equivalent, the guard saves work; a closed room's document is destroyed and it has no clients.
          if (this.room.isClosed()) return
          this.apply(since)
        } while (this.again)
      } catch (error) {
        this.room.reset(`catch-up failed: ${(error as Error).message}`)
      } finally {
        // In the same turn as the last check of `again`: one asked from now
        // on starts a read of its own.
        this.running = null
      }
    }
    this.running = run()
    return this.running
  }

  /** Runs `fn` once the catch-up under way, if any, is done. */
  after(fn: () => void): void {
    if (!this.running) {
      fn()
      return
    }
    // Each `fn` sends through the room's `whenCommitted`, which skips a room closed meanwhile.
    void this.running.then(fn)
  }

  private apply(since: StoredSince): void {
    const parts = since.snapshot ? [since.snapshot, ...since.updates] : since.updates
    // Nothing new merges to an empty update, which changes nothing.
    this.room.applyCommitted(Y.mergeUpdates(parts))
    this.storedThrough = Math.max(this.storedThrough, since.through)
    this.log.debug({ updates: since.updates.length, through: this.storedThrough }, 'caught up')
  }
}
