import type * as Y from 'yjs'
import type { z } from 'zod'
import { allocateId, parseInput, requireEntry, requireReference, withDefaults } from './checks'
import {
  deleteEntry,
  entryMaps,
  insertEntry,
  removeFromIdLists,
  sectionEntry,
  transactEdition,
  writeFields,
} from './layout'
import { type Id, IdSchema, LocalizedTextPatchSchema, PersonFieldsSchema } from './schema'

const PersonInputSchema = PersonFieldsSchema.partial({
  reading: true,
  role: true,
  collectiviteId: true,
})
  .extend({ id: IdSchema.optional() })
  .strict()
/** A new person: a name; reading, role and collectivité are optional. */
export type PersonInput = z.input<typeof PersonInputSchema>

const PersonPatchSchema = PersonFieldsSchema.extend({
  name: LocalizedTextPatchSchema,
  role: LocalizedTextPatchSchema,
  // Without its default: zod 4 fills defaults inside .partial(), and a change
  // of collectivité would otherwise wipe the reading.
  reading: PersonFieldsSchema.shape.reading.unwrap(),
})
  .partial()
  .strict()
/** The fields of a person to change; texts may change in some languages only. */
export type PersonPatch = z.input<typeof PersonPatchSchema>

/** Adds a person and returns their id. */
export function createPerson(doc: Y.Doc, input: PersonInput, origin: unknown): Id {
  const { id: requested, ...fields } = parseInput(PersonInputSchema, input, 'person')
  return transactEdition(doc, origin, () => {
    requireReference(doc, 'collectivites', fields.collectiviteId, 'collectiviteId')
    const id = allocateId(doc, 'persons', requested)
    const defaults = { reading: '', role: { fr: '', ja: '', en: '' }, collectiviteId: null }
    insertEntry(doc, 'persons', id, withDefaults(defaults, fields))
    return id
  })
}

/** Changes the fields of person `id` given in `patch`. */
export function updatePerson(doc: Y.Doc, id: Id, patch: PersonPatch, origin: unknown): void {
  const fields = parseInput(PersonPatchSchema, patch, 'person change')
  transactEdition(doc, origin, () => {
    const entry = requireEntry(doc, 'persons', id)
    requireReference(doc, 'collectivites', fields.collectiviteId, 'collectiviteId')
    writeFields(entry, 'persons', fields)
  })
}

/**
 * Deletes person `id` and takes them off every session, in every role, and
 * off the letter's signatories; false if already gone.
 */
export function deletePerson(doc: Y.Doc, id: Id, origin: unknown): boolean {
  return transactEdition(doc, origin, () => {
    for (const [, session] of entryMaps(doc, 'sessions')) removeFromIdLists(session, 'sessions', id)
    const meta = sectionEntry(doc, 'meta', '')
    if (meta) removeFromIdLists(meta, 'meta', id)
    return deleteEntry(doc, 'persons', id)
  })
}
