/**
 * How an edition sits in its Y.Doc; the only file that names its top-level
 * types. The top-level map `meta` holds the metadata and the schema version;
 * one top-level map per collection (`rooms`, `themes`, `sessions`, `persons`,
 * `collectivites`) holds entries keyed by id, each a Y.Map of its fields.
 * Every localized text is a Y.Map from language to Y.Text, created with all
 * three languages at once so that two members who start typing the same
 * translation edit one Y.Text instead of racing to create two. Lists of ids
 * are Y.Arrays; other fields are plain values.
 */
import * as Y from 'yjs'
import { plainValue, TOO_DEEP } from '../plain-value'
import { diffText, type TextSplice } from '../text-change'
import { EditionError, EditionErrorCode } from './errors'
import {
  COLLECTIONS,
  type Collection,
  ID_LIST_FIELDS,
  LANGS,
  type Lang,
  LOCALIZED_FIELDS,
  SCHEMA_VERSION,
  type TextPath,
} from './schema'

const META = 'meta'
const SCHEMA_VERSION_KEY = 'schemaVersion'

/** The metadata or one collection: the parts of the document with their own field layout. */
export type Section = typeof META | Collection

function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(META)
}

function collectionMap(doc: Y.Doc, collection: Collection): Y.Map<unknown> {
  return doc.getMap(collection)
}

/** The top-level types holding the edition, for observers. */
export function editionRoots(doc: Y.Doc): Y.Map<unknown>[] {
  return editionSections(doc).map(([, root]) => root)
}

/** Each section of the edition with its top-level map: what a change's path starts from. */
export function editionSections(doc: Y.Doc): Array<[Section, Y.Map<unknown>]> {
  return [
    [META, metaMap(doc)],
    ...COLLECTIONS.map((collection): [Section, Y.Map<unknown>] => [
      collection,
      collectionMap(doc, collection),
    ]),
  ]
}

/** The map of `id` in `section`, or the metadata's map for `meta`; null if there is none. */
export function sectionEntry(doc: Y.Doc, section: Section, id: string): Y.Map<unknown> | null {
  return section === META ? metaMap(doc) : entryMap(doc, section, id)
}

/** The section name of the metadata. */
export const META_SECTION = META

/** The schema version written in the document, as found (undefined before initialisation). */
export function readSchemaVersion(doc: Y.Doc): unknown {
  return metaMap(doc).get(SCHEMA_VERSION_KEY)
}

/**
 * The metadata as plain values, without the schema version; a field nesting
 * shared types too deep to read (plain-value.ts) reads as TOO_DEEP.
 */
export function plainMeta(doc: Y.Doc): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  for (const [key, value] of metaMap(doc).entries()) {
    if (key !== SCHEMA_VERSION_KEY) fields[key] = plainValue(value)
  }
  return fields
}

/**
 * Every entry of `collection` as [id, plain value]; the values are
 * unchecked, and TOO_DEEP for an entry too deeply nested to read, which
 * must not stop the others from being read.
 */
export function plainEntries(doc: Y.Doc, collection: Collection): Array<[string, unknown]> {
  return [...collectionMap(doc, collection).entries()].map(([id, value]) => [id, plainValue(value)])
}

/** The entry `id` of `collection`, or null if there is none (or it is not a map). */
export function entryMap(doc: Y.Doc, collection: Collection, id: string): Y.Map<unknown> | null {
  const entry = collectionMap(doc, collection).get(id)
  return entry instanceof Y.Map ? entry : null
}

/** Every well-formed entry of `collection`, as [id, map]. */
export function entryMaps(doc: Y.Doc, collection: Collection): Array<[string, Y.Map<unknown>]> {
  const maps: Array<[string, Y.Map<unknown>]> = []
  for (const [id, entry] of collectionMap(doc, collection).entries()) {
    if (entry instanceof Y.Map) maps.push([id, entry])
  }
  return maps
}

/** The entry `id` of `collection` as plain, unchecked values, or null if it is not a map (or too deep to read). */
export function plainEntry(
  doc: Y.Doc,
  collection: Collection,
  id: string,
): Record<string, unknown> | null {
  const entry = entryMap(doc, collection, id)
  const plain = entry === null ? null : plainValue(entry)
  return plain === TOO_DEEP ? null : (plain as Record<string, unknown> | null)
}

/** Whether `collection` has an entry under `id`, well-formed or not. */
export function hasEntry(doc: Y.Doc, collection: Collection, id: string): boolean {
  return collectionMap(doc, collection).has(id)
}

/** Adds the entry `id` to `collection` with `fields` (plain values, laid out per the section). */
export function insertEntry(
  doc: Y.Doc,
  collection: Collection,
  id: string,
  fields: Record<string, unknown>,
): void {
  const entry = new Y.Map<unknown>()
  collectionMap(doc, collection).set(id, entry)
  writeFields(entry, collection, fields)
}

/** Removes the entry `id` of `collection`; false if there was none. */
export function deleteEntry(doc: Y.Doc, collection: Collection, id: string): boolean {
  const map = collectionMap(doc, collection)
  if (!map.has(id)) return false
  map.delete(id)
  return true
}

/** Writes the metadata `fields` and the current schema version. */
export function writeMeta(doc: Y.Doc, fields: Record<string, unknown>, initialize = false): void {
  const meta = metaMap(doc)
  if (initialize) meta.set(SCHEMA_VERSION_KEY, SCHEMA_VERSION)
  writeFields(meta, META, fields)
}

/**
 * Writes `fields` into `target`, changing only what differs: a localized
 * text by the smallest splice per language given, a list of ids by the
 * smallest splice of the list, a plain value only when it changed (so that
 * an unchanged field never wins a conflict against a concurrent edit) or
 * when listed in `rewrite` (fields that must win or lose together).
 */
export function writeFields(
  target: Y.Map<unknown>,
  section: Section,
  fields: Record<string, unknown>,
  rewrite: readonly string[] = [],
): void {
  const localized: readonly string[] = LOCALIZED_FIELDS[section]
  const lists: readonly string[] = ID_LIST_FIELDS[section]
  for (const [key, value] of Object.entries(fields)) {
    if (value === undefined) continue
    if (localized.includes(key)) writeLocalized(target, key, value as Partial<Record<Lang, string>>)
    else if (lists.includes(key) && rewrite.includes(key)) {
      // Replaced whole: of two concurrent rewrites, one list wins, never a mix of both.
      target.set(key, Y.Array.from([...(value as readonly string[])]))
    } else if (lists.includes(key)) writeIdList(target, key, value as readonly string[])
    else if (rewrite.includes(key) || !samePlainValue(target.get(key), value)) {
      target.set(key, value)
    }
  }
}

function samePlainValue(current: unknown, next: unknown): boolean {
  if (current === next) return true
  if (current instanceof Y.AbstractType || typeof current !== 'object' || current === null) {
    return false
  }
  return JSON.stringify(current) === JSON.stringify(next)
}

function newLocalizedText(value: Partial<Record<Lang, string>>): Y.Map<Y.Text> {
  const texts = new Y.Map<Y.Text>()
  for (const lang of LANGS) texts.set(lang, new Y.Text(value[lang] ?? ''))
  return texts
}

function writeLocalized(
  target: Y.Map<unknown>,
  key: string,
  value: Partial<Record<Lang, string>>,
): void {
  const texts = target.get(key)
  if (!(texts instanceof Y.Map)) {
    // Absent, or not laid out as texts (a hostile or foreign write): start afresh.
    target.set(key, newLocalizedText(value))
    return
  }
  for (const lang of LANGS) {
    const next = value[lang]
    if (next === undefined) continue
    const text = texts.get(lang)
    if (!(text instanceof Y.Text)) {
      texts.set(lang, new Y.Text(next))
      continue
    }
    const splice = diffText(text.toString(), next)
    if (splice) applySplice(text, splice)
  }
}

function writeIdList(target: Y.Map<unknown>, key: string, ids: readonly string[]): void {
  const list = target.get(key)
  if (!(list instanceof Y.Array)) {
    target.set(key, Y.Array.from([...ids]))
    return
  }
  // One splice over the common prefix and suffix: a concurrent addition
  // elsewhere in the list survives, as it would in a text.
  const current: unknown[] = list.toArray()
  const shortest = Math.min(current.length, ids.length)
  let prefix = 0
  while (prefix < shortest && current[prefix] === ids[prefix]) prefix++
  let suffix = 0
  while (
    suffix < shortest - prefix &&
    current[current.length - 1 - suffix] === ids[ids.length - 1 - suffix]
  ) {
    suffix++
  }
  const removed = current.length - prefix - suffix
  if (removed > 0) list.delete(prefix, removed)
  const inserted = ids.slice(prefix, ids.length - suffix)
  if (inserted.length > 0) list.insert(prefix, inserted)
}

/** Removes every occurrence of `id` from the lists of ids of an entry. */
export function removeFromIdLists(entry: Y.Map<unknown>, section: Section, id: string): void {
  for (const key of ID_LIST_FIELDS[section] as readonly string[]) {
    const list = entry.get(key)
    if (!(list instanceof Y.Array)) continue
    const items: unknown[] = list.toArray()
    for (let index = items.length - 1; index >= 0; index--) {
      if (items[index] === id) list.delete(index, 1)
    }
  }
}

/**
 * The Y.Text of one language of the text at `path`, or null if its entry is
 * gone or the text is not laid out as expected. Existing texts are never
 * replaced here: typing goes into the one every member shares.
 */
export function localizedYText(doc: Y.Doc, path: TextPath, lang: Lang): Y.Text | null {
  const owner = path.collection === META ? metaMap(doc) : entryMap(doc, path.collection, path.id)
  const texts = owner?.get(path.field)
  const text = texts instanceof Y.Map ? texts.get(lang) : undefined
  return text instanceof Y.Text ? text : null
}

/** Applies `splice` to `text`, clamped to its length. */
export function applySplice(text: Y.Text, splice: TextSplice): void {
  const index = Math.min(Math.max(splice.index, 0), text.length)
  const remove = Math.min(Math.max(splice.remove, 0), text.length - index)
  if (remove > 0) text.delete(index, remove)
  if (splice.insert.length > 0) text.insert(index, splice.insert)
}

/**
 * Runs `fn` in one transaction tagged with `origin` (what Y.UndoManager
 * tracks), unless a newer Kaigi wrote the document: changing a layout one
 * does not know could lose its data.
 */
export function transactEdition<T>(doc: Y.Doc, origin: unknown, fn: () => T): T {
  const version = readSchemaVersion(doc)
  if (typeof version === 'number' && version > SCHEMA_VERSION) {
    throw new EditionError(
      EditionErrorCode.UnsupportedSchemaVersion,
      `the document has schema version ${version}; this Kaigi writes version ${SCHEMA_VERSION}`,
    )
  }
  let result: { value: T } | undefined
  doc.transact(() => {
    result = { value: fn() }
  }, origin)
  markCurrentLayout(doc)
  return (result as { value: T }).value
}

/**
 * The origin of the one write that marks a document of an earlier layout as
 * this one's: no undo manager tracks it, so undoing the change that caused
 * it never marks the document old again while others write the new layout.
 */
export const LAYOUT_UPGRADE_ORIGIN = 'kaigi:layout-upgrade'

/**
 * A document of an earlier layout, once changed by this Kaigi, says so: an
 * earlier Kaigi then reads it without writing (legacy.ts reads the rest).
 * Done after the change, so that a refused change leaves nothing behind.
 */
function markCurrentLayout(doc: Y.Doc): void {
  const written = readSchemaVersion(doc)
  if (typeof written !== 'number' || written >= SCHEMA_VERSION) return
  doc.transact(() => metaMap(doc).set(SCHEMA_VERSION_KEY, SCHEMA_VERSION), LAYOUT_UPGRADE_ORIGIN)
}

/** The sections a newer Kaigi has added localized texts to: those unlaidTexts looks through. */
const GROWING_SECTIONS = [META, 'meetings'] as const satisfies readonly Section[]

/**
 * The texts unlaidTexts looks for, as one string, made from the same list:
 * an edition once checked for it lacks none of them (a text, once laid out,
 * is never taken away), so the server need not read it again at start
 * until a Kaigi adds a text or a section to look through.
 */
export const TEXT_LAYOUT = JSON.stringify(
  GROWING_SECTIONS.map((section) => [section, LOCALIZED_FIELDS[section]]),
)

/** The metadata's and meetings' localized texts not laid out as texts: those a newer Kaigi added. */
function unlaidTexts(doc: Y.Doc): Array<[Section, Y.Map<unknown>, string]> {
  if (readSchemaVersion(doc) === undefined) return []
  const missing: Array<[Section, Y.Map<unknown>, string]> = []
  for (const section of GROWING_SECTIONS) {
    const targets =
      section === META ? [metaMap(doc)] : entryMaps(doc, section).map(([, entry]) => entry)
    for (const target of targets) {
      for (const field of LOCALIZED_FIELDS[section] as readonly string[]) {
        if (!(target.get(field) instanceof Y.Map)) missing.push([section, target, field])
      }
    }
  }
  return missing
}

/** Whether layOutMissingTexts has anything to do. */
export const hasUnlaidTexts = (doc: Y.Doc): boolean => unlaidTexts(doc).length > 0

/**
 * Gives the metadata and every meeting the texts a newer Kaigi added to
 * them (the letter's templates, a meeting's event), laid out empty, so that
 * two members typing the first letter of one type into the same Y.Text
 * rather than each creating their own, one of which would be lost.
 */
export function layOutMissingTexts(doc: Y.Doc, origin: unknown): void {
  const missing = unlaidTexts(doc)
  if (missing.length === 0) return
  transactEdition(doc, origin, () => {
    for (const [section, target, field] of missing) {
      writeFields(target, section, { [field]: { fr: '', ja: '', en: '' } })
    }
  })
}
