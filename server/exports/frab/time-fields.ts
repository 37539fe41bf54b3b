/** Times as frab's fields take them: 'HH:MM' durations, and instants with their zone's offset. */
import { zoneOffsetMinutes } from '../../../shared/doc/edition'

const pad2 = (n: number): string => String(n).padStart(2, '0')
/** 'HH:MM' of a number of minutes (a duration may reach 24:00). */
export const hoursMinutes = (minutes: number): string =>
  `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`

/** `instant` as the clocks of `timeZone` show it, with their offset: '2024-11-19T09:30:00+09:00'. */
export function zonedIso(instant: Date, timeZone: string): string {
  const offset = zoneOffsetMinutes(instant, timeZone)
  const wall = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19)
  return `${wall}${offset < 0 ? '-' : '+'}${hoursMinutes(Math.abs(offset))}`
}

/** The greatest common divisor: the grid's step divides every start and duration. */
export const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))

/** The JSON schema's pattern for a time zone name; one it refuses is left out of both files. */
export const FRAB_TIME_ZONE = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/
