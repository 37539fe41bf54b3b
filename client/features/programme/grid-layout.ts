import {
  type EditionWarning,
  formatClockTime,
  MINUTES_PER_DAY,
  parseClockTime,
  type Session,
  SLOT_MINUTES,
  WarningCode,
} from '../../../shared/doc/edition'

/** Every start on the 5-minute grid: a select reads the same in every locale, unlike a time input. */
export const START_TIMES: readonly string[] = Array.from(
  { length: MINUTES_PER_DAY / SLOT_MINUTES },
  (_, index) => formatClockTime(index * SLOT_MINUTES),
)

/** The grid's vertical scale. */
export const PX_PER_MINUTE = 1.6

/** The hours a day's grid shows: 08:00–18:00 at least, widened to fit every session. */
export function dayRange(sessions: readonly Session[]): { start: number; end: number } {
  let start = 8 * 60
  let end = 18 * 60
  for (const session of sessions) {
    const from = parseClockTime(session.start) ?? 0
    start = Math.min(start, Math.floor(from / 60) * 60)
    end = Math.max(end, Math.ceil((from + session.durationMinutes) / 60) * 60)
  }
  return { start, end: Math.min(end, MINUTES_PER_DAY) }
}

/** A session's place in its column: side by side with those it overlaps. */
export interface Placement {
  lane: number
  lanes: number
}

/** Lanes for the sessions of one column, so that overlapping sessions stay readable. */
export function placeInLanes(sessions: readonly Session[]): Map<string, Placement> {
  const sorted = [...sessions].sort(
    (a, b) => (parseClockTime(a.start) ?? 0) - (parseClockTime(b.start) ?? 0),
  )
  const placements = new Map<string, Placement>()
  let group: Array<{ id: string; lane: number }> = []
  let laneEnds: number[] = []
  let groupEnd = -1
  const close = () => {
    for (const entry of group)
      placements.set(entry.id, { lane: entry.lane, lanes: laneEnds.length })
    group = []
    laneEnds = []
  }
  for (const session of sorted) {
    const start = parseClockTime(session.start) ?? 0
    const end = start + session.durationMinutes
    if (start >= groupEnd) close()
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= start)
    if (lane === -1) lane = laneEnds.length
    laneEnds[lane] = end
    group.push({ id: session.id, lane })
    groupEnd = Math.max(groupEnd, end)
  }
  close()
  return placements
}

/** The warnings that concern each session, by session id. */
export function warningsBySession(warnings: readonly EditionWarning[]): Map<string, WarningCode[]> {
  const bySession = new Map<string, WarningCode[]>()
  const add = (id: string, code: WarningCode) => {
    const codes = bySession.get(id) ?? []
    if (!codes.includes(code)) codes.push(code)
    bySession.set(id, codes)
  }
  for (const warning of warnings) {
    if ('sessionIds' in warning) for (const id of warning.sessionIds) add(id, warning.code)
    else if ('sessionId' in warning) add(warning.sessionId, warning.code)
    else if (
      warning.code === WarningCode.MissingTranslation &&
      warning.target.collection === 'sessions'
    ) {
      add(warning.target.id, warning.code)
    }
  }
  return bySession
}
