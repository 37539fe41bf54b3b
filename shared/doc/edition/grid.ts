/**
 * The programme's time grid: times of day as minutes since midnight, snapped
 * to 5-minute slots. Pure helpers, shared by the mutators, the warnings and
 * the grid that drags sessions.
 */

/** The grid step: starts and durations are multiples of it. */
export const SLOT_MINUTES = 5
export const MINUTES_PER_DAY = 24 * 60
/** The longest session: one full day. */
export const MAX_SESSION_MINUTES = MINUTES_PER_DAY

const CLOCK_TIME = /^([01]\d|2[0-3]):([0-5]\d)$/

/** Minutes since midnight of 'HH:MM' (00:00–23:59), or null if it is not one. */
export function parseClockTime(value: string): number | null {
  const match = CLOCK_TIME.exec(value)
  if (!match) return null
  return Number(match[1]) * 60 + Number(match[2])
}

/** 'HH:MM' of a number of minutes since midnight, wrapped into one day. */
export function formatClockTime(minutes: number): string {
  const wrapped = ((Math.round(minutes) % MINUTES_PER_DAY) + MINUTES_PER_DAY) % MINUTES_PER_DAY
  const hours = Math.floor(wrapped / 60)
  return `${String(hours).padStart(2, '0')}:${String(wrapped % 60).padStart(2, '0')}`
}

/** `minutes` rounded to the nearest multiple of `step` (halves round up). */
export function snapMinutes(minutes: number, step: number = SLOT_MINUTES): number {
  return Math.round(minutes / step) * step
}

/** A start time dragged to `minutes`: snapped, and kept within the day. */
export function snapStart(minutes: number): number {
  return Math.min(Math.max(snapMinutes(minutes), 0), MINUTES_PER_DAY - SLOT_MINUTES)
}

/** A duration resized to `minutes`: snapped, at least one slot, at most a day. */
export function snapDuration(minutes: number): number {
  return Math.min(Math.max(snapMinutes(minutes), SLOT_MINUTES), MAX_SESSION_MINUTES)
}
