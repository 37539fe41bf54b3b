import { formatClockTime, parseClockTime, type Room, type Session } from '../../shared/doc/edition'
import { formatDay } from '../edition/format'
import { pickText } from '../edition/list'

type Place = Pick<Session, 'day' | 'start' | 'durationMinutes' | 'roomId'>

/**
 * Where and when a session is, as a committee reads it: "mer. 20 nov., 13:30–15:00, Salle 1",
 * times on the edition's clock, the room named as the live edition names it.
 */
export function placeText(
  place: Place,
  rooms: readonly Room[],
  locale: 'fr' | 'ja' | 'en',
  names: { placeSeparator: string; noRoom: string; unknownRoom: string },
): string {
  const start = parseClockTime(place.start)
  const times =
    start === null
      ? place.start
      : `${place.start}–${formatClockTime(start + place.durationMinutes)}`
  const room = rooms.find((each) => each.id === place.roomId)
  const roomName =
    place.roomId === null
      ? names.noRoom
      : room
        ? pickText(room.name, locale).main
        : names.unknownRoom
  return [formatDay(place.day, locale, 'tab'), times, roomName].join(names.placeSeparator)
}
