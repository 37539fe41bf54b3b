import { convertWallTime, type Meeting, parseClockTime } from '../../../shared/doc/edition'

/** A meeting's hours on the edition's clocks, and on the viewer's where they differ. */
export interface MeetingHours {
  /** « 16:30–18:00 » on the edition's clocks. */
  edition: string
  /** The same hours on the viewer's clocks, null when they are the edition's. */
  viewer: string | null
  /** Days the viewer's start moved from the meeting's day (-1, 0, 1). */
  viewerDayShift: number
}

/** The hours of `meeting`, or null while either end is unknown. */
export function meetingHours(
  meeting: Pick<Meeting, 'date' | 'start' | 'end'>,
  editionZone: string,
  viewerZone: string,
): MeetingHours | null {
  if (!meeting.start || !meeting.end) return null
  const edition = `${meeting.start}–${meeting.end}`
  const start = convertWallTime(meeting.date, meeting.start, editionZone, viewerZone)
  const end = convertWallTime(meeting.date, meeting.end, editionZone, viewerZone)
  const viewer = start.time === meeting.start ? null : `${start.time}–${end.time}`
  return { edition, viewer, viewerDayShift: viewer === null ? 0 : start.dayShift }
}

/** Why a meeting's hours are refused before they are written: an end not after its start. */
export const HoursProblem = { EndBeforeStart: 'end_before_start' } as const
export type HoursProblem = (typeof HoursProblem)[keyof typeof HoursProblem]

/** What is wrong with `start`–`end` ('' for unknown), or null if they may be written. */
export function hoursProblem(start: string, end: string): HoursProblem | null {
  const from = start ? parseClockTime(start) : null
  const to = end ? parseClockTime(end) : null
  if (from !== null && to !== null && to <= from) return HoursProblem.EndBeforeStart
  return null
}
