import type * as Y from 'yjs'
import type { RowWrite } from '../../db/row-write'
import type { ActivityRecord } from '../../shared/activity'
import type { CommitQueue } from './commit-queue'
import { SERVER_ORIGIN } from './room-deps'

/** What the server's own change asks of its room. */
export interface ChangedRoom {
  readonly name: string
  readonly doc: Y.Doc
  readonly writer: CommitQueue
  /** The activity records of what the change did, made at `at`; none for a plain text. */
  activity(at: Date): ActivityRecord[] | undefined
  /** The rows that claim the server's client id in the document. */
  claims(): RowWrite[]
  /** Relays the committed change to every connection, and tells the other processes. */
  committed(update: Uint8Array): void
  /** Drops the room: what the change wrote stays nowhere. */
  reset(reason: string): void
}

/**
 * Makes `change` as the server's own edit, as a client's update travels:
 * committed first, then relayed to every connection. `change` should
 * check its input before it writes (the shared mutators do); if it throws
 * after writing part of it, the room is reset, so that nothing it wrote
 * stays anywhere. `statements` (rows that belong with the change) commit
 * in the same transaction.
 */
export function applyServerChange<T>(
  room: ChangedRoom,
  change: (doc: Y.Doc) => T,
  statements: readonly RowWrite[],
): Promise<T> {
  let update: Uint8Array | null = null
  // Listening only while `change` runs: any update event is its.
  const capture = (captured: Uint8Array) => {
    update = captured
  }
  room.doc.on('update', capture)
  let result: T
  try {
    result = room.doc.transact(() => change(room.doc), SERVER_ORIGIN)
  } catch (error) {
    if (update) room.reset(`server change failed halfway: ${(error as Error).message}`)
    return Promise.reject(error)
  } finally {
    room.doc.off('update', capture)
  }
  const committed: Uint8Array | null = update
  if (!committed) {
    // Rows that belong with a change are never written without it.
    if (statements.length > 0) {
      return Promise.reject(new Error('the change changed nothing: its rows are not written'))
    }
    return Promise.resolve(result)
  }
  const activity = room.activity(new Date())
  const claims = room.claims()
  return new Promise((resolve, reject) => {
    room.writer.append(
      room.name,
      committed,
      () => {
        room.committed(committed)
        resolve(result)
      },
      (error) => {
        room.reset(`database write failed: ${(error as Error).message}`)
        reject(error)
      },
      { activity, statements: [...claims, ...statements] },
    )
  })
}
