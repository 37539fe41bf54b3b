import * as Y from 'yjs'
import type { CommitQueue } from './commit-queue'

/** The room a committed read reads. */
export interface ReadRoom {
  readonly name: string
  readonly doc: Y.Doc
  readonly isClosed: boolean
}

/**
 * Runs `read` on the document as the database holds it. The room applies
 * an update before its commit (the validator and Yjs must have it to judge
 * the next one), so the document may hold updates still queued, which a
 * failed commit would take back: a read then takes the state as it stands,
 * waits until all of it is durable, and reads that state, not the live
 * document, which may meanwhile hold newer updates still queued. With
 * nothing queued, the live document is read at once. Resolves with null if
 * the room was reset or closed meanwhile: the caller reads a fresh room.
 */
export function readCommitted<T>(
  room: ReadRoom,
  writer: CommitQueue,
  read: (doc: Y.Doc) => T,
): Promise<{ value: T } | null> {
  if (room.isClosed) return Promise.resolve(null)
  // The executor catches what `read` throws: the promise rejects with it.
  if (!writer.holds(room.name)) return new Promise((resolve) => resolve({ value: read(room.doc) }))
  const state = Y.encodeStateAsUpdate(room.doc)
  return new Promise((resolve, reject) => {
    const run = () => {
      if (room.isClosed) {
        resolve(null)
        return
      }
      try {
        const doc = new Y.Doc()
        Y.applyUpdate(doc, state)
        resolve({ value: read(doc) })
      } catch (error) {
        // Thrown in the writer's callback, it would be nobody's.
        reject(error)
      }
    }
    // A failed batch resets the room whose update it held; one that held
    // only other documents' updates leaves it: either way, read again.
    writer.afterCommitted(room.name, run, () => resolve(null))
  })
}
