import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  PAST_EDITION_NUMBERS,
  seedDemoEdition,
  seedPastEdition,
} from '../../../server/editions/demo'
import {
  computeWarnings,
  countUntranslated,
  daysBetween,
  EditionError,
  editionDays,
  isPlaced,
  readEdition,
} from '../../../shared/doc/edition'
import { expectConverged, replicaOf } from '../../shared/doc/edition/fixtures'

function demo() {
  const doc = new Y.Doc()
  seedDemoEdition(doc)
  return { doc, ...readEdition(doc) }
}

describe('the demo edition', () => {
  it('is the 8th Rencontres at Shizuoka, 18–21 November 2024, on Tokyo time, read back valid', () => {
    const { doc, value, problems } = demo()
    expect(problems).toEqual([])
    expect(expectConverged(doc, replicaOf(doc))).toEqual(value)
    expect(value.meta).toMatchObject({
      number: 8,
      year: 2024,
      hostCountry: 'JP',
      hostCity: { fr: 'Shizuoka', ja: '静岡市' },
      startDate: '2024-11-18',
      endDate: '2024-11-21',
      timeZone: 'Asia/Tokyo',
      status: 'draft',
      globalThemeId: 'theme-global',
    })
    expect(value.meta.venue.en).toBe('Granship (Shizuoka Convention & Arts Center)')
    const globalTheme = value.themes.find((theme) => theme.id === value.meta.globalThemeId)
    expect(globalTheme?.kind).toBe('global')
    expect(globalTheme?.title.fr).not.toBe('')
    expect(globalTheme?.title.ja).not.toBe('')
  })

  it('has a full draft programme: opening, three parallel workshops, visits, reception, breaks, closing', () => {
    const { value } = demo()
    const kinds = value.sessions.map((session) => session.kind)
    for (const kind of ['plenary', 'site_visit', 'reception', 'break', 'ceremony', 'other']) {
      expect(kinds).toContain(kind)
    }
    const workshops = value.sessions.filter((session) => session.kind === 'workshop')
    expect(workshops).toHaveLength(3)
    expect(new Set(workshops.map((workshop) => workshop.start)).size).toBe(1)
    expect(new Set(workshops.flatMap((workshop) => workshop.roomIds)).size).toBe(3)
    expect(new Set(workshops.map((workshop) => workshop.themeId)).size).toBe(3)
    const days = daysBetween('2024-11-18', '2024-11-21')
    expect(new Set(value.sessions.map((session) => session.day))).toEqual(new Set(days))
    expect(value.sessions.at(-1)?.id).toBe('s-farewell-lunch')
    for (const session of value.sessions) {
      expect(session.title.fr, session.id).not.toBe('')
      expect(session.title.ja, session.id).not.toBe('')
    }
  })

  it('holds its venues, a room for the visits, the hours of each day and a lunch across all rooms', () => {
    const { value } = demo()
    expect(value.venues.map((venue) => venue.id)).toEqual(['venue-granship', 'venue-field'])
    expect(value.rooms.find((room) => room.id === 'room-field')).toMatchObject({
      venueId: 'venue-field',
      booths: false,
    })
    expect(editionDays(value).map((day) => [day.id, day.start, day.end])).toEqual([
      ['2024-11-18', '11:00', '18:00'],
      ['2024-11-19', '09:00', '18:00'],
      ['2024-11-20', '09:00', '21:00'],
      ['2024-11-21', '09:00', '14:00'],
    ])
    const lunch = value.sessions.filter((session) => session.allRooms)
    expect(lunch.map((session) => [session.id, session.kind])).toEqual([['s-lunch-20', 'break']])
    const visits = value.sessions.filter((session) => session.kind === 'site_visit')
    for (const visit of visits) {
      expect(visit.roomIds).toEqual(['room-field'])
      // No booths in the field: the interpreters follow the group.
      expect(visit.interpretation).toBe('consecutive')
    }
    for (const session of value.sessions) expect(isPlaced(session, value.rooms)).toBe(true)
  })

  it('warns only of the one description still to translate into Japanese', () => {
    const { value } = demo()
    expect(computeWarnings(value)).toEqual([
      {
        code: 'missing_translation',
        target: { collection: 'sessions', id: 's-closing', field: 'description' },
        missing: ['ja'],
      },
    ])
    expect(countUntranslated(value)).toMatchObject({ texts: 1, fr: 0, ja: 1 })
  })

  it('uses French typography', () => {
    const { value } = demo()
    const opening = value.sessions.find((session) => session.id === 's-opening-plenary')
    expect(opening?.title.fr).toBe('Séance plénière d’ouverture\u00a0: le thème général')
  })

  it('is written once, in one transaction', () => {
    const doc = new Y.Doc()
    let transactions = 0
    doc.on('afterTransaction', () => transactions++)
    seedDemoEdition(doc)
    expect(transactions).toBe(1)
    expect(() => seedDemoEdition(doc)).toThrow(EditionError)
  })
})

describe('the past editions', () => {
  const past = Object.fromEntries(
    PAST_EDITION_NUMBERS.map((number) => {
      const doc = new Y.Doc()
      seedPastEdition(doc, number)
      return [number, readEdition(doc)]
    }),
  )
  const record = (number: number) => {
    const read = past[number]
    if (!read) throw new Error(`no edition ${number}`)
    return read
  }

  it('are archived records, valid and without warnings', () => {
    for (const number of PAST_EDITION_NUMBERS) {
      const { value, problems } = record(number)
      expect(problems).toEqual([])
      expect(value.meta).toMatchObject({ number, status: 'archived' })
      expect(computeWarnings(value)).toEqual([])
    }
  })

  it('carry their hosts, dates, global themes and participation', () => {
    expect(record(5).value.meta).toMatchObject({
      year: 2016,
      startDate: null,
      hostCity: { fr: 'Tours' },
      participation: { participants: 170, collectivites: { FR: 22, JP: 19 } },
    })
    expect(record(6).value.meta).toMatchObject({
      startDate: '2018-10-08',
      endDate: '2018-10-11',
      timeZone: 'Asia/Tokyo',
      participation: { participants: null, collectivites: { FR: 17, JP: 35 } },
    })
    expect(record(7).value.meta).toMatchObject({
      startDate: '2022-10-03',
      endDate: '2022-10-06',
      hostCity: { fr: 'Aix-en-Provence' },
      participation: { collectivites: { FR: 22, JP: 14 } },
    })
    const globalTheme = (number: number) => {
      const { themes, meta } = record(number).value
      return themes.find((theme) => theme.id === meta.globalThemeId)?.title
    }
    expect(globalTheme(5)?.fr).toBe(
      'L’innovation comme facteur de dynamisme économique et de rayonnement international pour les collectivités locales',
    )
    expect(globalTheme(6)?.fr).toBe(
      'L’attractivité territoriale, un vecteur de développement pour une société responsable',
    )
    expect(globalTheme(7)?.fr).toBe(
      'Dans un monde post-Covid, l’urgence de l’innovation au service d’un territoire durable et inclusif',
    )
    for (const number of PAST_EDITION_NUMBERS)
      expect(globalTheme(number)?.ja).toMatch(/\p{Script=Han}/u)
    expect(record(6).value.themes.filter((theme) => theme.kind === 'workshop')).toHaveLength(3)
  })
})
