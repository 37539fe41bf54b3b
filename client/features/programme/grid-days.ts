import {
  DEFAULT_DAY_BOUNDS,
  type EditionSnapshot,
  editionDays,
  isPlaced,
  type LocalizedText,
  type TimedSession,
} from '../../../shared/doc/edition'
import { minutesOf, type Span } from './grid-layout'

/** A tab of the grid: a day of the edition, or a day some session is on outside its dates. */
export interface GridDay {
  id: string
  label: LocalizedText
  bounds: Span
  /** False for a day outside the edition's dates: shown so that its sessions are not lost. */
  inEdition: boolean
}

/** The sessions drawn on the grid: those with a day, a start and a room that exists. */
export function placedSessions(
  snapshot: Pick<EditionSnapshot, 'sessions' | 'rooms'>,
): TimedSession[] {
  return snapshot.sessions.filter((session) => isPlaced(session, snapshot.rooms))
}

/** The grid's tabs: every day of the edition, then any other day a placed session is on, by date. */
export function gridDays(
  snapshot: Pick<EditionSnapshot, 'meta' | 'days' | 'sessions' | 'rooms'>,
): GridDay[] {
  const days: GridDay[] = editionDays(snapshot).map((day) => ({
    id: day.id,
    label: day.label,
    bounds: { start: minutesOf(day.start), end: minutesOf(day.end) },
    inEdition: true,
  }))
  const known = new Set(days.map((day) => day.id))
  for (const session of placedSessions(snapshot)) {
    if (known.has(session.day)) continue
    known.add(session.day)
    days.push({
      id: session.day,
      label: { fr: '', ja: '', en: '' },
      bounds: {
        start: minutesOf(DEFAULT_DAY_BOUNDS.start),
        end: minutesOf(DEFAULT_DAY_BOUNDS.end),
      },
      inEdition: false,
    })
  }
  return days.sort((a, b) => a.id.localeCompare(b.id))
}
