import { formatClockTime, MINUTES_PER_DAY, SLOT_MINUTES } from '../../../shared/doc/edition'

/**
 * The times a day may start or end at: every 5 minutes, written 'HH:MM',
 * so that a select reads the same in every language.
 */
export const DAY_TIMES: readonly string[] = Array.from(
  { length: MINUTES_PER_DAY / SLOT_MINUTES },
  (_, index) => formatClockTime(index * SLOT_MINUTES),
)
