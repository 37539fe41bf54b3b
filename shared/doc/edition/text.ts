/**
 * The localized texts one at a time, for text fields bound to them: read,
 * replace, splice and observe one language of one text. Each edit is the
 * smallest splice, so that two members typing in one text merge letter by
 * letter.
 */
import type * as Y from 'yjs'
import { observeText, type TextChange } from '../observe-text'
import { applySplice as applyToString, type TextSplice } from '../text-change'
import { requireEntry } from './checks'
import { EditionError, EditionErrorCode } from './errors'
import { applySplice, localizedYText, transactEdition, writeFields, writeMeta } from './layout'
import { isEditionInitialized } from './meta'
import { LANGS, type Lang, LOCALIZED_FIELDS, MAX_TEXT_LENGTH, type TextPath } from './schema'

/** A change to one text, in plain values: the same shape as a change to the notes. */
export type { TextChange }

function requireTextPath(path: TextPath, lang: Lang): void {
  const fields: readonly string[] = LOCALIZED_FIELDS[path.collection] ?? []
  if (fields.includes(path.field) && LANGS.includes(lang)) return
  throw new EditionError(
    EditionErrorCode.InvalidInput,
    `no text ${path.collection}.${path.field}.${lang}`,
    [{ path: 'path', message: 'not a localized text' }],
  )
}

function requireLength(text: string): void {
  if (text.length <= MAX_TEXT_LENGTH) return
  throw new EditionError(EditionErrorCode.InvalidInput, `text longer than ${MAX_TEXT_LENGTH}`, [
    { path: 'value', message: 'too long' },
  ])
}

/** One language of the text at `path`, '' if it is absent. */
export function readLocalizedText(doc: Y.Doc, path: TextPath, lang: Lang): string {
  return localizedYText(doc, path, lang)?.toString() ?? ''
}

/** Sets one language of the text at `path` to `value`, by the smallest splice. */
export function setLocalizedText(
  doc: Y.Doc,
  path: TextPath,
  lang: Lang,
  value: string,
  origin: unknown,
): void {
  requireTextPath(path, lang)
  requireLength(value)
  const fields = { [path.field]: { [lang]: value } }
  transactEdition(doc, origin, () => {
    if (path.collection !== 'meta') {
      writeFields(requireEntry(doc, path.collection, path.id), path.collection, fields)
    } else if (isEditionInitialized(doc)) writeMeta(doc, fields)
    else throw new EditionError(EditionErrorCode.NotFound, 'the edition has no metadata yet')
  })
}

/** Applies a text field's `splice` to one language of the text at `path`. */
export function spliceLocalizedText(
  doc: Y.Doc,
  path: TextPath,
  lang: Lang,
  splice: TextSplice,
  origin: unknown,
): void {
  requireTextPath(path, lang)
  const text = localizedYText(doc, path, lang)
  if (!text) {
    // Not laid out yet (a foreign write): setting the text creates it.
    setLocalizedText(doc, path, lang, applyToString('', splice), origin)
    return
  }
  requireLength(applyToString(text.toString(), splice))
  transactEdition(doc, origin, () => applySplice(text, splice))
}

/**
 * Calls `listener` after each change to one language of the text at `path`
 * (never, if there is no such text); returns the function that stops it.
 */
export function observeLocalizedText(
  doc: Y.Doc,
  path: TextPath,
  lang: Lang,
  listener: (change: TextChange) => void,
): () => void {
  const text = localizedYText(doc, path, lang)
  if (!text) return () => {}
  return observeText(text, listener)
}
