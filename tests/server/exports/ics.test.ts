import ICAL from 'ical.js'
import { afterEach, describe, expect, it } from 'vitest'
import { renderIcs, sessionUid } from '../../../server/exports/ics'
import { type ProgrammeView, programmeView } from '../../../server/exports/programme-view'
import type { Session, SessionKind } from '../../../shared/doc/edition'
import { ExportLang, ExportSource } from '../../../shared/exports'
import type { ProgrammeEntities } from '../../../shared/versions'
import { demoProgrammeView, TEST_ORIGIN } from '../../helpers/programme-view'

/** The calendar's events, read by ical.js once the file's own VTIMEZONEs are registered. */
function readCalendar(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text))
  const zones = calendar.getAllSubcomponents('vtimezone')
  for (const zone of zones) ICAL.TimezoneService.register(zone)
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
  return { calendar, zones, events }
}

afterEach(() => ICAL.TimezoneService.reset())

const sessionsOf = (view: ProgrammeView) => view.days.flatMap((day) => day.sessions)

interface SessionInput {
  id: string
  day: string
  start: string
  durationMinutes: number
  title?: { fr: string; ja: string }
  kind?: SessionKind
}

/** A small edition in `timeZone`, its sessions in the one room. */
function handMadeView(
  timeZone: string,
  sessions: SessionInput[],
  title = { fr: 'Rencontres de Tours', ja: 'トゥール会議' },
): ProgrammeView {
  const days = sessions.map((session) => session.day).sort()
  const entities: ProgrammeEntities = {
    meta: {
      number: 9,
      year: 2024,
      title: { ...title, en: '' },
      hostCity: { fr: 'Tours', ja: 'トゥール', en: '' },
      hostCountry: 'FR',
      venue: { fr: 'Centre des congrès Vinci', ja: 'ヴァンシ国際会議場', en: '' },
      startDate: days[0] ?? null,
      endDate: days.at(-1) ?? null,
      timeZone,
      globalThemeId: null,
      status: 'published',
      participation: { participants: null, collectivites: { FR: null, JP: null } },
      letter: { fr: '', ja: '', en: '' },
      letterPlace: { fr: '', ja: '', en: '' },
      letterDate: null,
      signatoryIds: [],
      formReturn: { fr: '', ja: '', en: '' },
    },
    rooms: [
      {
        id: 'room-loire',
        name: { fr: 'Salle Loire', ja: 'ロワール・ホール', en: '' },
        capacity: 200,
        position: 0,
        venueId: null,
        booths: false,
      },
    ],
    themes: [],
    sessions: sessions.map(
      (input): Session => ({
        id: input.id,
        kind: input.kind ?? 'plenary',
        title: {
          ...(input.title ?? { fr: `Séance ${input.id}`, ja: `セッション${input.id}` }),
          en: '',
        },
        description: { fr: '', ja: '', en: '' },
        day: input.day,
        start: input.start,
        durationMinutes: input.durationMinutes,
        roomIds: ['room-loire'],
        allRooms: false,
        themeId: null,
        moderatorIds: [],
        speakerIds: [],
        rapporteurIds: [],
        witnessIds: [],
        interpretation: 'none',
        status: 'confirmed',
      }),
    ),
    persons: [],
    collectivites: [],
  }
  return programmeView('tours-2024', entities, TEST_ORIGIN)
}

describe('programme.ics', () => {
  it('has one event per session, at its instant in the edition’s time zone', async () => {
    const view = demoProgrammeView()
    const { zones, events } = readCalendar(await renderIcs(view, { lang: ExportLang.Both }))
    const sessions = sessionsOf(view)

    expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Asia/Tokyo'])
    expect(events).toHaveLength(sessions.length)
    const byUid = new Map(events.map((event) => [event.uid, event]))
    for (const session of sessions) {
      const event = byUid.get(sessionUid(view.editionId, session.id))
      expect(event, session.id).toBeDefined()
      if (!event) continue
      expect(event.startDate.toJSDate()).toEqual(session.startsAt)
      expect(event.endDate.toJSDate()).toEqual(session.endsAt)
      expect(event.component.getFirstProperty('dtstart')?.getParameter('tzid')).toBe('Asia/Tokyo')
    }

    // The field visit of 19 November: 09:30 in Tokyo is 00:30 UTC.
    const visit = events.find((event) => event.startDate.toString().startsWith('2024-11-19T09:30'))
    expect(visit?.startDate.toJSDate().toISOString()).toBe('2024-11-19T00:30:00.000Z')
  })

  it('gives each session a UID of its own that stays the same from one export to the next', async () => {
    const view = demoProgrammeView()
    const first = readCalendar(await renderIcs(view, { lang: ExportLang.Both })).events
    ICAL.TimezoneService.reset()
    const later = demoProgrammeView()
    later.origin = {
      source: ExportSource.Published,
      versionId: 'v-later',
      versionName: 'Programme corrigé',
      at: new Date('2024-11-02T10:00:00Z'),
    }
    const again = readCalendar(await renderIcs(later, { lang: ExportLang.French })).events

    const uids = first.map((event) => event.uid)
    expect(new Set(uids).size).toBe(uids.length)
    expect(again.map((event) => event.uid)).toEqual(uids)
    expect(uids[0]).toMatch(/@shizuoka-2024\.kaigi$/)

    // A later version says so, so that calendars take the update.
    const stamp = (event: ICAL.Event) => event.component.getFirstPropertyValue('dtstamp')
    const sequence = (event: ICAL.Event) => event.component.getFirstPropertyValue('sequence')
    const [one, two] = [first[0], again[0]]
    if (!one || !two) throw new Error('no events')
    expect(String(stamp(one))).toBe('2024-10-01T09:00:00Z')
    expect(String(stamp(two))).toBe('2024-11-02T10:00:00Z')
    expect(Number(sequence(two))).toBeGreaterThan(Number(sequence(one)))
    expect(String(one.component.getFirstPropertyValue('last-modified'))).toBe(
      '2024-10-01T09:00:00Z',
    )
  })

  it('renders the same file twice from the same version', async () => {
    const view = demoProgrammeView()
    expect(await renderIcs(view, { lang: ExportLang.Both })).toBe(
      await renderIcs(view, { lang: ExportLang.Both }),
    )
  })

  it('sets French and Japanese side by side, or one language', async () => {
    const view = demoProgrammeView()
    const opening = sessionsOf(view).find((session) => session.id === 's-opening-ceremony')
    if (!opening) throw new Error('no opening session in the demo edition')
    const uid = sessionUid(view.editionId, opening.id)

    const both = readCalendar(await renderIcs(view, { lang: ExportLang.Both }))
    const event = both.events.find((e) => e.uid === uid)
    expect(event?.summary).toBe(`${opening.title.fr} / ${opening.title.ja}`)
    expect(event?.location).toContain(opening.room?.name.fr)
    expect(event?.location).toContain(opening.room?.name.ja)
    expect(event?.location).toContain(view.meta.venue.fr)
    expect(event?.description).toContain('Intervenants : ')
    expect(event?.description).toContain('登壇者：')
    expect(event?.description).toContain('Interprétation simultanée FR ⇄ JA')
    expect(event?.description).toContain('同時通訳（日仏）')
    expect(event?.description).toContain(opening.description.fr)
    expect(event?.description).toContain(opening.description.ja)
    expect(event?.component.getFirstProperty('categories')?.getValues()).toEqual([
      'Cérémonie',
      '式典',
    ])
    const name = both.calendar.getFirstPropertyValue('x-wr-calname')
    expect(name).toContain(view.meta.title.fr)
    expect(name).toContain(view.meta.title.ja)
    expect(both.calendar.getFirstPropertyValue('prodid')).toContain('Kaigi')

    const ja = readCalendar(await renderIcs(view, { lang: ExportLang.Japanese }))
    const jaEvent = ja.events.find((e) => e.uid === uid)
    expect(jaEvent?.summary).toBe(opening.title.ja)
    expect(jaEvent?.description).not.toContain('Intervenants')
    expect(jaEvent?.description).toContain(opening.description.ja)
  })

  it('marks sessions not yet confirmed as tentative, and leaves out the place of those without a room', async () => {
    const view = demoProgrammeView()
    const { events } = readCalendar(await renderIcs(view, { lang: ExportLang.Both }))
    for (const session of sessionsOf(view)) {
      const event = events.find((e) => e.uid === sessionUid(view.editionId, session.id))
      expect(event?.component.getFirstPropertyValue('status')).toBe(
        session.status === 'confirmed' ? 'CONFIRMED' : 'TENTATIVE',
      )
      if (!session.room) expect(event?.location).toBeNull()
    }
  })

  it('describes a zone with summer time so that calendars place sessions on both sides of the change', async () => {
    // Paris leaves summer time at 03:00 on 27 October 2024 and takes it at 02:00 on 30 March 2025.
    const view = handMadeView('Europe/Paris', [
      { id: 'before', day: '2024-10-26', start: '10:00', durationMinutes: 90 },
      { id: 'overnight', day: '2024-10-26', start: '23:00', durationMinutes: 300 },
      { id: 'after', day: '2024-10-27', start: '10:00', durationMinutes: 60 },
      { id: 'spring-night', day: '2025-03-30', start: '01:30', durationMinutes: 60 },
      { id: 'spring', day: '2025-03-30', start: '10:00', durationMinutes: 60 },
    ])
    const text = await renderIcs(view, { lang: ExportLang.Both })
    const { zones, events } = readCalendar(text)
    const [paris] = zones
    expect(zones).toHaveLength(1)
    expect(paris?.getFirstPropertyValue('tzid')).toBe('Europe/Paris')
    expect(paris?.getAllSubcomponents('daylight')).toHaveLength(1)
    expect(paris?.getAllSubcomponents('standard')).toHaveLength(1)

    const expected: Record<string, [string, string, string]> = {
      // [wall-clock start in the file, start UTC, end UTC]
      before: ['20241026T100000', '2024-10-26T08:00:00.000Z', '2024-10-26T09:30:00.000Z'],
      overnight: ['20241026T230000', '2024-10-26T21:00:00.000Z', '2024-10-27T02:00:00.000Z'],
      after: ['20241027T100000', '2024-10-27T09:00:00.000Z', '2024-10-27T10:00:00.000Z'],
      'spring-night': ['20250330T013000', '2025-03-30T00:30:00.000Z', '2025-03-30T01:30:00.000Z'],
      spring: ['20250330T100000', '2025-03-30T08:00:00.000Z', '2025-03-30T09:00:00.000Z'],
    }
    expect(events).toHaveLength(Object.keys(expected).length)
    for (const [id, [wall, start, end]] of Object.entries(expected)) {
      const event = events.find((e) => e.uid === sessionUid('tours-2024', id))
      expect(text).toContain(`UID:${sessionUid('tours-2024', id)}`)
      expect(event?.startDate.toJSDate().toISOString(), id).toBe(start)
      expect(event?.endDate.toJSDate().toISOString(), id).toBe(end)
      const session = sessionsOf(view).find((s) => s.id === id)
      expect(session?.startsAt.toISOString()).toBe(start)
      expect(text).toContain(`DTSTART;TZID=Europe/Paris:${wall}`)
    }
    // The overnight session ends at 03:00 on the clocks, winter time.
    expect(text).toContain('DTEND;TZID=Europe/Paris:20241027T030000')
  })

  it('names a zone given by an alias as the VTIMEZONE does', async () => {
    for (const [timeZone, tzid] of [
      ['UTC', 'Etc/UTC'],
      ['Asia/Calcutta', 'Asia/Kolkata'],
    ] as const) {
      const view = handMadeView(timeZone, [
        { id: 'one', day: '2024-10-26', start: '10:00', durationMinutes: 60 },
      ])
      const text = await renderIcs(view, { lang: ExportLang.French })
      const { zones, events } = readCalendar(text)
      expect(zones.map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual([tzid])
      expect(text).toContain(`DTSTART;TZID=${tzid}:20241026T100000`)
      expect(events[0]?.startDate.toJSDate()).toEqual(sessionsOf(view)[0]?.startsAt)
      ICAL.TimezoneService.reset()
    }
  })

  it('keeps text that looks like calendar syntax as text', async () => {
    const view = handMadeView(
      'Europe/Paris',
      [
        {
          id: 'hostile',
          day: '2024-10-26',
          start: '10:00',
          durationMinutes: 60,
          title: { fr: 'Atelier; "A, B" \\ <&>\nEND:VEVENT', ja: '分科会：A、B' },
        },
      ],
      { fr: 'Rencontres\nBEGIN:VEVENT\nUID:x', ja: '会議, 第9回' },
    )
    const { calendar, events } = readCalendar(await renderIcs(view, { lang: ExportLang.Both }))
    expect(events).toHaveLength(1)
    expect(events[0]?.summary).toBe('Atelier; "A, B" \\ <&>\nEND:VEVENT / 分科会：A、B')
    // ical.js leaves the calendar's name as written: escaped on one line, as TEXT is.
    expect(calendar.getFirstPropertyValue('name')).toBe(
      'Programme — Rencontres\\nBEGIN:VEVENT\\nUID:x / プログラム — 会議\\, 第9回',
    )
  })
})
