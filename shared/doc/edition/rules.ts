/**
 * Rules that tie two fields together. Each field is valid on its own, so two
 * members editing different fields at once can break such a rule without
 * either of them doing anything wrong. The mutators refuse to break them;
 * readEdition keeps the entry; the warnings point at it.
 */
import {
  COLLECTIVITE_KINDS_BY_COUNTRY,
  type CollectiviteKind,
  type Country,
  type EditionMeta,
  SessionKind,
} from './schema'

/** Whether a collectivité of `kind` exists in `country` (no 市 in France). */
export function collectiviteKindFits(country: Country, kind: CollectiviteKind): boolean {
  return COLLECTIVITE_KINDS_BY_COUNTRY[country].includes(kind)
}

export const EditionDatesProblem = {
  /** The last day comes before the first. */
  EndBeforeStart: 'end_before_start',
  /** The first day is not in the edition's year. */
  YearMismatch: 'year_mismatch',
} as const
export type EditionDatesProblem = (typeof EditionDatesProblem)[keyof typeof EditionDatesProblem]

/** What is wrong with the edition's dates and year together, or null. */
export function editionDatesProblem(
  meta: Pick<EditionMeta, 'year' | 'startDate' | 'endDate'>,
): EditionDatesProblem | null {
  if (meta.startDate !== null && meta.endDate !== null && meta.endDate < meta.startDate) {
    return EditionDatesProblem.EndBeforeStart
  }
  if (meta.startDate !== null && Number(meta.startDate.slice(0, 4)) !== meta.year) {
    return EditionDatesProblem.YearMismatch
  }
  return null
}

/** Kinds of session that have FR ⇄ JA interpretation unless told otherwise. */
export const INTERPRETED_BY_DEFAULT: readonly SessionKind[] = [
  SessionKind.Plenary,
  SessionKind.Workshop,
  SessionKind.SiteVisit,
  SessionKind.Ceremony,
  SessionKind.Reception,
]
