import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { seedDemoEdition } from '../../../../server/editions/demo'
import {
  copyEditionStructure,
  type EditionSnapshot,
  initEdition,
  readEdition,
} from '../../../../shared/doc/edition'
import { ME } from './fixtures'

/** The 8th edition (Shizuoka, 18–21 November 2024) as the demo writes it. */
function demoSnapshot(): EditionSnapshot {
  const doc = new Y.Doc()
  seedDemoEdition(doc)
  const { value } = readEdition(doc)
  doc.destroy()
  return value
}

/** A new 9th edition at Nantes on `dates`, started from `source`. */
function ninthFrom(source: EditionSnapshot, dates: [string, string] | null) {
  const doc = new Y.Doc()
  const [startDate, endDate] = dates ?? [null, null]
  initEdition(
    doc,
    {
      number: 9,
      title: { fr: '9es Rencontres', ja: '第9回日仏自治体交流会議' },
      hostCity: { fr: 'Nantes', ja: 'ナント市' },
      hostCountry: 'FR',
      timeZone: 'Europe/Paris',
      year: 2026,
      startDate,
      endDate,
    },
    ME,
  )
  const ids = copyEditionStructure(source, doc, ME, startDate, endDate)
  const read = readEdition(doc)
  expect(read.problems).toEqual([])
  return { ids, copy: read.value }
}

/** The copy of the source's session `id`. */
const copyOf = ({ ids, copy }: ReturnType<typeof ninthFrom>, id: string) => {
  const found = copy.sessions.find((session) => session.id === ids.sessions.get(id))
  if (!found) throw new Error(`no copy of session ${id}`)
  return found
}

describe('starting an edition from a past one', () => {
  const source = demoSnapshot()

  it('copies venues and rooms with fresh ids, each room still in its venue', () => {
    const { ids, copy } = ninthFrom(source, ['2026-10-05', '2026-10-08'])
    expect(copy.venues.map((venue) => venue.name.fr)).toEqual(['Granship', 'Sur le terrain'])
    expect(copy.venues[0]?.address.ja).toBe(source.venues[0]?.address.ja)
    expect(copy.rooms.map((room) => [room.name.ja, room.capacity, room.booths])).toEqual(
      source.rooms.map((room) => [room.name.ja, room.capacity, room.booths]),
    )
    const sourceIds = new Set([...source.venues, ...source.rooms].map((entry) => entry.id))
    for (const entry of [...copy.venues, ...copy.rooms]) expect(sourceIds.has(entry.id)).toBe(false)
    const visits = copy.rooms.find((room) => room.name.fr === 'Visites')
    const field = copy.venues.find((venue) => venue.name.fr === 'Sur le terrain')
    expect(visits?.venueId).toBe(field?.id)
    expect(ids.rooms.get('room-field')).toBe(visits?.id)
  })

  it('moves the day bounds and labels onto the new dates, day by day', () => {
    const { copy } = ninthFrom(source, ['2026-10-05', '2026-10-08'])
    expect(
      copy.days.map((day) => [day.id, day.start, day.end, day.ownHours, day.label.fr]),
    ).toEqual([
      ['2026-10-05', '11:00', '18:00', true, 'Journée de visites'],
      ['2026-10-06', '09:00', '18:00', false, 'Journée de visites'],
      ['2026-10-07', '09:00', '21:00', true, ''],
      ['2026-10-08', '09:00', '14:00', true, ''],
    ])
  })

  it('gives every day of longer new dates its entry, those past the source’s with the defaults', () => {
    const { copy } = ninthFrom(source, ['2026-10-05', '2026-10-10'])
    expect(copy.days.slice(4)).toEqual(
      ['2026-10-09', '2026-10-10'].map((id) => ({
        id,
        start: '09:00',
        end: '18:00',
        ownHours: false,
        label: { fr: '', ja: '', en: '' },
      })),
    )
  })

  it('copies a day whose hours two members left reversed with the default hours, and its label', () => {
    const doc = new Y.Doc()
    seedDemoEdition(doc)
    // What two concurrent changes, a later start and an earlier end, leave behind.
    const second = doc.getMap('days').get('2024-11-20') as Y.Map<unknown>
    doc.transact(() => {
      second.set('start', '17:00')
      second.set('end', '10:00')
    })
    const { copy } = ninthFrom(readEdition(doc).value, ['2026-10-05', '2026-10-08'])
    expect(copy.days[2]).toMatchObject({ start: '09:00', end: '18:00', ownHours: false })
    expect(copy.days[0]?.label.fr).toBe('Journée de visites')
  })

  it('copies from a source holding a day keyed by no date, and no last day', () => {
    const doc = new Y.Doc()
    seedDemoEdition(doc)
    doc.transact(() => {
      doc.getMap('meta').set('endDate', null)
      const stray = new Y.Map<unknown>()
      doc.getMap('days').set('foo', stray)
      stray.set('start', '09:00')
      stray.set('end', '10:00')
    })
    const { value, problems } = readEdition(doc)
    expect(problems).toMatchObject([{ code: 'invalid_entry', collection: 'days', id: 'foo' }])
    const { copy } = ninthFrom(value, ['2026-10-05', '2026-10-08'])
    expect(copy.days.map((day) => [day.id, day.label.fr])).toEqual([
      ['2026-10-05', 'Journée de visites'],
      ['2026-10-06', 'Journée de visites'],
      ['2026-10-07', ''],
      ['2026-10-08', ''],
    ])
  })

  it('copies the global and workshop themes, the global one still the edition’s', () => {
    const { ids, copy } = ninthFrom(source, ['2026-10-05', '2026-10-08'])
    expect(copy.themes.map((theme) => [theme.kind, theme.title.fr, theme.description.ja])).toEqual(
      source.themes.map((theme) => [theme.kind, theme.title.fr, theme.description.ja]),
    )
    expect(copy.meta.globalThemeId).toBe(ids.themes.get('theme-global'))
    expect(copy.meta.globalThemeId).not.toBe('theme-global')
  })

  it('copies the programme’s skeleton: kinds, titles, places and durations, as drafts', () => {
    const ninth = ninthFrom(source, ['2026-10-05', '2026-10-08'])
    const { ids, copy } = ninth
    expect(copy.sessions).toHaveLength(source.sessions.length)
    for (const old of source.sessions) {
      const copied = copy.sessions.find((session) => session.id === ids.sessions.get(old.id))
      expect(copied, old.id).toBeDefined()
      if (!copied) continue
      expect(copied.kind).toBe(old.kind)
      expect(copied.title).toEqual(old.title)
      expect(copied.description).toEqual(old.description)
      expect(copied.start).toBe(old.start)
      expect(copied.durationMinutes).toBe(old.durationMinutes)
      expect(copied.allRooms).toBe(old.allRooms)
      expect(copied.roomIds).toEqual(old.roomIds.map((id) => ids.rooms.get(id)))
      expect(copied.themeId).toBe(old.themeId === null ? null : ids.themes.get(old.themeId))
      expect(copied.status).toBe('draft')
    }
    // The opening plenary: third day, global theme, main hall.
    const opening = copyOf(ninth, 's-opening-plenary')
    expect(opening.day).toBe('2026-10-07')
    expect(opening.themeId).toBe(copy.meta.globalThemeId)
    expect(source.sessions.some((session) => session.status === 'confirmed')).toBe(true)
  })

  it('copies no one: no persons, no people in sessions, no collectivités, nothing sent in', () => {
    expect(source.persons.length).toBeGreaterThan(0)
    expect(source.collectivites.length).toBeGreaterThan(0)
    expect(source.sessions.some((session) => session.speakerIds.length > 0)).toBe(true)
    const { copy } = ninthFrom(source, ['2026-10-05', '2026-10-08'])
    expect(copy.persons).toEqual([])
    expect(copy.collectivites).toEqual([])
    expect(copy.meetings).toEqual([])
    expect(copy.suggestions).toEqual([])
    expect(copy.registrations).toEqual([])
    expect(copy.proposals).toEqual([])
    for (const session of copy.sessions) {
      expect([
        session.moderatorIds,
        session.speakerIds,
        session.rapporteurIds,
        session.witnessIds,
      ]).toEqual([[], [], [], []])
    }
  })

  it('keeps the sessions of days the new dates do not reach, unplaced, never dropped', () => {
    const ninth = ninthFrom(source, ['2026-10-05', '2026-10-06'])
    const { copy } = ninth
    // Two days only: the source's third and fourth days have no date left.
    expect(copy.days.map((day) => day.id)).toEqual(['2026-10-05', '2026-10-06'])
    expect(copy.sessions).toHaveLength(source.sessions.length)
    const visit = copyOf(ninth, 's-visit-mochimune')
    expect([visit.day, visit.start]).toEqual(['2026-10-05', '14:00'])
    const closing = source.sessions.filter((session) => session.day === '2024-11-21')
    expect(closing.length).toBeGreaterThan(0)
    for (const old of closing) {
      const copied = copyOf(ninth, old.id)
      expect([copied.day, copied.start]).toEqual([null, null])
      expect(copied.durationMinutes).toBe(old.durationMinutes)
      expect(copied.roomIds).toHaveLength(old.roomIds.length)
    }
  })

  it('leaves every session unplaced, with its rooms and duration, when the new dates are unknown', () => {
    const ninth = ninthFrom(source, null)
    const { copy } = ninth
    expect(copy.days).toEqual([])
    expect(copy.sessions).toHaveLength(source.sessions.length)
    expect(copy.sessions.every((session) => session.day === null && session.start === null)).toBe(
      true,
    )
    const lunch = copyOf(ninth, 's-lunch-20')
    expect(lunch.allRooms).toBe(true)
    const workshop = copyOf(ninth, 's-workshop-1')
    expect(workshop.roomIds).toHaveLength(1)
  })

  it('writes the whole copy as one change of the given origin', () => {
    const doc = new Y.Doc()
    initEdition(
      doc,
      {
        number: 9,
        title: { fr: '9es Rencontres', ja: '第9回' },
        hostCity: { fr: 'Nantes', ja: 'ナント市' },
        hostCountry: 'FR',
        timeZone: 'Europe/Paris',
        startDate: '2026-10-05',
        endDate: '2026-10-08',
      },
      ME,
    )
    const origins: unknown[] = []
    doc.on('afterTransaction', (transaction) => origins.push(transaction.origin))
    copyEditionStructure(source, doc, 'copier', '2026-10-05', '2026-10-08')
    expect(origins).toEqual(['copier'])
  })
})
