/**
 * The order of entries that carry a `position` (venues, rooms, themes): a
 * move swaps two neighbours' positions, so that a concurrent move elsewhere
 * in the list is kept, and equal positions (two members adding at once)
 * still read in a fixed order, by id.
 */
import type * as Y from 'yjs'
import { requireEntry } from './checks'
import { entryMaps } from './layout'

type Ordered = 'venues' | 'rooms' | 'themes'

/** The entries of `collection` in their order: by position, then by id. */
function orderedEntries(doc: Y.Doc, collection: Ordered): Array<[string, Y.Map<unknown>]> {
  const positionOf = (entry: Y.Map<unknown>) => {
    const position = entry.get('position')
    return typeof position === 'number' && Number.isFinite(position) ? position : 0
  }
  return entryMaps(doc, collection).sort(
    ([aId, a], [bId, b]) => positionOf(a) - positionOf(b) || (aId < bId ? -1 : aId > bId ? 1 : 0),
  )
}

/**
 * Moves entry `id` one place earlier (-1) or later (+1). The whole order is
 * renumbered 0, 1, 2… where two entries shared a position, so that the swap
 * always changes what is read. Call inside a transaction.
 */
export function reorderEntry(doc: Y.Doc, collection: Ordered, id: string, direction: -1 | 1): void {
  requireEntry(doc, collection, id)
  const ordered = orderedEntries(doc, collection)
  const from = ordered.findIndex(([entryId]) => entryId === id)
  const to = from + direction
  if (to < 0 || to >= ordered.length) return
  const moved = ordered.splice(from, 1)[0] as [string, Y.Map<unknown>]
  ordered.splice(to, 0, moved)
  ordered.forEach(([, entry], index) => {
    if (entry.get('position') !== index) entry.set('position', index)
  })
}
