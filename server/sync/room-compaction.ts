import type { Logger } from 'pino'
import * as Y from 'yjs'
import type { RoomDeps } from './room-deps'

/** Log rows a compaction deletes in one transaction (see `pruneFolded`). */
const PRUNE_ROWS_AT_ONCE = 250

/** What a compaction asks of its room. */
export interface CompactedRoom {
  readonly name: string
  readonly doc: Y.Doc
  readonly isClosed: boolean
  /** The last update log id the document surely holds everything up to. */
  readonly through: number
  /** Reads what other processes committed beyond `through`. */
  catchUp(): Promise<void>
}

/**
 * Folds a room's update log into a snapshot once it holds
 * `compactAfterUpdates` updates: a task of the writer's, run alone, so that
 * no commit of this process lands in between.
 */
export class RoomCompaction {
  private queued = false

  constructor(
    private readonly room: CompactedRoom,
    /** The updates logged since the last snapshot. */
    private tailLength: number,
    private readonly deps: Pick<RoomDeps, 'store' | 'writer' | 'compactAfterUpdates' | 'peers'>,
    private readonly log: Logger,
  ) {}

  /** Counts one more update in the log, and compacts if the log is long. */
  counted(): void {
    this.tailLength++
    this.ifLong()
  }

  ifLong(): void {
    if (this.queued || this.tailLength < this.deps.compactAfterUpdates) return
    this.queued = true
    this.deps.writer.exclusive(async () => {
      this.queued = false
      if (this.room.isClosed) return
      const peers = this.deps.peers
      if (peers) {
        // Another process compacts it now: the tail is theirs to fold.
        if (!(await peers.mayCompact(this.room.name))) {
          this.tailLength = 0
          return
        }
        // What the others logged up to now, read first, so that the
        // snapshot folds it and the log bound says how far it goes.
        await this.room.catchUp()
        if (this.room.isClosed) return
      }
      // The writer runs this alone, so every committed update of this
      // process is in the document and none of its writes lands in
      // between. The document may also hold updates still queued: the
      // snapshot then stores them a little early, and their log rows, once
      // committed, repeat them harmlessly. With peers, only the log rows up
      // to `through` are folded: those the others commit meanwhile stay.
      const snapshot = Y.encodeStateAsUpdate(this.room.doc)
      const through = peers ? this.room.through : undefined
      const folded = this.tailLength
      this.tailLength = 0
      try {
        await this.deps.store.compact(this.room.name, snapshot, through)
        this.log.debug({ folded, bytes: snapshot.byteLength }, 'document compacted')
      } catch (error) {
        this.tailLength += folded
        this.log.error({ err: error }, 'compaction failed')
        return
      }
      this.pruneFolded()
    })
  }

  /**
   * Deletes the log rows the new snapshot folds, PRUNE_ROWS_AT_ONCE at a
   * time, each part a task of its own: the batches queued meanwhile commit
   * and relay between two parts, so a long log never holds up the edits.
   * Loads already skip those rows; a room closed meanwhile still clears them.
   */
  private pruneFolded(): void {
    // A part that fails is harmless (loads skip the rows, the next
    // compaction prunes them): the writer logs it as any task's failure.
    this.deps.writer.exclusive(async () => {
      const pruned = await this.deps.store.pruneFolded(this.room.name, PRUNE_ROWS_AT_ONCE)
      if (pruned === PRUNE_ROWS_AT_ONCE) this.pruneFolded()
    })
  }
}
