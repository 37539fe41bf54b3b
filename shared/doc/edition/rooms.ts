import type * as Y from 'yjs'
import type { z } from 'zod'
import { allocateId, nextPosition, parseInput, requireEntry, withDefaults } from './checks'
import { deleteEntry, entryMaps, insertEntry, transactEdition, writeFields } from './layout'
import { type Id, IdSchema, LocalizedTextPatchSchema, RoomFieldsSchema } from './schema'

const RoomInputSchema = RoomFieldsSchema.partial({ capacity: true, position: true })
  .extend({ id: IdSchema.optional() })
  .strict()
/** A new room: its name; capacity and position (default: last) are optional. */
export type RoomInput = z.input<typeof RoomInputSchema>

const RoomPatchSchema = RoomFieldsSchema.extend({ name: LocalizedTextPatchSchema })
  .partial()
  .strict()
/** The fields of a room to change; a name may change in some languages only. */
export type RoomPatch = z.input<typeof RoomPatchSchema>

/** Adds a room and returns its id. */
export function createRoom(doc: Y.Doc, input: RoomInput, origin: unknown): Id {
  const { id: requested, ...fields } = parseInput(RoomInputSchema, input, 'room')
  return transactEdition(doc, origin, () => {
    const id = allocateId(doc, 'rooms', requested)
    const defaults = { capacity: null, position: nextPosition(doc, 'rooms') }
    insertEntry(doc, 'rooms', id, withDefaults(defaults, fields))
    return id
  })
}

/** Changes the fields of room `id` given in `patch`. */
export function updateRoom(doc: Y.Doc, id: Id, patch: RoomPatch, origin: unknown): void {
  const fields = parseInput(RoomPatchSchema, patch, 'room change')
  transactEdition(doc, origin, () => writeFields(requireEntry(doc, 'rooms', id), 'rooms', fields))
}

/** Deletes room `id` and un-assigns its sessions; false if it was already gone. */
export function deleteRoom(doc: Y.Doc, id: Id, origin: unknown): boolean {
  return transactEdition(doc, origin, () => {
    for (const [, session] of entryMaps(doc, 'sessions')) {
      if (session.get('roomId') === id) writeFields(session, 'sessions', { roomId: null })
    }
    return deleteEntry(doc, 'rooms', id)
  })
}
