/** What a room holds, read from a snapshot: what deleting it would do. */
import type { Id, Room, Session } from '../../../shared/doc/edition'

/**
 * The sessions held in `roomId`, alone or among others (not those across
 * all rooms), and how many of them it alone holds: deleting the room takes
 * those off the grid, unplaced, never deleted.
 */
export function roomHolding(
  roomId: Id,
  sessions: readonly Session[],
  rooms: readonly Room[],
): { held: Session[]; onlyHere: number } {
  const others = new Set(rooms.map((room) => room.id).filter((id) => id !== roomId))
  const held = sessions.filter((session) => !session.allRooms && session.roomIds.includes(roomId))
  const onlyHere = held.filter((session) => !session.roomIds.some((id) => others.has(id))).length
  return { held, onlyHere }
}

/** `items` in ascending `position`, as the grid and the lists show them. */
export function byPosition<T extends { position: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.position - b.position)
}
