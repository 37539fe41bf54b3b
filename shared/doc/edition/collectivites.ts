import type * as Y from 'yjs'
import type { z } from 'zod'
import { plainValue } from '../plain-value'
import { allocateId, parseInput, requireEntry } from './checks'
import { EditionError, EditionErrorCode } from './errors'
import { deleteEntry, entryMaps, insertEntry, transactEdition, writeFields } from './layout'
import { mergeChain, mergeChainEnd } from './merge-chain'
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

// Only a merge makes a tombstone: no one creates or edits one directly.
const CollectiviteInputSchema = CollectiviteFieldsSchema.omit({ mergedIntoId: true })
  .extend({ id: IdSchema.optional() })
  .strict()
/** A new collectivité: name, country and a kind that exists in that country. */
export type CollectiviteInput = z.input<typeof CollectiviteInputSchema>

// Its directory link without the default: a patch that does not name it leaves it as it is.
const CollectivitePatchSchema = CollectiviteFieldsSchema.omit({ mergedIntoId: true })
  .extend({ name: LocalizedTextPatchSchema, directoryId: IdSchema.nullable() })
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

/** Each collectivité entry of `doc` and what it was merged into (null for a live one). */
function mergedIntoOf(doc: Y.Doc): Map<string, string | null> {
  return new Map(
    entryMaps(doc, 'collectivites').map(([id, entry]) => {
      const into = entry.get('mergedIntoId')
      return [id, typeof into === 'string' ? into : null]
    }),
  )
}

/**
 * What points at collectivité `id`: the persons and registrations that name
 * it, directly or through collectivités merged into it.
 */
export function collectiviteUses(doc: Y.Doc, id: Id): { persons: Id[]; registrations: Id[] } {
  const mergedInto = mergedIntoOf(doc)
  const naming = (collection: 'persons' | 'registrations') =>
    entryMaps(doc, collection).flatMap(([entryId, entry]) => {
      const named = entry.get('collectiviteId')
      return typeof named === 'string' && mergeChain(named, mergedInto).includes(id)
        ? [entryId]
        : []
    })
  return { persons: naming('persons'), registrations: naming('registrations') }
}

/**
 * Deletes collectivité `id`, which nothing may point at any more (merge it
 * into another instead); false if it was already gone.
 */
export function deleteCollectivite(doc: Y.Doc, id: Id, origin: unknown): boolean {
  return transactEdition(doc, origin, () => {
    const uses = collectiviteUses(doc, id)
    if (uses.persons.length > 0 || uses.registrations.length > 0) {
      throw new EditionError(
        EditionErrorCode.InUse,
        `collectivité ${id} is named by ${uses.persons.length} persons and ${uses.registrations.length} registrations`,
      )
    }
    // Its tombstones go with it: nothing names them either, and they must not read as live again.
    const mergedInto = mergedIntoOf(doc)
    for (const [other] of mergedInto) {
      if (other !== id && mergeChain(other, mergedInto).includes(id)) {
        deleteEntry(doc, 'collectivites', other)
      }
    }
    return deleteEntry(doc, 'collectivites', id)
  })
}

/**
 * Merges collectivité `fromId` into `intoId` (the same authority entered
 * twice): its persons and registrations point at `intoId`, whose name keeps
 * any language it lacked from `fromId`; then `fromId` becomes a tombstone
 * naming `intoId`, so that a person assigned to it by another member at the
 * same moment reads as of `intoId` too. Either one already merged elsewhere
 * stands for the collectivité it went into, as every list shows it.
 */
export function mergeCollectivites(doc: Y.Doc, fromId: Id, intoId: Id, origin: unknown): void {
  if (fromId === intoId) {
    throw new EditionError(
      EditionErrorCode.InvalidInput,
      'a collectivité cannot merge into itself',
      [{ path: 'intoId', message: 'the same collectivité' }],
    )
  }
  transactEdition(doc, origin, () => {
    requireEntry(doc, 'collectivites', fromId)
    requireEntry(doc, 'collectivites', intoId)
    const mergedInto = mergedIntoOf(doc)
    const fromEnd = mergeChainEnd(fromId, mergedInto) ?? fromId
    const intoEnd = mergeChainEnd(intoId, mergedInto) ?? intoId
    // Someone else merged them already.
    if (fromEnd === intoEnd) return
    const from = requireEntry(doc, 'collectivites', fromEnd)
    const into = requireEntry(doc, 'collectivites', intoEnd)
    const uses = collectiviteUses(doc, fromEnd)
    for (const collection of ['persons', 'registrations'] as const) {
      for (const id of uses[collection]) {
        requireEntry(doc, collection, id).set('collectiviteId', intoEnd)
      }
    }
    const fromName = (plainValue(from.get('name')) ?? {}) as Record<string, unknown>
    const intoName = (plainValue(into.get('name')) ?? {}) as Record<string, unknown>
    const missing: Record<string, string> = {}
    for (const lang of ['fr', 'ja', 'en'] as const) {
      const kept = intoName[lang]
      const given = fromName[lang]
      if ((typeof kept !== 'string' || kept.trim() === '') && typeof given === 'string') {
        missing[lang] = given
      }
    }
    if (Object.keys(missing).length > 0) writeFields(into, 'collectivites', { name: missing })
    writeFields(from, 'collectivites', { mergedIntoId: intoEnd })
  })
}
