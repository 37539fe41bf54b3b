/** What changing an edition's dates does to its sessions: pure reads of a snapshot. */
import type { EditionMeta, Session } from '../../../shared/doc/edition'

/** The edition's first and last day, either unknown. */
export type EditionDates = Pick<EditionMeta, 'startDate' | 'endDate'>

/**
 * The sessions whose day falls before `dates`' first day or after its last,
 * by day: they stay on the programme under their own day, marked, as the
 * warnings' `outside_edition_dates` says.
 */
export function sessionsOutside(sessions: readonly Session[], dates: EditionDates): Session[] {
  return sessions
    .filter(
      (session) =>
        session.day !== null &&
        ((dates.startDate !== null && session.day < dates.startDate) ||
          (dates.endDate !== null && session.day > dates.endDate)),
    )
    .sort((a, b) => `${a.day} ${a.start ?? ''}`.localeCompare(`${b.day} ${b.start ?? ''}`))
}
