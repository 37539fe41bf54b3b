import { formatDay } from '../../shared/calendar-days'
import {
  convertWallTime,
  formatTimeInZone,
  sessionInstants,
  type TimedSession,
  zoneOffsetMinutes,
} from '../../shared/doc/edition'

/** The time zone of this browser, e.g. 'Europe/Paris'. */
export function viewerTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone
}

// Days in words are shared with the exported files.
export { formatDateRange, formatDay } from '../../shared/calendar-days'

/** When a timed session starts and ends on the edition's clocks, and on the viewer's if they differ. */
export interface SessionTimes {
  start: string
  end: string
  /** The viewer's start time, when the viewer's clocks differ from the edition's. */
  viewerStart: string | null
  /** The viewer's day, when it is not the session's own. */
  viewerDay: string | null
}

export function sessionTimes(
  session: Pick<TimedSession, 'day' | 'start' | 'durationMinutes'>,
  editionZone: string,
  viewerZone: string,
  locale: string,
): SessionTimes {
  const { start, end } = sessionInstants(session, editionZone)
  const differs = zoneOffsetMinutes(start, viewerZone) !== zoneOffsetMinutes(start, editionZone)
  let viewerDay: string | null = null
  if (differs) {
    const shown = convertWallTime(session.day, session.start, editionZone, viewerZone)
    if (shown.dayShift !== 0) viewerDay = formatDay(shown.day, locale, 'tab')
  }
  return {
    start: formatTimeInZone(start, editionZone, locale),
    end: formatTimeInZone(end, editionZone, locale),
    viewerStart: differs ? formatTimeInZone(start, viewerZone, locale) : null,
    viewerDay,
  }
}

/** A moment (an ISO timestamp) as a date and time in the viewer's zone: '25 nov. 2026, 09:00'. */
export function formatInstant(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(
    new Date(iso),
  )
}
