import {
  formatClockTime,
  parseClockTime,
  type Room,
  type SessionPlace,
} from '../../../shared/doc/edition'
import { pickText } from '../../lib/localized-text'
import { formatDay } from '../../lib/times'

/** The words a place is made of, in the reader's language. */
export interface PlaceNames {
  placeSeparator: string
  noRoom: string
  unknownRoom: string
  unplaced: string
  allRooms: string
}

/**
 * Where and when a session is, as a committee reads it: "mer. 20 nov., 13:30–15:00, Salle 1",
 * times on the edition's clock, the rooms named as the live edition names them
 * (a room deleted since reads as deleted), "Non placée" for a session in the tray.
 */
export function placeText(
  place: SessionPlace,
  rooms: readonly Room[],
  locale: 'fr' | 'ja' | 'en',
  names: PlaceNames,
): string {
  if (place.day === null || place.start === null) return names.unplaced
  const start = parseClockTime(place.start)
  const times =
    start === null
      ? place.start
      : `${place.start}–${formatClockTime(start + place.durationMinutes)}`
  return [formatDay(place.day, locale, 'tab'), times, roomsText(place, rooms, locale, names)].join(
    names.placeSeparator,
  )
}

function roomsText(
  place: SessionPlace,
  rooms: readonly Room[],
  locale: 'fr' | 'ja' | 'en',
  names: PlaceNames,
): string {
  if (place.allRooms) return names.allRooms
  if (place.roomIds.length === 0) return names.noRoom
  // Kept in the order the session lists them: a version may name rooms the live grid no longer has.
  return place.roomIds
    .map((roomId) => {
      const room = rooms.find((each) => each.id === roomId)
      return room ? pickText(room.name, locale).main : names.unknownRoom
    })
    .join(' / ')
}
