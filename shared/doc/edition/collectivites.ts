import type * as Y from 'yjs'
import type { z } from 'zod'
import { allocateId, parseInput, requireEntry } from './checks'
import { EditionError, EditionErrorCode } from './errors'
import { deleteEntry, entryMaps, insertEntry, transactEdition, writeFields } from './layout'
import { collectiviteKindFits } from './rules'
import {
  CollectiviteFieldsSchema,
  type CollectiviteKind,
  CollectiviteKindSchema,
  type Country,
  CountrySchema,
  type Id,
  IdSchema,
  LocalizedTextPatchSchema,
} from './schema'

const CollectiviteInputSchema = CollectiviteFieldsSchema.extend({
  id: IdSchema.optional(),
}).strict()
/** A new collectivité: name, country and a kind that exists in that country. */
export type CollectiviteInput = z.input<typeof CollectiviteInputSchema>

const CollectivitePatchSchema = CollectiviteFieldsSchema.extend({ name: LocalizedTextPatchSchema })
  .partial()
  .strict()
/** The fields of a collectivité to change; its name may change in some languages only. */
export type CollectivitePatch = z.input<typeof CollectivitePatchSchema>

function requireKindFits(country: Country, kind: CollectiviteKind): void {
  if (collectiviteKindFits(country, kind)) return
  throw new EditionError(EditionErrorCode.InvalidInput, `no ${kind} in ${country}`, [
    { path: 'kind', message: `not a kind of collectivité in ${country}` },
  ])
}

/** Adds a collectivité and returns its id. */
export function createCollectivite(doc: Y.Doc, input: CollectiviteInput, origin: unknown): Id {
  const { id: requested, ...fields } = parseInput(CollectiviteInputSchema, input, 'collectivité')
  requireKindFits(fields.country, fields.kind)
  return transactEdition(doc, origin, () => {
    const id = allocateId(doc, 'collectivites', requested)
    insertEntry(doc, 'collectivites', id, fields)
    return id
  })
}

/** Changes the fields of collectivité `id` given in `patch`; country and kind must still fit. */
export function updateCollectivite(
  doc: Y.Doc,
  id: Id,
  patch: CollectivitePatch,
  origin: unknown,
): void {
  const fields = parseInput(CollectivitePatchSchema, patch, 'collectivité change')
  transactEdition(doc, origin, () => {
    const entry = requireEntry(doc, 'collectivites', id)
    if (fields.country !== undefined || fields.kind !== undefined) {
      const country = fields.country ?? CountrySchema.safeParse(entry.get('country')).data
      const kind = fields.kind ?? CollectiviteKindSchema.safeParse(entry.get('kind')).data
      // A stored value that does not parse is being repaired: nothing to compare with.
      if (country !== undefined && kind !== undefined) requireKindFits(country, kind)
    }
    writeFields(entry, 'collectivites', fields)
  })
}

/** Deletes collectivité `id` and detaches its persons; false if it was already gone. */
export function deleteCollectivite(doc: Y.Doc, id: Id, origin: unknown): boolean {
  return transactEdition(doc, origin, () => {
    for (const [, person] of entryMaps(doc, 'persons')) {
      if (person.get('collectiviteId') === id) {
        writeFields(person, 'persons', { collectiviteId: null })
      }
    }
    return deleteEntry(doc, 'collectivites', id)
  })
}
