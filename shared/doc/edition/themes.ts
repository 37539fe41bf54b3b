import type * as Y from 'yjs'
import type { z } from 'zod'
import { allocateId, nextPosition, parseInput, requireEntry, withDefaults } from './checks'
import { EditionError, EditionErrorCode } from './errors'
import {
  deleteEntry,
  entryMaps,
  insertEntry,
  plainMeta,
  transactEdition,
  writeFields,
  writeMeta,
} from './layout'
import { type Id, IdSchema, LocalizedTextPatchSchema, ThemeFieldsSchema, ThemeKind } from './schema'

const ThemeInputSchema = ThemeFieldsSchema.partial({ description: true, position: true })
  .extend({ id: IdSchema.optional() })
  .strict()
/** A new theme: its kind and title; description and position (default: last) are optional. */
export type ThemeInput = z.input<typeof ThemeInputSchema>

const ThemePatchSchema = ThemeFieldsSchema.extend({
  title: LocalizedTextPatchSchema,
  description: LocalizedTextPatchSchema,
})
  .partial()
  .strict()
/** The fields of a theme to change; texts may change in some languages only. */
export type ThemePatch = z.input<typeof ThemePatchSchema>

const emptyText = { fr: '', ja: '', en: '' }

/** Adds a theme (the global theme or a workshop's) and returns its id. */
export function createTheme(doc: Y.Doc, input: ThemeInput, origin: unknown): Id {
  const { id: requested, ...fields } = parseInput(ThemeInputSchema, input, 'theme')
  return transactEdition(doc, origin, () => {
    const id = allocateId(doc, 'themes', requested)
    const defaults = { description: emptyText, position: nextPosition(doc, 'themes') }
    insertEntry(doc, 'themes', id, withDefaults(defaults, fields))
    return id
  })
}

/**
 * Changes the fields of theme `id` given in `patch`. The edition's global
 * theme stays global: unset it in the metadata before making it a workshop's.
 */
export function updateTheme(doc: Y.Doc, id: Id, patch: ThemePatch, origin: unknown): void {
  const fields = parseInput(ThemePatchSchema, patch, 'theme change')
  transactEdition(doc, origin, () => {
    const entry = requireEntry(doc, 'themes', id)
    if (fields.kind === ThemeKind.Workshop && plainMeta(doc).globalThemeId === id) {
      throw new EditionError(
        EditionErrorCode.InvalidInput,
        `theme ${id} is the edition's global theme`,
        [{ path: 'kind', message: 'the global theme must stay global' }],
      )
    }
    writeFields(entry, 'themes', fields)
  })
}

/** Deletes theme `id`, and every reference to it; false if it was already gone. */
export function deleteTheme(doc: Y.Doc, id: Id, origin: unknown): boolean {
  return transactEdition(doc, origin, () => {
    for (const [, session] of entryMaps(doc, 'sessions')) {
      if (session.get('themeId') === id) writeFields(session, 'sessions', { themeId: null })
    }
    if (plainMeta(doc).globalThemeId === id) writeMeta(doc, { globalThemeId: null })
    return deleteEntry(doc, 'themes', id)
  })
}
