/** `schedule.json`: the frab schedule in the shape of the C3VOC JSON schema. */
import type { ExportOptions } from '../export-format'
import type { ProgrammeView } from '../programme-view'
import { frabSchedule, GENERATOR } from './schedule'
import type { FrabEvent } from './schedule-types'

/** The JSON schema's address, named in the file. */
const FRAB_JSON_SCHEMA = 'https://c3voc.de/schedule/schema.json'

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
