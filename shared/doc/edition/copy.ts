/**
 * A new edition started from a past one: its structure (venues, rooms, the
 * hours of its days, its themes and the skeleton of its programme) without
 * anything about people. Written through the mutators only, with fresh ids,
 * so the new edition shares no entry with the old one.
 */
import type * as Y from 'yjs'
import { addDayEntries, setDay } from './days'
import { transactEdition } from './layout'
import { setMeta } from './meta'
import { createRoom } from './rooms'
import { dayHours } from './rules'
import { type EditionSnapshot, type Id, SessionStatus } from './schema'
import { createSession } from './sessions'
import { createTheme } from './themes'
import { addDays, dayNumber } from './time'
import { createVenue } from './venues'

/** The new id of each copied entry, by its id in the source edition. */
export interface CopiedIds {
  venues: Map<Id, Id>
  rooms: Map<Id, Id>
  themes: Map<Id, Id>
  sessions: Map<Id, Id>
}

/**
 * Copies the structure of `source` into `doc`, an edition just initialised
 * with the dates `newStartDate`–`newEndDate`. Days and sessions keep their
 * place counted from the first day: the old third day becomes the new third
 * day. A session whose day the new dates do not reach, or every session when
 * they are unknown, is kept unplaced, with its rooms and duration: nothing
 * the committee built is lost, it waits in the tray. People, collectivités,
 * meetings, suggestions, proposals and registrations are never copied.
 */
export function copyEditionStructure(
  source: EditionSnapshot,
  doc: Y.Doc,
  origin: unknown,
  newStartDate: string | null,
  newEndDate: string | null,
): CopiedIds {
  const newDayOf = dayMapping(source, newStartDate, newEndDate)
  return transactEdition(doc, origin, () => {
    const ids: CopiedIds = {
      venues: new Map(),
      rooms: new Map(),
      themes: new Map(),
      sessions: new Map(),
    }
    for (const venue of source.venues) {
      const { name, address, position } = venue
      ids.venues.set(venue.id, createVenue(doc, { name, address, position }, origin))
    }
    for (const room of source.rooms) {
      const { name, capacity, position, booths } = room
      const venueId = room.venueId === null ? null : (ids.venues.get(room.venueId) ?? null)
      ids.rooms.set(room.id, createRoom(doc, { name, capacity, position, booths, venueId }, origin))
    }
    // The new dates' days have their entries from initEdition; here too, so
    // that a document given its dates some other way is alike.
    addDayEntries(doc, newStartDate, newEndDate)
    for (const day of source.days) {
      const date = newDayOf(day.id)
      if (date === null) continue
      // Hours a race left reversed read as the defaults: copied as such.
      const { start, end, own } = dayHours(day)
      setDay(doc, date, own ? { start, end, label: day.label } : { label: day.label }, origin)
    }
    for (const theme of source.themes) {
      const { kind, title, description, position } = theme
      ids.themes.set(theme.id, createTheme(doc, { kind, title, description, position }, origin))
    }
    const globalThemeId = source.meta.globalThemeId && ids.themes.get(source.meta.globalThemeId)
    if (globalThemeId) setMeta(doc, { globalThemeId }, origin)
    for (const session of source.sessions) {
      const day = session.day === null ? null : newDayOf(session.day)
      const copied = createSession(
        doc,
        {
          kind: session.kind,
          title: session.title,
          description: session.description,
          day,
          start: day === null ? null : session.start,
          durationMinutes: session.durationMinutes,
          roomIds: session.roomIds.flatMap((id) => ids.rooms.get(id) ?? []),
          allRooms: session.allRooms,
          themeId: session.themeId === null ? null : (ids.themes.get(session.themeId) ?? null),
          interpretation: session.interpretation,
          // A copied session is a proposal for the new edition, confirmed by no one yet.
          status: SessionStatus.Draft,
        },
        origin,
      )
      ids.sessions.set(session.id, copied)
    }
    return ids
  })
}

/**
 * The new date of each of the source's days, by its place from the source's
 * first day; null where the source has no first day, the new edition has no
 * dates, or the new dates end before that place.
 */
function dayMapping(
  source: EditionSnapshot,
  newStartDate: string | null,
  newEndDate: string | null,
): (day: string) => string | null {
  const { startDate, endDate } = source.meta
  return (day) => {
    if (startDate === null || newStartDate === null || newEndDate === null) return null
    // A day outside the source's own dates is left over from before they changed.
    if (day < startDate || (endDate !== null && day > endDate)) return null
    const date = addDays(newStartDate, dayNumber(day) - dayNumber(startDate))
    return date <= newEndDate ? date : null
  }
}
