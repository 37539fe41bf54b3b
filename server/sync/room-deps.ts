import type { Logger } from 'pino'
import type * as Y from 'yjs'
import type { ActivityRecord, Actor } from '../../shared/activity'
import type { ClientOwner } from './client-owners'
import type { CommitQueue } from './commit-queue'
import type { DocStore } from './doc-store'

/**
 * Records what each applied update did to the document (an edition's
 * activity), to be written in the same transaction as the update.
 */
export interface ChangeTracker {
  /** The records for the changes applied since the last call, made by `actor` at `at`. */
  take(actor: Actor, at: Date): ActivityRecord[]
  /** Forgets the changes applied since the last call: another process recorded them. */
  skip(): void
  close(): void
}

/**
 * The other processes holding the same document, when several share one
 * Redis: what the room tells them. A room without peers is the only one.
 */
export interface RoomPeers {
  /** An update of the room's, once committed (never before). */
  committed(docName: string, update: Uint8Array, writer: ClientOwner, clients: number[]): void
  /** Presences announced through a socket of `sessionHash`. */
  presence(docName: string, sessionHash: string, update: Uint8Array): void
  /** Whether this process may compact the document now (one at a time). */
  mayCompact(docName: string): Promise<boolean>
  /** Runs `fn` once what was told so far has left for the other processes. */
  whenPublished(fn: () => void): void
}

/** An update another process committed and published. */
export interface RemoteUpdate {
  update: Uint8Array
  writer: ClientOwner
  clients: number[]
}

/** What a room is given: its storage, its writer, its log, and its peers if any. */
export interface RoomDeps {
  store: DocStore
  writer: CommitQueue
  log: Logger
  /** Fold the update log into a snapshot once it holds this many updates. */
  compactAfterUpdates: number
  /** The tracker of a document's changes, for the documents that keep an activity. */
  trackChanges?: (name: string, doc: Y.Doc) => ChangeTracker | null
  /** The other processes holding the document, if several share it. */
  peers?: RoomPeers | undefined
}

/** The origin of the changes the server itself makes to a document. */
export const SERVER_ORIGIN = 'kaigi:server'
/** The origin of what another process committed, applied here. */
export const REMOTE_ORIGIN = 'kaigi:remote'
