/**
 * The programme in the frab schedule formats (`schedule.xml`, `schedule.json`)
 * that conference apps and video teams read: one structure built from the
 * programme, written out twice, so that both files carry the same data. They
 * validate against the C3VOC schemas (`shared/formats/frab` beside the
 * repository).
 */
import { createHash } from 'node:crypto'
import { create } from 'xmlbuilder2'
import {
  addDays,
  editionDates,
  Lang,
  type LocalizedText,
  type SessionKind,
  zonedToInstant,
  zoneOffsetMinutes,
} from '../../shared/doc/edition'
import { ExportSource, publicProgrammePath } from '../../shared/exports'
import type { ExportOptions } from './export-format'
import { sessionNotes } from './ics'
import { exportLangs, fileWords, kindLabel } from './labels'
import type { PersonView, ProgrammeView, SessionView } from './programme-view'
import { textIn } from './programme-view'
import { xmlText } from './xml-text'

/** A reserved domain (RFC 2606) that never resolves: the links of a file made without a base. */
export const DEFAULT_BASE_URL = 'https://kaigi.invalid'

/**
 * The namespace of Kaigi's name-based UUIDs (version 5). Never change it: a
 * guid must stay the same across exports, or apps take each re-import for a
 * new event.
 */
const KAIGI_NAMESPACE = Buffer.from('f5b69b7b392d44a8817061a4bd234b88', 'hex')

/** The UUID version 5 of `name` in Kaigi's namespace: the same name, the same UUID. */
function uuidV5(name: string): string {
  const hash = createHash('sha1').update(KAIGI_NAMESPACE).update(name, 'utf8').digest()
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80
  const hex = hash.subarray(0, 16).toString('hex')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}

const MAX_INT32 = 0x7fffffff

/**
 * Positive 31-bit numbers for the legacy `id`s (the XSD requires them on
 * events and keeps them unique): taken from each guid, so they do not change
 * from one export to the next; a rare clash moves to the next free number,
 * in key order so that it does not depend on the programme's order.
 */
function numericIds(guidByKey: ReadonlyMap<string, string>): Map<string, number> {
  const ids = new Map<string, number>()
  const taken = new Set<number>()
  for (const key of [...guidByKey.keys()].sort()) {
    let id = Number.parseInt((guidByKey.get(key) ?? '').slice(0, 8), 16) & MAX_INT32 || 1
    while (taken.has(id)) id = (id % MAX_INT32) + 1
    taken.add(id)
    ids.set(key, id)
  }
  return ids
}

// The JSON gets the XML's replacements too, so that the two files agree.
const clean = xmlText
/** A one-line text (titles, names, attribute values). */
const oneLine = (value: string): string => clean(value).replace(/\s+/g, ' ').trim()

/** `text` in each of `langs`, once each, side by side. */
function inLangs(text: LocalizedText, langs: readonly Lang[], separator = ' / '): string {
  return [...new Set(langs.map((lang) => oneLine(textIn(text, lang))))]
    .filter(Boolean)
    .join(separator)
}

const pad2 = (n: number): string => String(n).padStart(2, '0')
/** 'HH:MM' of a number of minutes (a duration may reach 24:00). */
const hoursMinutes = (minutes: number): string =>
  `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`

/** `instant` as the clocks of `timeZone` show it, with their offset: '2024-11-19T09:30:00+09:00'. */
function zonedIso(instant: Date, timeZone: string): string {
  const offset = zoneOffsetMinutes(instant, timeZone)
  const wall = new Date(instant.getTime() + offset * 60_000).toISOString().slice(0, 19)
  return `${wall}${offset < 0 ? '-' : '+'}${hoursMinutes(Math.abs(offset))}`
}

const gcd = (a: number, b: number): number => (b === 0 ? a : gcd(b, a % b))

/** ASCII words of a text for a slug: "Atelier 1 : prévention" → "atelier-1-prevention". */
const slugWords = (value: string): string =>
  value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 48)
    .replace(/^-+|-+$/g, '')

/**
 * The conference acronym: the edition id as both schemas take it. The JSON
 * one allows no hyphen ("shizuoka-2024" becomes "shizuoka_2024").
 */
function acronymOf(editionId: string): string {
  const acronym = editionId.toLowerCase().replace(/[^a-z0-9_]/g, '_')
  return acronym.padEnd(4, '_')
}

/** The JSON schema's pattern for a time zone name; one it refuses is left out of both files. */
const FRAB_TIME_ZONE = /^([A-Z][a-z]+\/[A-Z][a-z]+)|UTC$/

export interface FrabPerson {
  guid: string
  id: number
  name: string
}

export interface FrabEvent {
  guid: string
  id: number
  /** The start with its offset, '2024-11-19T09:30:00+09:00'. */
  date: string
  /** 'HH:MM' on the edition's clocks. */
  start: string
  end: string
  /** 'HH:MM' */
  duration: string
  room: string
  slug: string
  url: string
  title: string
  /** The title in Japanese when the file sets both languages; '' otherwise. */
  subtitle: string
  track: string
  /** The session kind's code. */
  type: SessionKind
  /** The language of the texts; null when they are in French and in Japanese. */
  language: Lang | null
  abstract: string
  /** Several rooms, the people role by role with their functions, and interpretation. */
  description: string
  persons: FrabPerson[]
}

export interface FrabRoom {
  name: string
  guid: string
}

export interface FrabDay {
  /** From 1. */
  index: number
  date: string
  start: string
  end: string
  rooms: { room: FrabRoom; events: FrabEvent[] }[]
}

/** What schedule.json and schedule.xml both say. */
export interface FrabSchedule {
  version: string
  conference: {
    acronym: string
    title: string
    start: string
    end: string
    timeslotDuration: string
    timeZoneName: string | null
    url: string
    tracks: string[]
    rooms: FrabRoom[]
  }
  days: FrabDay[]
}

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

/** The JSON schema's address, named in the file. */
const FRAB_JSON_SCHEMA = 'https://c3voc.de/schedule/schema.json'
const GENERATOR = 'Kaigi'

/** `schedule.json`: the frab schedule as JSON. */
export async function renderFrabJson(view: ProgrammeView, options: ExportOptions): Promise<string> {
  const { version, conference, days } = frabSchedule(view, options)
  const event = (e: FrabEvent) => ({
    guid: e.guid,
    id: e.id,
    date: e.date,
    start: e.start,
    end: e.end,
    duration: e.duration,
    room: e.room,
    slug: e.slug,
    url: e.url,
    title: e.title,
    subtitle: e.subtitle,
    track: e.track,
    type: e.type,
    language: e.language,
    abstract: e.abstract,
    description: e.description,
    // `name` alone: the schema's oneOf refuses a person that is both frab's and pretalx's.
    persons: e.persons.map((person) => ({ guid: person.guid, id: person.id, name: person.name })),
    links: [],
  })
  const schedule = {
    $schema: FRAB_JSON_SCHEMA,
    generator: { name: GENERATOR },
    schedule: {
      version,
      conference: {
        acronym: conference.acronym,
        title: conference.title,
        start: conference.start,
        end: conference.end,
        daysCount: days.length,
        timeslot_duration: conference.timeslotDuration,
        ...(conference.timeZoneName ? { time_zone_name: conference.timeZoneName } : {}),
        url: conference.url,
        tracks: conference.tracks.map((name) => ({ name })),
        rooms: conference.rooms.map((room) => ({ name: room.name, guid: room.guid })),
        days: days.map((day) => ({
          index: day.index,
          date: day.date,
          day_start: day.start,
          day_end: day.end,
          rooms: Object.fromEntries(
            day.rooms.map(({ room, events }) => [room.name, events.map(event)]),
          ),
        })),
      },
    },
  }
  return `${JSON.stringify(schedule, null, 2)}\n`
}

/** `schedule.xml`: the frab schedule as XML. */
export async function renderFrabXml(view: ProgrammeView, options: ExportOptions): Promise<string> {
  const { version, conference, days } = frabSchedule(view, options)
  const root = create({ version: '1.0', encoding: 'UTF-8' }).ele('schedule')
  root.ele('generator', { name: GENERATOR })
  root.ele('version').txt(version)
  const head = root.ele('conference')
  head.ele('acronym').txt(conference.acronym)
  head.ele('title').txt(conference.title)
  head.ele('start').txt(conference.start)
  head.ele('end').txt(conference.end)
  head.ele('days').txt(String(days.length))
  head.ele('timeslot_duration').txt(conference.timeslotDuration)
  head.ele('url').txt(conference.url)
  if (conference.timeZoneName) head.ele('time_zone_name').txt(conference.timeZoneName)
  for (const track of conference.tracks) head.ele('track', { name: track })
  for (const day of days) {
    const dayElement = root.ele('day', {
      index: String(day.index),
      date: day.date,
      start: day.start,
      end: day.end,
    })
    for (const { room, events } of day.rooms) {
      const roomElement = dayElement.ele('room', { name: room.name, guid: room.guid })
      for (const e of events) {
        const element = roomElement.ele('event', { guid: e.guid, id: String(e.id) })
        element.ele('date').txt(e.date)
        element.ele('start').txt(e.start)
        element.ele('duration').txt(e.duration)
        element.ele('room').txt(e.room)
        element.ele('slug').txt(e.slug)
        element.ele('url').txt(e.url)
        element.ele('title').txt(e.title)
        element.ele('subtitle').txt(e.subtitle)
        element.ele('track').txt(e.track)
        element.ele('type').txt(e.type)
        if (e.language) element.ele('language').txt(e.language)
        element.ele('abstract').txt(e.abstract)
        element.ele('description').txt(e.description)
        const persons = element.ele('persons')
        for (const person of e.persons) {
          persons.ele('person', { id: String(person.id), guid: person.guid }).txt(person.name)
        }
        element.ele('links')
      }
    }
  }
  return root.end({ prettyPrint: true })
}
