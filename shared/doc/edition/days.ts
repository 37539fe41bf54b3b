import type * as Y from 'yjs'
import type { z } from 'zod'
import { parseInput } from './checks'
import { EditionError, EditionErrorCode } from './errors'
import { parseClockTime } from './grid'
import { deleteEntry, entryMap, insertEntry, transactEdition, writeFields } from './layout'
import {
  type Day,
  DayFieldsSchema,
  DEFAULT_DAY_BOUNDS,
  type EditionSnapshot,
  IsoDateSchema,
  LocalizedTextPatchSchema,
} from './schema'
import { daysBetween } from './time'

const DayPatchSchema = DayFieldsSchema.extend({ label: LocalizedTextPatchSchema })
  .partial()
  .strict()
/** What to change of a day: its bounds, its label in some languages. */
export type DayPatch = z.input<typeof DayPatchSchema>

/**
 * Sets the bounds or label of `date`, creating its entry on first change.
 * The day must end after it starts.
 */
export function setDay(doc: Y.Doc, date: string, patch: DayPatch, origin: unknown): void {
  const day = parseInput(IsoDateSchema, date, 'day')
  const fields = parseInput(DayPatchSchema, patch, 'day change')
  transactEdition(doc, origin, () => {
    const entry = entryMap(doc, 'days', day)
    const current = entry?.toJSON() ?? {}
    const start =
      fields.start ?? (typeof current.start === 'string' ? current.start : DEFAULT_DAY_BOUNDS.start)
    const end =
      fields.end ?? (typeof current.end === 'string' ? current.end : DEFAULT_DAY_BOUNDS.end)
    if ((parseClockTime(end) ?? 0) <= (parseClockTime(start) ?? 0)) {
      throw new EditionError(EditionErrorCode.InvalidInput, `day ${day} ends before it starts`, [
        { path: 'end', message: 'before the start' },
      ])
    }
    if (entry) writeFields(entry, 'days', fields)
    else {
      const label = { fr: '', ja: '', en: '', ...fields.label }
      insertEntry(doc, 'days', day, { start, end, label })
    }
  })
}

/** Forgets the bounds and label of `date`: it reads as a default day again. */
export function resetDay(doc: Y.Doc, date: string, origin: unknown): boolean {
  const day = parseInput(IsoDateSchema, date, 'day')
  return transactEdition(doc, origin, () => deleteEntry(doc, 'days', day))
}

/**
 * The days of the edition, from its first to its last, each with its bounds
 * and label (the defaults where it has none). Empty while its dates are unknown.
 */
export function editionDays(snapshot: Pick<EditionSnapshot, 'meta' | 'days'>): Day[] {
  const { startDate, endDate } = snapshot.meta
  if (startDate === null || endDate === null || endDate < startDate) return []
  const own = new Map(snapshot.days.map((day) => [day.id, day]))
  return daysBetween(startDate, endDate).map(
    (id) => own.get(id) ?? { id, ...DEFAULT_DAY_BOUNDS, label: { fr: '', ja: '', en: '' } },
  )
}
