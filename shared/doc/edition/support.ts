import * as Y from 'yjs'
import { parseInput, requireEntry } from './checks'
import { transactEdition, writeFields } from './layout'
import { type Id, IdSchema } from './schema'

/**
 * Adds or removes committee member `personId`'s +1 on entry `id` of a
 * collection with `supporterIds` (suggestions, proposals); true if it is
 * now given. Removing takes every copy: two tabs of one member may have
 * added it at once.
 */
export function toggleSupporter(
  doc: Y.Doc,
  collection: 'suggestions' | 'proposals',
  id: Id,
  personId: string,
  origin: unknown,
): boolean {
  const person = parseInput(IdSchema, personId, 'person id')
  return transactEdition(doc, origin, () => {
    const entry = requireEntry(doc, collection, id)
    const list = entry.get('supporterIds')
    if (!(list instanceof Y.Array)) {
      writeFields(entry, collection, { supporterIds: [person] })
      return true
    }
    const given = list.toArray().includes(person)
    if (!given) list.push([person])
    else for (let i = list.length - 1; i >= 0; i--) if (list.get(i) === person) list.delete(i, 1)
    return !given
  })
}
