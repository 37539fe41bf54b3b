import type * as Y from 'yjs'
import type { z } from 'zod'
import { allocateId, nextPosition, parseInput, requireEntry, withDefaults } from './checks'
import { deleteEntry, entryMaps, insertEntry, transactEdition, writeFields } from './layout'
import { reorderEntry } from './order'
import { type Id, IdSchema, LocalizedTextPatchSchema, VenueFieldsSchema } from './schema'

const VenueInputSchema = VenueFieldsSchema.partial({ address: true, position: true })
  .extend({ id: IdSchema.optional() })
  .strict()
/** A new venue: its name; address and position (default: last) are optional. */
export type VenueInput = z.input<typeof VenueInputSchema>

const VenuePatchSchema = VenueFieldsSchema.extend({
  name: LocalizedTextPatchSchema,
  address: LocalizedTextPatchSchema,
})
  .partial()
  .strict()
/** The fields of a venue to change; texts may change in some languages only. */
export type VenuePatch = z.input<typeof VenuePatchSchema>

/** Adds a venue and returns its id. */
export function createVenue(doc: Y.Doc, input: VenueInput, origin: unknown): Id {
  const { id: requested, ...fields } = parseInput(VenueInputSchema, input, 'venue')
  return transactEdition(doc, origin, () => {
    const id = allocateId(doc, 'venues', requested)
    const defaults = { address: { fr: '', ja: '', en: '' }, position: nextPosition(doc, 'venues') }
    insertEntry(doc, 'venues', id, withDefaults(defaults, fields))
    return id
  })
}

/** Changes the fields of venue `id` given in `patch`. */
export function updateVenue(doc: Y.Doc, id: Id, patch: VenuePatch, origin: unknown): void {
  const fields = parseInput(VenuePatchSchema, patch, 'venue change')
  transactEdition(doc, origin, () => writeFields(requireEntry(doc, 'venues', id), 'venues', fields))
}

/** Moves venue `id` one place earlier (-1) or later (+1); the first is the main venue. */
export function reorderVenue(doc: Y.Doc, id: Id, direction: -1 | 1, origin: unknown): void {
  transactEdition(doc, origin, () => reorderEntry(doc, 'venues', id, direction))
}

/** Deletes venue `id`; its rooms stay, in no venue. False if it was already gone. */
export function deleteVenue(doc: Y.Doc, id: Id, origin: unknown): boolean {
  return transactEdition(doc, origin, () => {
    for (const [, room] of entryMaps(doc, 'rooms')) {
      if (room.get('venueId') === id) writeFields(room, 'rooms', { venueId: null })
    }
    return deleteEntry(doc, 'venues', id)
  })
}
