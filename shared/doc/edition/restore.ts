import type * as Y from 'yjs'
import {
  deleteEntry,
  entryMap,
  entryMaps,
  insertEntry,
  transactEdition,
  writeFields,
  writeMeta,
} from './layout'
import type { Collection, EditionSnapshot } from './schema'

/**
 * The parts of an edition a version restores: the programme and what it is
 * made of. What came in from outside since (suggestions, proposals,
 * registrations, meetings) stays as it is.
 */
export const PROGRAMME_COLLECTIONS = [
  'rooms',
  'themes',
  'sessions',
  'persons',
  'collectivites',
] as const satisfies readonly Collection[]

/**
 * Brings the programme of `version` back into `doc` as one new change on
 * top of the present: every field it held is written again (texts by their
 * differences, so a member typing elsewhere in them keeps their words),
 * entries it lacked are deleted, entries deleted since come back. Nothing
 * of the history is destroyed, and other members see the restore live.
 */
export function restoreProgramme(doc: Y.Doc, version: EditionSnapshot, origin: unknown): void {
  transactEdition(doc, origin, () => {
    writeMeta(doc, version.meta)
    for (const collection of PROGRAMME_COLLECTIONS) {
      const kept = new Set<string>()
      for (const { id, ...fields } of version[collection]) {
        kept.add(id)
        const entry = entryMap(doc, collection, id)
        if (entry) writeFields(entry, collection, fields)
        else insertEntry(doc, collection, id, fields)
      }
      for (const [id] of entryMaps(doc, collection)) {
        if (!kept.has(id)) deleteEntry(doc, collection, id)
      }
    }
  })
}
