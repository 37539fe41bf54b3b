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

const utcDate = (day: string) => new Date(`${day}T00:00:00Z`)

/** A calendar day ('2024-11-18') for `locale`: '18 novembre 2024', '2024年11月18日'. */
export function formatDay(day: string, locale: string, style: 'long' | 'tab' = 'long'): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }
      : { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' }
  return new Intl.DateTimeFormat(locale, options).format(utcDate(day))
}

/**
 * '2024年11月18日～21日': ICU's Japanese range falls back to '2024/11/18～2024/11/21',
 * which committee letters never use.
 */
function japaneseRange(startDate: string, endDate: string, format: Intl.DateTimeFormat): string {
  const [startYear, startMonth] = startDate.split('-')
  const [endYear, endMonth, endDay] = endDate.split('-').map(Number)
  const start = format.format(utcDate(startDate))
  if (startDate === endDate) return start
  if (Number(startYear) !== endYear) return `${start}～${format.format(utcDate(endDate))}`
  if (Number(startMonth) !== endMonth) return `${start}～${endMonth}月${endDay}日`
  return `${start}～${endDay}日`
}

/** The days of an edition as one range, or the year alone when they are not known. */
export function formatDateRange(
  startDate: string | null,
  endDate: string | null,
  locale: string,
  year?: number,
): string {
  if (startDate && endDate) {
    const format = new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      day: 'numeric',
      timeZone: 'UTC',
    })
    if (locale === 'ja') return japaneseRange(startDate, endDate, format)
    return format.formatRange(utcDate(startDate), utcDate(endDate))
  }
  if (startDate) return formatDay(startDate, locale)
  return year === undefined ? '' : String(year)
}

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
