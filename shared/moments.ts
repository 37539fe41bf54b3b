/**
 * The one rule for every moment Kaigi shows, in a file or in the app (when
 * a version was published or saved, a deadline): the date and time are
 * those of the edition's time zone, where the Rencontres take place; the
 * app adds the viewer's beside them where the viewer's clocks differ at
 * that moment. A file has no viewer, so it shows the edition's alone. So a
 * version published at 21:37 in Paris for a Shizuoka edition reads
 * « 2 décembre » in the PDF, the calendar and the app alike, and the app
 * adds « 1 décembre, 21:37 » for the reader in Paris.
 */
import { instantToZoned, zonedToInstant, zoneOffsetMinutes } from './doc/edition/time'

type Instant = Date | number | string

const toDate = (instant: Instant): Date => (instant instanceof Date ? instant : new Date(instant))

const formatters = new Map<string, Intl.DateTimeFormat>()
function formatter(locale: string, zone: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${locale}\u0000${zone}\u0000${withTime}`
  let format = formatters.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, {
      dateStyle: 'long',
      ...(withTime ? { timeStyle: 'short' } : {}),
      timeZone: zone,
    })
    formatters.set(key, format)
  }
  return format
}

/** The calendar day ('2026-12-02') on which `instant` falls on the clocks of `zone`. */
export const dayInZone = (instant: Instant, zone: string): string =>
  instantToZoned(toDate(instant), zone).day

/** `instant` as a date in words on the clocks of `zone`: '2 décembre 2026', '2026年12月2日'. */
export const formatDateInZone = (instant: Instant, zone: string, locale: string): string =>
  formatter(locale, zone, false).format(toDate(instant))

/** `instant` as a date and time on the clocks of `zone`: '2 décembre 2026 à 05:37'. */
export const formatDateTimeInZone = (instant: Instant, zone: string, locale: string): string =>
  formatter(locale, zone, true).format(toDate(instant))

const timeFormatters = new Map<string, Intl.DateTimeFormat>()

/** `instant` as a time of day on the clocks of `zone`: '05:37', '5:37'. */
export function formatTimeOfDayInZone(instant: Instant, zone: string, locale: string): string {
  const key = `${locale}\u0000${zone}`
  let format = timeFormatters.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { timeStyle: 'short', timeZone: zone })
    timeFormatters.set(key, format)
  }
  return format.format(toDate(instant))
}

/** Whether the clocks of two zones show different times at `instant`. */
export const zonesDiffer = (instant: Instant, zone: string, other: string): boolean =>
  zoneOffsetMinutes(toDate(instant), zone) !== zoneOffsetMinutes(toDate(instant), other)

/** A moment as the app shows it: on the edition's clocks, and on the viewer's where they differ. */
export interface ShownMoment {
  /** The edition's date (and time): what every file says too. */
  edition: string
  /** The viewer's date (and time), or null when the viewer's clocks are the edition's. */
  viewer: string | null
}

/** `instant` by the rule: the edition's date (and time), the viewer's beside it where it differs. */
export function showMoment(
  instant: Instant,
  options: { editionZone: string; viewerZone: string; locale: string; withTime?: boolean },
): ShownMoment {
  const { editionZone, viewerZone, locale, withTime = true } = options
  const format = withTime ? formatDateTimeInZone : formatDateInZone
  const differs = withTime
    ? zonesDiffer(instant, editionZone, viewerZone)
    : dayInZone(instant, editionZone) !== dayInZone(instant, viewerZone)
  return {
    edition: format(instant, editionZone, locale),
    viewer: differs ? format(instant, viewerZone, locale) : null,
  }
}

/** `instant`'s time of day by the rule: the edition's, the viewer's beside it where the clocks differ. */
export function showTimeOfDay(
  instant: Instant,
  options: { editionZone: string; viewerZone: string; locale: string },
): ShownMoment {
  const { editionZone, viewerZone, locale } = options
  return {
    edition: formatTimeOfDayInZone(instant, editionZone, locale),
    viewer: zonesDiffer(instant, editionZone, viewerZone)
      ? formatTimeOfDayInZone(instant, viewerZone, locale)
      : null,
  }
}

/** A `datetime-local` field's value: '2026-12-02T05:37', seconds allowed. */
const ZONED_INPUT = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?$/

/**
 * `instant` as the value of a date-and-time field on the clocks of `zone`
 * ('2026-12-02T05:37'): what a field set on the edition's clocks shows,
 * whatever the browser's.
 */
export function zonedInput(instant: Instant, zone: string): string {
  const { day, time } = instantToZoned(toDate(instant), zone)
  return `${day}T${time}`
}

/**
 * The instant a date-and-time field's value means on the clocks of `zone`:
 * '2026-12-02T05:37' typed for a Tokyo edition is 20:37 UTC on 1 December.
 * A value that is no such date and time throws a RangeError saying so.
 */
export function instantOfZonedInput(value: string, zone: string): Date {
  const parts = ZONED_INPUT.exec(value)
  const instant = parts?.[1] && parts[2] ? zonedToInstant(parts[1], parts[2], zone) : null
  // A day or an hour that does not exist (13th month, 25:00) comes back as another.
  if (!instant || Number.isNaN(instant.getTime()) || dayInZone(instant, zone) !== parts?.[1]) {
    throw new RangeError(`not a date and time YYYY-MM-DDTHH:MM: ${value}`)
  }
  return instant
}
