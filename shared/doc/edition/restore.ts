import type * as Y from 'yjs'
import { collectiviteUses } from './collectivites'
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
 * made of, in an order where what an entry names comes before it. What
 * came in from outside since (suggestions, proposals, registrations,
 * meetings) stays as it is.
 */
export const PROGRAMME_COLLECTIONS = [
  'days',
  'venues',
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
      for (const { id, ...given } of version[collection]) {
        kept.add(id)
        // A collectivité merged since is listed again: it is no tombstone any more.
        const fields = collection === 'collectivites' ? { ...given, mergedIntoId: null } : given
        const entry = entryMap(doc, collection, id)
        if (entry) writeFields(entry, collection, fields)
        else insertEntry(doc, collection, id, fields)
      }
      for (const [id] of entryMaps(doc, collection)) {
        if (kept.has(id) || stillNamed(doc, collection, id)) continue
        deleteEntry(doc, collection, id)
      }
    }
  })
}

/**
 * Whether a collectivité absent from the version is named by a registration,
 * which a restore leaves as it is: deleting it would blank the registration's
 * collectivité (the persons restored name only the version's).
 */
function stillNamed(doc: Y.Doc, collection: Collection, id: string): boolean {
  return collection === 'collectivites' && collectiviteUses(doc, id).registrations.length > 0
}
