/** `schedule.xml`: the frab schedule written as the C3VOC XSD's elements. */
import { create } from 'xmlbuilder2'
import type { ExportOptions } from '../export-format'
import type { ProgrammeView } from '../programme-view'
import { frabSchedule, GENERATOR } from './schedule'

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
