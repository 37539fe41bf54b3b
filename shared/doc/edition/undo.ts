import * as Y from 'yjs'
import { editionRoots } from './layout'

/**
 * An undo manager over the whole edition that undoes and redoes only the
 * transactions whose origin is one of `origins` (one's own edits, not the
 * others'). Edits less than `captureTimeout` ms apart undo together.
 */
export function createEditionUndoManager(
  doc: Y.Doc,
  origins: Iterable<unknown>,
  captureTimeout = 500,
): Y.UndoManager {
  return new Y.UndoManager(editionRoots(doc), {
    trackedOrigins: new Set(origins),
    captureTimeout,
  })
}
