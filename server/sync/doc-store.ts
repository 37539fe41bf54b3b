import type { InStatement } from '@libsql/client'
import * as Y from 'yjs'
import type { ActivityRecord } from '../../shared/activity'

/** What the database holds of one document: its snapshot and the updates after it. */
export interface StoredDoc {
  snapshot: Uint8Array | null
  updates: Uint8Array[]
  /** Who writes under each client id (a person's id, or null for the server). */
  clientOwners?: [clientId: number, personId: string | null][]
}

/** What is written in the same transaction as an update: it stands or falls with it. */
export interface WrittenWith {
  /** The activity records the update makes or extends (an edition's). */
  activity?: readonly ActivityRecord[]
  /** Other rows that belong with the change (a registration's contact details). */
  statements?: readonly InStatement[]
}

export interface PendingUpdate extends WrittenWith {
  docName: string
  update: Uint8Array
}

/**
 * Durable storage of synced documents. The sync core needs only these three
 * operations, so it can be tested against any implementation.
 */
export interface DocStore {
  load(docName: string): Promise<StoredDoc>
  /** Appends the updates and their activity in one transaction: all are stored, or none. */
  append(updates: readonly PendingUpdate[]): Promise<void>
  /** Replaces the document's snapshot and clears its update log, in one transaction. */
  compact(docName: string, snapshot: Uint8Array): Promise<void>
}

/** Applies a stored document (snapshot, then updates) to `doc`, in one transaction. */
export function applyStored(doc: Y.Doc, stored: StoredDoc): void {
  doc.transact(() => {
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot)
    for (const update of stored.updates) Y.applyUpdate(doc, update)
  })
}
