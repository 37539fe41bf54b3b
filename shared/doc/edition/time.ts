/**
 * Calendar days and time zones, with Intl only. A session's start is a wall
 * time in the edition's zone ('2024-11-20' '14:00' Asia/Tokyo); these helpers
 * turn it into an instant and show that instant in another zone, daylight
 * saving time included.
 */
import { MINUTES_PER_DAY, parseClockTime } from './grid'

const MINUTE_MS = 60_000
const DAY_MS = MINUTES_PER_DAY * MINUTE_MS
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** Whether this runtime knows `timeZone` (an IANA name such as 'Europe/Paris'). */
export function isValidTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone })
    return true
  } catch {
    return false
  }
}

// Building a DateTimeFormat costs far more than using one: keep one per zone.
const partsFormatters = new Map<string, Intl.DateTimeFormat>()
function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = partsFormatters.get(timeZone)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    })
    partsFormatters.set(timeZone, formatter)
  }
  return formatter
}

/** The wall clock of `timeZone` at `instantMs`, as milliseconds of a UTC date with the same fields. */
function wallClockMs(instantMs: number, timeZone: string): number {
  const fields: Record<string, number> = {}
  for (const part of partsFormatter(timeZone).formatToParts(instantMs)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value)
  }
  return Date.UTC(
    fields.year ?? 1970,
    (fields.month ?? 1) - 1,
    fields.day ?? 1,
    fields.hour ?? 0,
    fields.minute ?? 0,
    fields.second ?? 0,
  )
}

/** The offset of `timeZone` from UTC at `instant`, in minutes (540 for Tokyo). */
export function zoneOffsetMinutes(instant: Date | number, timeZone: string): number {
  const ms = typeof instant === 'number' ? instant : instant.getTime()
  const wholeSeconds = Math.floor(ms / 1000) * 1000
  return Math.round((wallClockMs(wholeSeconds, timeZone) - wholeSeconds) / MINUTE_MS)
}

/** Milliseconds of `day` at midnight UTC; throws RangeError on a malformed day. */
function dayMs(day: string): number {
  const match = ISO_DATE.exec(day)
  if (!match) throw new RangeError(`not a day YYYY-MM-DD: ${day}`)
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))
}

/** Days since 1970-01-01 of 'YYYY-MM-DD'. */
export function dayNumber(day: string): number {
  return Math.round(dayMs(day) / DAY_MS)
}

/** 'YYYY-MM-DD' of a UTC date's fields. */
function formatDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10)
}

/** The day `days` after `day` (before it when negative). */
export function addDays(day: string, days: number): string {
  return formatDay(dayMs(day) + days * DAY_MS)
}

/** Every day from `startDate` to `endDate`, both included (empty if reversed). */
export function daysBetween(startDate: string, endDate: string): string[] {
  const days: string[] = []
  const last = dayNumber(endDate)
  for (let n = dayNumber(startDate); n <= last; n++) days.push(formatDay(n * DAY_MS))
  return days
}

/**
 * The instant at which clocks in `timeZone` show `day` at `time`. A time
 * skipped by a change to summer time moves forward by the gap (02:30 becomes
 * 03:30); a time shown twice in autumn is its first occurrence. This is what
 * Temporal calls 'compatible'.
 */
export function zonedToInstant(day: string, time: string, timeZone: string): Date {
  const minutes = parseClockTime(time)
  if (minutes === null) throw new RangeError(`not a time of day HH:MM: ${time}`)
  const wall = dayMs(day) + minutes * MINUTE_MS
  // The offsets a day either side bracket any transition near this wall time.
  const before = zoneOffsetMinutes(wall - DAY_MS, timeZone)
  const after = zoneOffsetMinutes(wall + DAY_MS, timeZone)
  const matches = [...new Set([before, after])]
    .map((offset) => wall - offset * MINUTE_MS)
    .filter((instant) => wallClockMs(instant, timeZone) === wall)
  if (matches.length > 0) return new Date(Math.min(...matches))
  return new Date(wall - before * MINUTE_MS)
}

/** The wall-clock day and time ('HH:MM') that `instant` shows in `timeZone`. */
export function instantToZoned(
  instant: Date | number,
  timeZone: string,
): { day: string; time: string } {
  const ms = typeof instant === 'number' ? instant : instant.getTime()
  const iso = new Date(wallClockMs(ms, timeZone)).toISOString()
  return { day: iso.slice(0, 10), time: iso.slice(11, 16) }
}

/**
 * `day` `time` on the clocks of `fromZone`, as shown on the clocks of
 * `toZone` ('2024-11-20' '14:00' Tokyo is '06:00' the same day in Paris),
 * with `dayShift` the days it moved (-1 when it falls on the day before).
 */
export function convertWallTime(
  day: string,
  time: string,
  fromZone: string,
  toZone: string,
): { day: string; time: string; dayShift: number } {
  const shown = instantToZoned(zonedToInstant(day, time, fromZone), toZone)
  return { ...shown, dayShift: dayNumber(shown.day) - dayNumber(day) }
}

const timeFormatters = new Map<string, Intl.DateTimeFormat>()
/** `instant` as a time of day in `timeZone`, formatted for `locale` ('14:00', '2:00 PM'). */
export function formatTimeInZone(instant: Date | number, timeZone: string, locale: string): string {
  const key = `${locale}\u0000${timeZone}`
  let formatter = timeFormatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { timeZone, hour: '2-digit', minute: '2-digit' })
    timeFormatters.set(key, formatter)
  }
  return formatter.format(instant)
}

/**
 * When `session` starts and ends, given the edition's `timeZone`. The
 * duration is elapsed time: across a change of clocks (at night, outside any
 * programme) the wall-clock end differs from start plus duration.
 */
export function sessionInstants(
  session: { day: string; start: string; durationMinutes: number },
  timeZone: string,
): { start: Date; end: Date } {
  const start = zonedToInstant(session.day, session.start, timeZone)
  return { start, end: new Date(start.getTime() + session.durationMinutes * MINUTE_MS) }
}
