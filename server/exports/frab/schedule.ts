/**
 * The programme mapped into frab's terms, once for both files: its rooms and
 * tracks, each session as an event with stable ids, and every day of the
 * edition with the events of each room.
 */
import {
  addDays,
  editionDates,
  Lang,
  type SessionKind,
  zonedToInstant,
} from '../../../shared/doc/edition'
import { ExportSource, publicProgrammePath } from '../../../shared/exports'
import type { ExportOptions } from '../export-format'
import { sessionNotes } from '../ics'
import { exportLangs, fileWords, kindLabel } from '../labels'
import type { PersonView, ProgrammeView, SessionView } from '../programme-view'
import { textIn } from '../programme-view'
import type { FrabDay, FrabEvent, FrabPerson, FrabRoom, FrabSchedule } from './schedule-types'
import { numericIds, uuidV5 } from './stable-ids'
import { acronymOf, clean, inLangs, oneLine, slugWords } from './text-fields'
import { FRAB_TIME_ZONE, gcd, hoursMinutes, zonedIso } from './time-fields'

/** A reserved domain (RFC 2606) that never resolves: the links of a file made without a base. */
export const DEFAULT_BASE_URL = 'https://kaigi.invalid'

/** The generator both files name. */
export const GENERATOR = 'Kaigi'

/** Everyone in a session, in role order (moderators first), each once. */
const everyone = (session: SessionView): PersonView[] =>
  session.people.flatMap((group) => group.persons)

/** The frab schedule of `view`, in the languages of `options`. */
export function frabSchedule(view: ProgrammeView, options: ExportOptions): FrabSchedule {
  const langs = exportLangs(options.lang)
  const { editionId, meta } = view
  const zone = meta.timeZone
  const acronym = acronymOf(editionId)
  const base = (options.baseUrl ?? DEFAULT_BASE_URL).replace(/\/+$/, '')
  const url = `${base}${publicProgrammePath(editionId)}`
  const sessions = view.days.flatMap((day) => day.sessions)

  const sessionGuids = new Map(
    sessions.map((session) => [session.id, uuidV5(`${editionId}/session/${session.id}`)]),
  )
  const sessionIds = numericIds(sessionGuids)
  const people = new Map<string, PersonView>()
  for (const session of sessions) {
    for (const person of everyone(session)) people.set(person.id, person)
  }
  const personGuids = new Map(
    [...people.keys()].map((id) => [id, uuidV5(`${editionId}/person/${id}`)]),
  )
  const personIds = numericIds(personGuids)

  // Rooms in grid order, the sessions without one last; a name twice gets a number,
  // as the JSON keys each day's events by room name. A session in several rooms
  // is one event, in its first room: frab gives an event one room.
  const rooms = new Map<string, FrabRoom>()
  const roomOf = (session: SessionView): FrabRoom => {
    const key = session.room?.id ?? ''
    let room = rooms.get(key)
    if (!room) {
      const name = session.room
        ? inLangs(session.room.name, langs)
        : [...new Set(langs.map((lang) => fileWords(lang).noRoom))].join(' / ')
      const names = new Set([...rooms.values()].map((known) => known.name))
      let unique = name || key
      for (let n = 2; names.has(unique); n++) unique = `${name} (${n})`
      room = { name: unique, guid: uuidV5(`${editionId}/room/${key}`) }
      rooms.set(key, room)
    }
    return room
  }
  const roomRank = new Map(view.rooms.map((room, index) => [room.id, index]))
  const rank = (key: string) => roomRank.get(key) ?? view.rooms.length
  for (const session of [...sessions].sort(
    (a, b) => rank(a.room?.id ?? '') - rank(b.room?.id ?? ''),
  )) {
    roomOf(session)
  }

  const kindTrack = (kind: SessionKind) =>
    [...new Set(langs.map((lang) => kindLabel(kind, lang)))].join(' / ')
  const tracks: string[] = []
  const trackOf = (session: SessionView): string => {
    const track = session.theme ? inLangs(session.theme.title, langs) : kindTrack(session.kind)
    if (!tracks.includes(track)) tracks.push(track)
    return track
  }

  const [first] = langs
  const bilingual = langs.length > 1
  const eventOf = (session: SessionView): FrabEvent => {
    const id = sessionIds.get(session.id) ?? 1
    const titles = [...new Set(langs.map((lang) => oneLine(textIn(session.title, lang))))]
    const texts = [...new Set(langs.map((lang) => clean(textIn(session.description, lang))))]
    const notes = langs
      .map((lang) => sessionNotes(session, lang).map(clean).join('\n'))
      .filter(Boolean)
    const persons = new Map<string, FrabPerson>()
    for (const person of everyone(session)) {
      persons.set(person.id, {
        guid: personGuids.get(person.id) ?? '',
        id: personIds.get(person.id) ?? 1,
        name: inLangs(person.name, langs),
      })
    }
    const date = zonedIso(session.startsAt, zone)
    // The XSD wants at least four characters after the acronym: the kind makes up a short title.
    const titleWords = slugWords(textIn(session.title, Lang.French))
    const words =
      titleWords.length >= 3
        ? titleWords
        : [titleWords, session.kind.replace(/_/g, '-')].filter(Boolean).join('-')
    return {
      guid: sessionGuids.get(session.id) ?? '',
      id,
      date,
      start: date.slice(11, 16),
      end: zonedIso(session.endsAt, zone),
      duration: hoursMinutes(session.durationMinutes),
      room: roomOf(session).name,
      slug: `${acronym}-${id}-${words}`,
      url,
      title: titles[0] ?? '',
      subtitle: titles[1] ?? '',
      track: trackOf(session),
      type: session.kind,
      language: bilingual || !first ? null : first,
      abstract: texts.filter((text) => text.trim()).join('\n\n'),
      description: notes.join('\n\n'),
      persons: [...persons.values()],
    }
  }

  // Every day of the edition, and any day a session falls on outside its dates.
  const sessionDays = view.days.map((day) => day.day)
  const dates = [
    ...new Set([
      // None for dates too far apart or reversed: a crafted document must not draw millions.
      ...editionDates(meta),
      ...sessionDays,
    ]),
  ].sort()
  // A programme without dates nor sessions: one empty day, the version's, as the XSD wants one.
  if (dates.length === 0) dates.push(zonedIso(view.origin.at, zone).slice(0, 10))
  const sessionsOn = new Map(view.days.map((day) => [day.day, day.sessions]))
  const midnight = (date: string) => zonedToInstant(date, '00:00', zone)
  const days: FrabDay[] = dates.map((date, index) => {
    const daySessions = sessionsOn.get(date) ?? []
    const byRoom = new Map<FrabRoom, FrabEvent[]>()
    for (const room of rooms.values()) byRoom.set(room, [])
    for (const session of daySessions) byRoom.get(roomOf(session))?.push(eventOf(session))
    const starts = daySessions.map((session) => session.startsAt.getTime())
    const ends = daySessions.map((session) => session.endsAt.getTime())
    const start = starts.length > 0 ? new Date(Math.min(...starts)) : midnight(date)
    const end = ends.length > 0 ? new Date(Math.max(...ends)) : midnight(addDays(date, 1))
    return {
      index: index + 1,
      date,
      start: zonedIso(start, zone),
      end: zonedIso(end, zone),
      rooms: [...byRoom].flatMap(([room, events]) => (events.length > 0 ? [{ room, events }] : [])),
    }
  })

  // The grid's step: what every start and duration is a multiple of, at most an hour.
  let slot = 60
  for (const session of sessions) {
    const [hours, minutes] = session.start.split(':').map(Number)
    slot = gcd(slot, gcd((hours ?? 0) * 60 + (minutes ?? 0), session.durationMinutes))
  }

  const { origin } = view
  const version =
    origin.source === ExportSource.Published
      ? `${oneLine(origin.versionName)} (${zonedIso(origin.at, zone)})`
      : `${ExportSource.Draft} (${zonedIso(origin.at, zone)})`
  return {
    version,
    conference: {
      acronym,
      title: inLangs(meta.title, langs),
      start: dates[0] ?? '',
      end: dates.at(-1) ?? '',
      timeslotDuration: hoursMinutes(slot),
      timeZoneName: FRAB_TIME_ZONE.test(zone) ? zone : null,
      url,
      tracks,
      rooms: [...rooms.values()],
    },
    days,
  }
}
