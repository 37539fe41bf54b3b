import * as Y from 'yjs'
import type { Database } from '../../db'
import { hasUnlaidTexts, layOutMissingTexts, TEXT_LAYOUT } from '../../shared/doc/edition'
import { editionDocName } from '../../shared/editions'
import type { Logger } from '../logger'
import { applyStored, type DocStore } from '../sync/doc-store'
import { SERVER_ORIGIN } from '../sync/room-deps'
import type { RoomRegistry } from '../sync/room-registry'
import { EditionStore } from './edition-store'

/**
 * On start, gives every stored edition the texts this Kaigi added to its
 * layout (the letter's templates, a meeting's event) before any member can
 * type into them: two members creating the same missing text at once would
 * each make their own, and one would be lost. Committed like any change; an
 * edition that has them all is only read from the store, its room not
 * loaded (nor kept in memory after the start). An edition checked once for
 * this Kaigi's texts is marked so in its row and not read again: the start
 * reads only the editions made or stored since, however many a host keeps.
 */
export async function layOutStoredEditions(
  database: Database,
  store: DocStore,
  rooms: RoomRegistry,
  log: Logger,
): Promise<void> {
  const editionRows = new EditionStore(database)
  for (const id of await editionRows.uncheckedFor(TEXT_LAYOUT)) {
    const docName = editionDocName(id)
    const stored = new Y.Doc()
    let missing: boolean
    try {
      applyStored(stored, await store.load(docName))
      missing = hasUnlaidTexts(stored)
    } catch (error) {
      // A document no Yjs can read is reported where it is read; it must not
      // stop the start. Left unmarked, it is looked at again at the next one.
      log.warn({ err: error, edition: id }, 'could not read the edition to lay out its new texts')
      continue
    } finally {
      stored.destroy()
    }
    if (missing) {
      await rooms.change(docName, (doc) => layOutMissingTexts(doc, SERVER_ORIGIN))
      log.info({ edition: id }, 'laid out the texts added since the edition was stored')
    }
    // Marked only once its texts are committed: a crash before leaves it to the next start.
    await editionRows.checkedFor(id, TEXT_LAYOUT)
  }
}
