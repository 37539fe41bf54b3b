import type * as Y from 'yjs'
import { editionRoots } from './layout'

/**
 * Calls `listener` once after each transaction that changed the edition,
 * with that transaction's origin (to tell one's own edits from others');
 * returns the function that stops it.
 */
export function observeEdition(doc: Y.Doc, listener: (origin: unknown) => void): () => void {
  const roots = new Set<unknown>(editionRoots(doc))
  const onTransaction = (transaction: Y.Transaction) => {
    // A change anywhere below a root lists that root among the changed parents.
    for (const type of transaction.changedParentTypes.keys()) {
      if (roots.has(type)) {
        listener(transaction.origin)
        return
      }
    }
  }
  doc.on('afterTransaction', onTransaction)
  return () => doc.off('afterTransaction', onTransaction)
}
