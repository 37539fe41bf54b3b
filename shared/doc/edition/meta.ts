import type * as Y from 'yjs'
import type { z } from 'zod'
import { parseInput, requireReference, withDefaults } from './checks'
import { addDayEntries } from './days'
import { EditionError, EditionErrorCode } from './errors'
import { plainEntry, readSchemaVersion, transactEdition, writeMeta } from './layout'
import { readEditionMeta } from './read'
import { EditionDatesProblem, editionDatesProblem } from './rules'
import {
  type EditionMetaPatch,
  EditionMetaPatchSchema,
  EditionMetaSchema,
  ThemeKind,
} from './schema'

const EditionInitSchema = EditionMetaSchema.partial({
  year: true,
  venue: true,
  startDate: true,
  endDate: true,
  globalThemeId: true,
  status: true,
  participation: true,
  letter: true,
  letterPlace: true,
  letterDate: true,
  signatoryIds: true,
  formReturn: true,
}).strict()
/**
 * A new edition's metadata: number, title, host city and country and time
 * zone; the year defaults to the first day's, the rest to empty or unknown.
 */
export type EditionInit = z.input<typeof EditionInitSchema>

type DatedFields = { year: number; startDate: string | null; endDate: string | null }

function requireConsistentDates(meta: DatedFields): void {
  const problem = editionDatesProblem(meta)
  if (problem === null) return
  // The first day sets the year: a span too long or reversed is the last day's fault.
  const path = problem === EditionDatesProblem.YearMismatch ? 'year' : 'endDate'
  throw new EditionError(EditionErrorCode.InvalidInput, `inconsistent edition dates: ${problem}`, [
    { path, message: problem },
  ])
}

function requireGlobalTheme(doc: Y.Doc, themeId: string | null | undefined): void {
  requireReference(doc, 'themes', themeId, 'globalThemeId')
  if (themeId === null || themeId === undefined) return
  if (plainEntry(doc, 'themes', themeId)?.kind === ThemeKind.Global) return
  throw new EditionError(EditionErrorCode.InvalidInput, `theme ${themeId} is not a global theme`, [
    { path: 'globalThemeId', message: 'not a global theme' },
  ])
}

/** Whether `doc` holds an edition's metadata (false before initEdition or the first sync). */
export function isEditionInitialized(doc: Y.Doc): boolean {
  return readSchemaVersion(doc) !== undefined
}

/** Writes a new edition's metadata, the schema version and its days into an empty `doc`. */
export function initEdition(doc: Y.Doc, init: EditionInit, origin: unknown): void {
  const given = parseInput(EditionInitSchema, init, 'edition')
  const startYear = given.startDate ? Number(given.startDate.slice(0, 4)) : undefined
  const year = given.year ?? startYear
  if (year === undefined) {
    throw new EditionError(
      EditionErrorCode.InvalidInput,
      'an edition needs a year or a first day',
      [{ path: 'year', message: 'required without startDate' }],
    )
  }
  const meta = withDefaults(
    {
      venue: { fr: '', ja: '', en: '' },
      startDate: null,
      endDate: null,
      globalThemeId: null,
      status: 'draft',
      participation: { participants: null, collectivites: { FR: null, JP: null } },
      letter: { fr: '', ja: '', en: '' },
      letterPlace: { fr: '', ja: '', en: '' },
      letterDate: null,
      signatoryIds: [],
      formReturn: { fr: '', ja: '', en: '' },
    },
    { ...given, year },
  )
  requireConsistentDates(meta)
  transactEdition(doc, origin, () => {
    if (isEditionInitialized(doc)) {
      throw new EditionError(EditionErrorCode.AlreadyInitialized, 'the edition already exists')
    }
    requireGlobalTheme(doc, meta.globalThemeId)
    writeMeta(doc, meta, true)
    addDayEntries(doc, meta.startDate, meta.endDate)
  })
}

/**
 * Changes the metadata fields given in `patch`. A new first day without a
 * year moves the year along with it; the dates must stay in order and span
 * at most MAX_EDITION_DAYS. Days the new dates reach get their entries.
 */
export function setMeta(doc: Y.Doc, patch: EditionMetaPatch, origin: unknown): void {
  const given = parseInput(EditionMetaPatchSchema, patch, 'edition change')
  const fields = { ...given }
  if (given.startDate && given.year === undefined) {
    fields.year = Number(given.startDate.slice(0, 4))
  }
  transactEdition(doc, origin, () => {
    if (!isEditionInitialized(doc)) {
      throw new EditionError(EditionErrorCode.NotFound, 'the edition has no metadata yet')
    }
    const current = readEditionMeta(doc).value
    const dated = {
      year: fields.year ?? current.year,
      startDate: fields.startDate === undefined ? current.startDate : fields.startDate,
      endDate: fields.endDate === undefined ? current.endDate : fields.endDate,
    }
    requireConsistentDates(dated)
    requireGlobalTheme(doc, fields.globalThemeId)
    writeMeta(doc, fields)
    if (fields.startDate !== undefined || fields.endDate !== undefined) {
      addDayEntries(doc, dated.startDate, dated.endDate)
    }
  })
}

/** For the server, on start: the texts older documents lack, laid out before anyone types into them. */
export { hasUnlaidTexts, layOutMissingTexts, TEXT_LAYOUT } from './layout'
