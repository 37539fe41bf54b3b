import {
  type EditionWarning,
  formatClockTime,
  MINUTES_PER_DAY,
  parseClockTime,
  SLOT_MINUTES,
  type TimedSession,
  WarningCode,
} from '../../../shared/doc/edition'

/** Every start on the 5-minute grid: a select reads the same in every locale, unlike a time input. */
export const START_TIMES: readonly string[] = Array.from(
  { length: MINUTES_PER_DAY / SLOT_MINUTES },
  (_, index) => formatClockTime(index * SLOT_MINUTES),
)

/** The grid's vertical scale. */
export const PX_PER_MINUTE = 1.6

/** Minutes since midnight, for times known to be valid (those of a snapshot). */
export const minutesOf = (clock: string): number => parseClockTime(clock) ?? 0

/** A stretch of a day, in minutes since midnight. */
export interface Span {
  start: number
  end: number
}

/**
 * The hours a day's grid shows: the day's bounds, widened to fit every
 * session, on whole hours so that the hour lines fall on the labels.
 */
export function dayRange(bounds: Span, sessions: readonly TimedSession[]): Span {
  let start = bounds.start
  let end = bounds.end
  for (const session of sessions) {
    const from = minutesOf(session.start)
    start = Math.min(start, from)
    end = Math.max(end, from + session.durationMinutes)
  }
  return {
    start: Math.floor(start / 60) * 60,
    end: Math.min(Math.ceil(end / 60) * 60, MINUTES_PER_DAY),
  }
}

/**
 * One rectangle of a session on the grid, in column units from the first
 * room's left edge: a session across adjacent rooms is one rectangle; across
 * rooms apart, or beside an overlapping session, it is cut into several.
 */
export interface Segment {
  left: number
  right: number
  /** The first rectangle of a session carries its label and its focus. */
  first: boolean
}

interface LanePlace {
  lane: number
  lanes: number
}

/**
 * Lanes for the sessions of one column, so that overlapping sessions stay
 * side by side. Within a group of overlapping sessions the lanes are only
 * labels, so they are then ordered to let a session that comes from the
 * column on the left hold the left lane, and one that goes on to the right
 * the right lane: it can then be drawn as one rectangle with its neighbours.
 */
function lanesOfColumn(
  sessions: readonly TimedSession[],
  fromLeft: (id: string) => boolean,
  toRight: (id: string) => boolean,
): Map<string, LanePlace> {
  const sorted = [...sessions].sort((a, b) => minutesOf(a.start) - minutesOf(b.start))
  const places = new Map<string, LanePlace>()
  let group: Array<{ id: string; lane: number }> = []
  let laneEnds: number[] = []
  let groupEnd = -1
  const close = () => {
    const lanes = laneEnds.length
    const order = Array.from({ length: lanes }, (_, lane) => lane)
    const left = group.find((entry) => fromLeft(entry.id))?.lane
    const right = group.find((entry) => toRight(entry.id) && entry.lane !== left)?.lane
    if (right !== undefined) order.push(...order.splice(order.indexOf(right), 1))
    if (left !== undefined) order.unshift(...order.splice(order.indexOf(left), 1))
    for (const entry of group) {
      places.set(entry.id, { lane: order.indexOf(entry.lane), lanes })
    }
    group = []
    laneEnds = []
  }
  for (const session of sorted) {
    const start = minutesOf(session.start)
    const end = start + session.durationMinutes
    if (start >= groupEnd) close()
    let lane = laneEnds.findIndex((laneEnd) => laneEnd <= start)
    if (lane === -1) lane = laneEnds.length
    laneEnds[lane] = end
    group.push({ id: session.id, lane })
    groupEnd = Math.max(groupEnd, end)
  }
  close()
  return places
}

/**
 * Where each session of a day is drawn. `columnsOf` gives the indices of the
 * columns a session takes, ascending. Lanes are worked out column by column;
 * a session then joins one column to the next only where nothing stands
 * between them (it holds the right edge of one and the left edge of the next).
 */
export function layoutDay(
  sessions: readonly TimedSession[],
  columnCount: number,
  columnsOf: (session: TimedSession) => number[],
): Map<string, Segment[]> {
  const byColumn: TimedSession[][] = Array.from({ length: columnCount }, () => [])
  const columns = new Map<string, number[]>()
  for (const session of sessions) {
    const taken = columnsOf(session)
    columns.set(session.id, taken)
    for (const index of taken) byColumn[index]?.push(session)
  }
  const lanes = byColumn.map((inColumn, column) =>
    lanesOfColumn(
      inColumn,
      (id) => columns.get(id)?.includes(column - 1) ?? false,
      (id) => columns.get(id)?.includes(column + 1) ?? false,
    ),
  )
  const layout = new Map<string, Segment[]>()
  for (const session of sessions) {
    const segments: Segment[] = []
    let open: { left: number; right: number; lastColumn: number; atRightEdge: boolean } | null =
      null
    for (const column of columns.get(session.id) ?? []) {
      const place = lanes[column]?.get(session.id) ?? { lane: 0, lanes: 1 }
      const left = column + place.lane / place.lanes
      const right = column + (place.lane + 1) / place.lanes
      const joins = open && open.lastColumn === column - 1 && open.atRightEdge && place.lane === 0
      if (open && joins) {
        open.right = right
        open.lastColumn = column
        open.atRightEdge = place.lane === place.lanes - 1
        continue
      }
      if (open) segments.push({ left: open.left, right: open.right, first: segments.length === 0 })
      open = { left, right, lastColumn: column, atRightEdge: place.lane === place.lanes - 1 }
    }
    if (open) segments.push({ left: open.left, right: open.right, first: segments.length === 0 })
    layout.set(session.id, segments)
  }
  return layout
}

/** The most lanes a day's columns are given, however many sessions clash in one room. */
const MAX_LANES = 3

/**
 * How many sessions stand side by side in the day's most crowded column (a
 * room double booked), up to MAX_LANES: the columns are made that many
 * cards wide, so that clashing sessions stay readable.
 */
export function densestLanes(layout: ReadonlyMap<string, readonly Segment[]>): number {
  let narrowest = 1
  for (const segments of layout.values()) {
    for (const segment of segments) narrowest = Math.min(narrowest, segment.right - segment.left)
  }
  return Math.min(MAX_LANES, Math.max(1, Math.round(1 / narrowest)))
}

/**
 * The first start, on the 5-minute grid, from `within.start` on, where a
 * session of `minutes` overlaps none of `taken`; after the last of them if
 * the day has no such gap.
 */
export function firstFreeStart(
  taken: readonly TimedSession[],
  within: Span,
  minutes: number,
): number {
  const busy = taken
    .map((session) => {
      const start = minutesOf(session.start)
      return { start, end: start + session.durationMinutes }
    })
    .sort((a, b) => a.start - b.start)
  let candidate = within.start
  for (const slot of busy) {
    if (slot.end <= candidate) continue
    if (slot.start >= candidate + minutes) break
    candidate = Math.ceil(slot.end / SLOT_MINUTES) * SLOT_MINUTES
  }
  return Math.min(candidate, MINUTES_PER_DAY - SLOT_MINUTES)
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
