/**
 * Where a session sits: on the grid (a day, a start and at least one room)
 * or in the tray of unplaced sessions. Pure reads of a snapshot, shared by
 * the grid, the warnings and the exports.
 */
import type { Id, Room, Session } from './schema'

/** A session with a day and a start. */
export type TimedSession = Session & { day: string; start: string }

/** Whether `session` has a day and a start. */
export function isTimed(session: Session): session is TimedSession {
  return session.day !== null && session.start !== null
}

/**
 * The rooms `session` takes, in the grid's order: every room for a session
 * across all rooms, else its own rooms that still exist.
 */
export function sessionRoomIds(session: Session, rooms: readonly Room[]): Id[] {
  if (session.allRooms) return rooms.map((room) => room.id)
  const own = new Set(session.roomIds)
  return rooms.filter((room) => own.has(room.id)).map((room) => room.id)
}

/** Whether `session` is on the grid: a day, a start, and a room to be drawn in. */
export function isPlaced(session: Session, rooms: readonly Room[]): session is TimedSession {
  return isTimed(session) && sessionRoomIds(session, rooms).length > 0
}
