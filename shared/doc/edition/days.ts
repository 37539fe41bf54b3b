import type * as Y from 'yjs'
import type { z } from 'zod'
import { plainValue } from '../plain-value'
import { parseInput } from './checks'
import { EditionError, EditionErrorCode } from './errors'
import { parseClockTime } from './grid'
import { entryMap, insertEntry, transactEdition, writeFields } from './layout'
import { dayHours, editionDates } from './rules'
import {
  type Day,
  DayFieldsSchema,
  DEFAULT_DAY_BOUNDS,
  type EditionSnapshot,
  IsoDateSchema,
  LocalizedTextPatchSchema,
} from './schema'

const DayPatchSchema = DayFieldsSchema.omit({ ownHours: true })
  .extend({ label: LocalizedTextPatchSchema })
  .partial()
  .strict()
/** What to change of a day: its bounds, its label in some languages. */
export type DayPatch = z.input<typeof DayPatchSchema>

const defaultDay = () => ({
  ...DEFAULT_DAY_BOUNDS,
  ownHours: false,
  label: { fr: '', ja: '', en: '' },
})

/**
 * Gives each day from `startDate` to `endDate` its entry where it has none,
 * within the caller's transaction (initEdition, setMeta). Created with the
 * dates, by whoever set them, so that two members labelling a day later type
 * into the same texts instead of each creating an entry, one lost whole.
 * Entries are never deleted: a day left outside new dates keeps its settings.
 */
export function addDayEntries(doc: Y.Doc, startDate: string | null, endDate: string | null): void {
  for (const date of editionDates({ startDate, endDate })) {
    if (entryMap(doc, 'days', date) === null) insertEntry(doc, 'days', date, defaultDay())
  }
}

/** The day's fields as readEdition reads them; the defaults where unreadable. */
function currentDay(doc: Y.Doc, date: string): Omit<Day, 'id'> {
  const parsed = DayFieldsSchema.safeParse(plainValue(entryMap(doc, 'days', date)))
  return parsed.success ? parsed.data : defaultDay()
}

/**
 * Sets the bounds or label of `date`. Bounds given make them the day's own
 * hours, the one not given kept as the day shows it; the day must end after
 * it starts. A date without an entry (outside the edition's dates) gets one.
 */
export function setDay(doc: Y.Doc, date: string, patch: DayPatch, origin: unknown): void {
  const day = parseInput(IsoDateSchema, date, 'day')
  const fields = parseInput(DayPatchSchema, patch, 'day change')
  transactEdition(doc, origin, () => {
    const shown = dayHours(currentDay(doc, day))
    const hours =
      fields.start === undefined && fields.end === undefined
        ? {}
        : { start: fields.start ?? shown.start, end: fields.end ?? shown.end, ownHours: true }
    if (
      hours.start !== undefined &&
      (parseClockTime(hours.end) ?? 0) <= (parseClockTime(hours.start) ?? 0)
    ) {
      throw new EditionError(EditionErrorCode.InvalidInput, `day ${day} ends before it starts`, [
        { path: 'end', message: 'before the start' },
      ])
    }
    const entry = entryMap(doc, 'days', day)
    // Both bounds are written: one stored from before, while the day had the
    // default hours, must not come back. An unchanged one is not rewritten.
    if (entry) writeFields(entry, 'days', { ...hours, label: fields.label })
    else {
      const label = { fr: '', ja: '', en: '', ...fields.label }
      insertEntry(doc, 'days', day, { ...defaultDay(), ...hours, label })
    }
  })
}

/**
 * Gives `date` the default hours and an empty label again. The entry stays
 * (its texts emptied, not replaced), so that a member still typing its label
 * types into the same text. False if there was nothing to reset.
 */
export function resetDay(doc: Y.Doc, date: string, origin: unknown): boolean {
  const day = parseInput(IsoDateSchema, date, 'day')
  return transactEdition(doc, origin, () => {
    const entry = entryMap(doc, 'days', day)
    if (!entry) return false
    const before = JSON.stringify(plainValue(entry))
    writeFields(entry, 'days', defaultDay())
    return JSON.stringify(plainValue(entry)) !== before
  })
}

/**
 * The days of the edition, from its first to its last, each with the hours
 * its grid shows (dayHours) and its label. Empty while its dates are unknown,
 * or reversed or too long (a document no mutator would write).
 */
export function editionDays(snapshot: Pick<EditionSnapshot, 'meta' | 'days'>): Day[] {
  const own = new Map(snapshot.days.map((day) => [day.id, day]))
  return editionDates(snapshot.meta).map((id) => {
    const day = own.get(id)
    if (!day) return { id, ...defaultDay() }
    const { start, end, own: ownHours } = dayHours(day)
    return { ...day, start, end, ownHours }
  })
}
