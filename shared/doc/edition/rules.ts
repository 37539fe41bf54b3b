/**
 * Rules that tie two fields together. Each field is valid on its own, so two
 * members editing different fields at once can break such a rule without
 * either of them doing anything wrong. The mutators refuse to break them;
 * readEdition keeps the entry; the warnings point at it.
 */
import { parseClockTime } from './grid'
import {
  COLLECTIVITE_KINDS_BY_COUNTRY,
  type CollectiviteKind,
  type Country,
  type Day,
  DEFAULT_DAY_BOUNDS,
  type EditionMeta,
  SessionKind,
} from './schema'
import { dayNumber, daysBetween } from './time'

/** Whether a collectivité of `kind` exists in `country` (no 市 in France). */
export function collectiviteKindFits(country: Country, kind: CollectiviteKind): boolean {
  return COLLECTIVITE_KINDS_BY_COUNTRY[country].includes(kind)
}

export const EditionDatesProblem = {
  /** The last day comes before the first. */
  EndBeforeStart: 'end_before_start',
  /** More than MAX_EDITION_DAYS from the first day to the last. */
  TooLong: 'too_long',
  /** The first day is not in the edition's year. */
  YearMismatch: 'year_mismatch',
} as const
export type EditionDatesProblem = (typeof EditionDatesProblem)[keyof typeof EditionDatesProblem]

/**
 * The most days an edition spans, first and last included. The Rencontres
 * last a few days; a month is already generous, and a mistyped year must
 * not draw hundreds of days (or, for 9999-12-31, millions).
 */
export const MAX_EDITION_DAYS = 31

/** What is wrong with a first and a last day as a span of days, or null. */
function spanProblem(startDate: string, endDate: string): EditionDatesProblem | null {
  if (endDate < startDate) return EditionDatesProblem.EndBeforeStart
  if (dayNumber(endDate) - dayNumber(startDate) + 1 > MAX_EDITION_DAYS) {
    return EditionDatesProblem.TooLong
  }
  return null
}

/** What is wrong with the edition's dates and year together, or null. */
export function editionDatesProblem(
  meta: Pick<EditionMeta, 'year' | 'startDate' | 'endDate'>,
): EditionDatesProblem | null {
  if (meta.startDate !== null && meta.endDate !== null) {
    const problem = spanProblem(meta.startDate, meta.endDate)
    if (problem !== null) return problem
  }
  if (meta.startDate !== null && Number(meta.startDate.slice(0, 4)) !== meta.year) {
    return EditionDatesProblem.YearMismatch
  }
  return null
}

/**
 * Every date from the edition's first day to its last; none while either is
 * unknown, or when they are reversed or too long (a document no mutator
 * writes, but a crafted or merged one may hold).
 */
export function editionDates(meta: Pick<EditionMeta, 'startDate' | 'endDate'>): string[] {
  const { startDate, endDate } = meta
  if (startDate === null || endDate === null || spanProblem(startDate, endDate) !== null) return []
  return daysBetween(startDate, endDate)
}

/**
 * The hours a day's grid shows: its own when it has them and they end after
 * they start, else DEFAULT_DAY_BOUNDS. Two members changing the start and
 * the end at once can leave a day ending before it starts, each change
 * valid alone; such a day reads as a default one until someone fixes it.
 */
export function dayHours(day: Pick<Day, 'start' | 'end' | 'ownHours'>): {
  start: string
  end: string
  own: boolean
} {
  const start = parseClockTime(day.start)
  const end = parseClockTime(day.end)
  if (day.ownHours && start !== null && end !== null && end > start) {
    return { start: day.start, end: day.end, own: true }
  }
  return { ...DEFAULT_DAY_BOUNDS, own: false }
}

/** Kinds of session that have FR ⇄ JA interpretation unless told otherwise. */
export const INTERPRETED_BY_DEFAULT: readonly SessionKind[] = [
  SessionKind.Plenary,
  SessionKind.Workshop,
  SessionKind.SiteVisit,
  SessionKind.Ceremony,
  SessionKind.Reception,
]
