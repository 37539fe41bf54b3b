/**
 * The checks every mutator runs before it writes: input against its schema,
 * references against the document, ids against the existing entries.
 */
import type * as Y from 'yjs'
import type { z } from 'zod'
import { fieldIssues } from '../../errors'
import { EditionError, EditionErrorCode } from './errors'
import { newId } from './ids'
import { entryMap, hasEntry, plainEntries } from './layout'
import { type Collection, type Id, IdSchema } from './schema'

/** `input` parsed by `schema`, or an EditionError listing every issue. */
export function parseInput<S extends z.ZodType>(
  schema: S,
  input: unknown,
  what: string,
): z.infer<S> {
  const parsed = schema.safeParse(input)
  if (parsed.success) return parsed.data
  const issues = fieldIssues(parsed.error)
  const summary = issues.map((issue) => `${issue.path || '(input)'}: ${issue.message}`).join('; ')
  throw new EditionError(EditionErrorCode.InvalidInput, `invalid ${what}: ${summary}`, issues)
}

/** The entry `id` of `collection`, or an EditionError if it is gone. */
export function requireEntry(doc: Y.Doc, collection: Collection, id: string): Y.Map<unknown> {
  const entry = entryMap(doc, collection, id)
  if (!entry) throw new EditionError(EditionErrorCode.NotFound, `no entry ${id} in ${collection}`)
  return entry
}

/** Throws unless `id` (when not null) names an entry of `collection`. */
export function requireReference(
  doc: Y.Doc,
  collection: Collection,
  id: string | null | undefined,
  field: string,
): void {
  if (id === null || id === undefined || entryMap(doc, collection, id)) return
  throw new EditionError(
    EditionErrorCode.UnknownReference,
    `${field} refers to ${id}, which is not in ${collection}`,
    [{ path: field, message: `unknown ${collection} entry` }],
  )
}

/** `requested` if it is a free, well-formed id of `collection`, else a new random one. */
export function allocateId(doc: Y.Doc, collection: Collection, requested?: string): Id {
  if (requested === undefined) return newId()
  const id = parseInput(IdSchema, requested, 'id')
  if (hasEntry(doc, collection, id)) {
    throw new EditionError(EditionErrorCode.AlreadyExists, `${collection} already has ${id}`)
  }
  return id
}

/** `ids` without repeats, in order of first appearance. */
export function uniqueIds(ids: readonly string[]): string[] {
  return [...new Set(ids)]
}

/** `fields` over `defaults`, where a field given as undefined keeps its default. */
export function withDefaults<D extends object, F extends object>(defaults: D, fields: F): D & F {
  const merged: Record<string, unknown> = { ...(defaults as Record<string, unknown>) }
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) merged[key] = value
  return merged as D & F
}

/** A position after every entry of `collection`, to append to its order. */
export function nextPosition(doc: Y.Doc, collection: 'venues' | 'rooms' | 'themes'): number {
  let last = -1
  for (const [, entry] of plainEntries(doc, collection)) {
    const position = (entry as { position?: unknown } | null)?.position
    if (typeof position === 'number' && Number.isFinite(position)) last = Math.max(last, position)
  }
  return Math.floor(last) + 1
}
