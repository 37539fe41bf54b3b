import type * as Y from 'yjs'
import type { z } from 'zod'
import { plainValue } from '../plain-value'
import {
  allocateId,
  nextPosition,
  parseInput,
  requireEntry,
  requireReference,
  withDefaults,
} from './checks'
import {
  deleteEntry,
  entryMaps,
  insertEntry,
  removeFromIdLists,
  transactEdition,
  writeFields,
} from './layout'
import { upgradeSessionFields } from './legacy'
import { reorderEntry } from './order'
import { type Id, IdSchema, LocalizedTextPatchSchema, RoomFieldsSchema } from './schema'

const RoomInputSchema = RoomFieldsSchema.partial({
  capacity: true,
  position: true,
  venueId: true,
  booths: true,
})
  .extend({ id: IdSchema.optional() })
  .strict()
/** A new room: its name; capacity, venue, booths and position (default: last) are optional. */
export type RoomInput = z.input<typeof RoomInputSchema>

const RoomPatchSchema = RoomFieldsSchema.extend({
  name: LocalizedTextPatchSchema,
  // Without their defaults: zod 4 fills defaults inside .partial(), and a
  // change of capacity would otherwise take the room out of its venue and
  // its booths away.
  venueId: RoomFieldsSchema.shape.venueId.unwrap(),
  booths: RoomFieldsSchema.shape.booths.unwrap(),
})
  .partial()
  .strict()
/** The fields of a room to change; a name may change in some languages only. */
export type RoomPatch = z.input<typeof RoomPatchSchema>

/** Adds a room and returns its id. */
export function createRoom(doc: Y.Doc, input: RoomInput, origin: unknown): Id {
  const { id: requested, ...fields } = parseInput(RoomInputSchema, input, 'room')
  return transactEdition(doc, origin, () => {
    requireReference(doc, 'venues', fields.venueId, 'venueId')
    const id = allocateId(doc, 'rooms', requested)
    const defaults = {
      capacity: null,
      position: nextPosition(doc, 'rooms'),
      venueId: null,
      booths: false,
    }
    insertEntry(doc, 'rooms', id, withDefaults(defaults, fields))
    return id
  })
}

/** Changes the fields of room `id` given in `patch`. */
export function updateRoom(doc: Y.Doc, id: Id, patch: RoomPatch, origin: unknown): void {
  const fields = parseInput(RoomPatchSchema, patch, 'room change')
  transactEdition(doc, origin, () => {
    const entry = requireEntry(doc, 'rooms', id)
    requireReference(doc, 'venues', fields.venueId, 'venueId')
    writeFields(entry, 'rooms', fields)
  })
}

/** The ids of the sessions held in room `id`, alone or among others (not those across all rooms). */
export function sessionsInRoom(doc: Y.Doc, id: Id): Id[] {
  return entryMaps(doc, 'sessions').flatMap(([sessionId, session]) => {
    const { roomIds } = upgradeSessionFields(plainValue(session)) as { roomIds?: unknown }
    return Array.isArray(roomIds) && roomIds.includes(id) ? [sessionId] : []
  })
}

/** Moves room `id` one column left (-1) or right (+1) in the grid. */
export function reorderRoom(doc: Y.Doc, id: Id, direction: -1 | 1, origin: unknown): void {
  transactEdition(doc, origin, () => reorderEntry(doc, 'rooms', id, direction))
}

/**
 * Deletes room `id` and takes it out of its sessions, which stay, unplaced
 * if it was their only room; false if it was already gone.
 */
export function deleteRoom(doc: Y.Doc, id: Id, origin: unknown): boolean {
  return transactEdition(doc, origin, () => {
    for (const [, session] of entryMaps(doc, 'sessions')) {
      removeFromIdLists(session, 'sessions', id)
      // A session of layout version 1 names its room alone.
      if (session.get('roomId') === id) session.set('roomId', null)
    }
    return deleteEntry(doc, 'rooms', id)
  })
}
