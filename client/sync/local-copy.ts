import { IndexeddbPersistence } from 'y-indexeddb'
import type * as Y from 'yjs'

/** A joined document's copy in this browser's IndexedDB, one database per document. */
export interface LocalCopy {
  /** Resolves once the saved state is merged into the doc, or at once where none can be kept. */
  loaded: Promise<void>
  /**
   * Stops keeping the document and deletes what this device holds of it:
   * edits not yet sent are dropped, never to be sent later.
   */
  clear(): Promise<void>
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
  if (typeof indexedDB === 'undefined') {
    return { loaded: Promise.resolve(), clear: () => Promise.resolve(), destroy() {} }
  }
  const persistence = new IndexeddbPersistence(localCopyName(docName), doc)
  const loaded = Promise.race([
    persistence.whenSynced.then(() => undefined),
    // A database that cannot be opened (quota, policy) means no local copy, not no page.
    persistence._db.then(
      () => new Promise<void>(() => {}),
      () => undefined,
    ),
  ])
  let stopped: Promise<void> | null = null
  const stop = () => {
    stopped ??= persistence.destroy().catch(() => {})
    return stopped
  }
  return {
    loaded,
    async clear() {
      await stop()
      await deleteDatabase(localCopyName(docName))
    },
    destroy() {
      void stop()
    },
  }
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name)
    // Blocked: another tab still has it open; it goes once that tab lets go.
    request.onsuccess = request.onerror = request.onblocked = () => resolve()
  })
}

/** Deletes every document this device keeps (on signing out): the next person finds none. */
export async function forgetLocalCopies(): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return
  const databases = await indexedDB.databases().catch(() => [])
  await Promise.all(
    databases
      .map((database) => database.name)
      .filter((name): name is string => name?.startsWith(localCopyName('')) ?? false)
      .map(deleteDatabase),
  )
}
