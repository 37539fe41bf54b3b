import * as Y from 'yjs'
import type { RowWrite } from '../../db/row-write'
import type { ActivityRecord } from '../../shared/activity'

/** What the database holds of one document: its snapshot and the updates after it. */
export interface StoredDoc {
  snapshot: Uint8Array | null
  updates: Uint8Array[]
  /** Who writes under each client id (a person's id, or null for the server). */
  clientOwners: [clientId: number, personId: string | null][]
  /**
   * The last id of the update log that this read holds (in the snapshot or
   * among the updates): the point a later `loadSince` reads on from; 0
   * when nothing was ever logged.
   */
  through: number
}

/** What the store holds of a document beyond `through`: what a process that missed it lacks. */
export interface StoredSince {
  /** The snapshot, if a compaction folded updates after `through` into it; else null. */
  snapshot: Uint8Array | null
  /** The logged updates after `through`. */
  updates: Uint8Array[]
  /** The last id this read holds, as in `StoredDoc.through`. */
  through: number
}

/** What is written in the same transaction as an update: it stands or falls with it. */
export interface WrittenWith {
  /** The activity records the update makes or extends (an edition's). */
  activity?: readonly ActivityRecord[]
  /** Other rows that belong with the change (a registration's contact details). */
  statements?: readonly RowWrite[]
}

export interface PendingUpdate extends WrittenWith {
  docName: string
  update: Uint8Array
}

/**
 * Durable storage of synced documents. The sync core needs only these
 * operations, so it can be tested against any implementation.
 */
export interface DocStore {
  load(docName: string): Promise<StoredDoc>
  /** Appends the updates and their activity in one transaction: all are stored, or none. */
  append(updates: readonly PendingUpdate[]): Promise<void>
  /**
   * Stores `snapshot` as the document's: from then on, loads read it and the
   * log rows after those it folds. `through`: the last log id the snapshot
   * holds, when other processes may have logged updates it lacks (an older
   * snapshot never replaces a newer one); without it, the snapshot holds
   * every update logged so far. The folded rows stay until `pruneFolded`.
   */
  compact(docName: string, snapshot: Uint8Array, through?: number): Promise<void>
  /**
   * Deletes at most `limit` of the log rows the stored snapshot folds, and
   * says how many it deleted. A compaction's log is pruned in such parts,
   * with commits in between, so that clearing a long log never holds up
   * the relays; what a crash leaves is skipped by loads and pruned later.
   */
  pruneFolded(docName: string, limit: number): Promise<number>
  /** What was stored of the document after log id `through`: what another process wrote since. */
  loadSince(docName: string, through: number): Promise<StoredSince>
}

/**
 * What the documents' storage does beside the sync core's operations:
 * whether a name holds anything yet, a stamp that changes whenever a
 * document does, and the first snapshots of new documents written with the
 * rows that come with them (an edition's, its owner's).
 */
export interface DocumentRecords {
  holds(docName: string): Promise<boolean>
  stamp(docName: string): Promise<string>
  create(
    first: ReadonlyArray<{ docName: string; snapshot: Uint8Array }>,
    rows?: readonly RowWrite[],
  ): Promise<void>
}

/** Applies a stored document (snapshot, then updates) to `doc`, in one transaction. */
export function applyStored(doc: Y.Doc, stored: Pick<StoredDoc, 'snapshot' | 'updates'>): void {
  doc.transact(() => {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
    for (const update of stored.updates) Y.applyUpdate(doc, update)
  })
}
