import { IndexeddbPersistence } from 'y-indexeddb'
import type * as Y from 'yjs'

/** A joined document's copy in this browser's IndexedDB, one database per document. */
export interface LocalCopy {
  /** Resolves once the saved state is merged into the doc, or at once where none can be kept. */
  loaded: Promise<void>
  destroy(): void
}

/** The IndexedDB database that keeps `docName` on this device. */
export const localCopyName = (docName: string): string => `kaigi:${docName}`

/**
 * Keeps `doc` in IndexedDB: what was saved is merged into it now, and every
 * later update (local or from the server) is appended. Edits made offline
 * thus survive a reload and reach the server with the next sync, which sends
 * whatever the server's state vector lacks.
 */
export function keepLocalCopy(docName: string, doc: Y.Doc): LocalCopy {
  // Some private modes have no IndexedDB: the page still works, online only.
  if (typeof indexedDB === 'undefined') return { loaded: Promise.resolve(), destroy() {} }
  const persistence = new IndexeddbPersistence(localCopyName(docName), doc)
  const loaded = Promise.race([
    persistence.whenSynced.then(() => undefined),
    // A database that cannot be opened (quota, policy) means no local copy, not no page.
    persistence._db.then(
      () => new Promise<void>(() => {}),
      () => undefined,
    ),
  ])
  return {
    loaded,
    destroy() {
      void persistence.destroy().catch(() => {})
    },
  }
}
