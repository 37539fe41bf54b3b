import { describe, expect, it } from 'vitest'
import {
  type Collectivite,
  computeWarnings,
  countUntranslated,
  DAY_BOUNDS,
  defaultMeta,
  type EditionSnapshot,
  type LocalizedText,
  type Person,
  type Room,
  type Session,
} from '../../../../shared/doc/edition'

const text = (fr: string, ja: string, en = ''): LocalizedText => ({ fr, ja, en })

/** A room with booths, so that interpreted sessions in it are no warning. */
const room = (id: string): Room => ({
  id,
  name: text(id, id),
  capacity: null,
  position: 0,
  venueId: null,
  booths: true,
})
/** A person with a function in every language. */
const person = (id: string): Person => ({
  id,
  name: text(id, id),
  reading: '',
  role: text('Maire adjointe', '副市長', 'Deputy mayor'),
  collectiviteId: null,
})

let sessionCount = 0
/** A translated session on the 20th in room 'a' from 10:00 for an hour, with `fields` changed. */
function session(fields: Partial<Session> = {}): Session {
  sessionCount++
  return {
    id: `s${sessionCount}`,
    kind: 'workshop',
    title: text(`Atelier ${sessionCount}`, `第${sessionCount}分科会`),
    description: text('', ''),
    day: '2024-11-20',
    start: '10:00',
    durationMinutes: 60,
    roomIds: ['a'],
    allRooms: false,
    themeId: null,
    moderatorIds: [],
    speakerIds: [],
    rapporteurIds: [],
    witnessIds: [],
    interpretation: 'simultaneous',
    status: 'draft',
    ...fields,
  }
}

/** A translated edition from the 18th to the 21st holding `sessions`. */
function edition(sessions: Session[], more: Partial<EditionSnapshot> = {}): EditionSnapshot {
  return {
    meta: {
      ...defaultMeta(),
      year: 2024,
      title: text('8es Rencontres', '第8回日仏自治体交流会議'),
      hostCity: text('Shizuoka', '静岡市'),
      startDate: '2024-11-18',
      endDate: '2024-11-21',
      timeZone: 'Asia/Tokyo',
    },
    days: [],
    venues: [],
    rooms: [room('a'), room('b')],
    themes: [],
    sessions,
    persons: [person('claire'), person('kenta')],
    collectivites: [],
    meetings: [],
    suggestions: [],
    registrations: [],
    proposals: [],
    proposalComments: [],
    ...more,
  }
}

describe('a room booked twice', () => {
  it('is found with both sessions and the time they share', () => {
    const first = session({ start: '10:00', durationMinutes: 90 })
    const second = session({ start: '11:00', durationMinutes: 60 })
    expect(computeWarnings(edition([first, second]))).toEqual([
      {
        code: 'room_double_booked',
        roomId: 'a',
        sessionIds: [first.id, second.id],
        overlap: { day: '2024-11-20', startMinutes: 660, endMinutes: 690 },
      },
    ])
  })

  it('is not back-to-back sessions, other rooms, other days or sessions in no room', () => {
    const inNoRoom = [
      session({ start: '10:00', roomIds: [] }),
      session({ start: '10:30', roomIds: [] }),
    ]
    const sessions = [
      session({ start: '10:00', durationMinutes: 60 }),
      session({ start: '11:00', durationMinutes: 60 }),
      session({ start: '10:00', roomIds: ['b'] }),
      session({ start: '10:00', day: '2024-11-21' }),
      ...inNoRoom,
    ]
    // The sessions in no room are in the tray, and said to be so; no room is double booked.
    expect(computeWarnings(edition(sessions))).toEqual(
      inNoRoom.map((entry) => ({ code: 'unplaced_session', sessionId: entry.id })),
    )
  })

  it('is found when an evening session runs past midnight into the next morning’s', () => {
    const late = session({ start: '22:00', durationMinutes: 180 })
    const early = session({ day: '2024-11-21', start: '00:30' })
    const warnings = computeWarnings(edition([late, early]))
    expect(warnings.filter((warning) => warning.code === 'room_double_booked')).toEqual([
      {
        code: 'room_double_booked',
        roomId: 'a',
        sessionIds: [late.id, early.id],
        overlap: { day: '2024-11-21', startMinutes: 30, endMinutes: 60 },
      },
    ])
  })

  it('is found for each pair when three sessions collide', () => {
    const sessions = [session(), session({ start: '10:15' }), session({ start: '10:30' })]
    const pairs = computeWarnings(edition(sessions)).map((warning) =>
      'sessionIds' in warning ? warning.sessionIds : null,
    )
    const [a, b, c] = sessions.map((entry) => entry.id)
    expect(pairs).toEqual([
      [a, b],
      [a, c],
      [b, c],
    ])
  })
})

describe('a person in two sessions at once', () => {
  it('is found whether they speak or moderate', () => {
    const speaking = session({ speakerIds: ['claire'] })
    const moderating = session({
      roomIds: ['b'],
      start: '10:45',
      moderatorIds: ['claire', 'kenta'],
    })
    expect(computeWarnings(edition([speaking, moderating]))).toEqual([
      {
        code: 'person_double_booked',
        personId: 'claire',
        sessionIds: [speaking.id, moderating.id],
        overlap: { day: '2024-11-20', startMinutes: 645, endMinutes: 660 },
      },
    ])
  })

  it('is not someone who both speaks and moderates one session', () => {
    const both = session({ speakerIds: ['claire'], moderatorIds: ['claire'] })
    const later = session({ roomIds: ['b'], start: '11:00', speakerIds: ['claire'] })
    expect(computeWarnings(edition([both, later]))).toEqual([])
  })
})

describe('sessions outside the edition', () => {
  it('are found before the first day and after the last', () => {
    const before = session({ day: '2024-11-17' })
    const first = session({ day: '2024-11-18' })
    const last = session({ day: '2024-11-21' })
    const after = session({ day: '2024-11-22' })
    const warnings = computeWarnings(edition([before, first, last, after]))
    expect(warnings).toEqual([
      expect.objectContaining({ code: 'outside_edition_dates', sessionId: before.id }),
      expect.objectContaining({ code: 'outside_edition_dates', sessionId: after.id }),
    ])
    expect(warnings[0]).toMatchObject({ startDate: '2024-11-18', endDate: '2024-11-21' })
  })

  it('are found before 07:00 or after 23:00, the day’s bounds included', () => {
    const early = session({ start: '06:55', durationMinutes: 65 })
    const fullDay = session({ roomIds: ['b'], start: '07:00', durationMinutes: 16 * 60 })
    const late = session({ start: '22:30', durationMinutes: 35 })
    expect(computeWarnings(edition([early, fullDay, late]))).toEqual([
      {
        code: 'outside_day_bounds',
        sessionId: early.id,
        day: '2024-11-20',
        startMinutes: 415,
        endMinutes: 480,
        bounds: DAY_BOUNDS,
      },
      {
        code: 'outside_day_bounds',
        sessionId: late.id,
        day: '2024-11-20',
        startMinutes: 1350,
        endMinutes: 1385,
        bounds: DAY_BOUNDS,
      },
    ])
  })

  it('are not checked against dates the edition does not have', () => {
    const snapshot = edition([session({ day: '2030-01-01' })])
    snapshot.meta.startDate = null
    snapshot.meta.endDate = null
    expect(computeWarnings(snapshot)).toEqual([])
  })
})

describe('missing translations', () => {
  it('are found in required texts, and in optional ones once written in one language', () => {
    const untitled = session({ title: text('Atelier', '  ') })
    const described = session({ roomIds: ['b'], description: text('', '説明', 'Description') })
    const englishOnly = session({ day: '2024-11-21', description: text('', '', 'Draft') })
    const warnings = computeWarnings(edition([untitled, described, englishOnly]))
    expect(warnings).toEqual([
      {
        code: 'missing_translation',
        target: { collection: 'sessions', id: untitled.id, field: 'title' },
        missing: ['ja'],
      },
      {
        code: 'missing_translation',
        target: { collection: 'sessions', id: described.id, field: 'description' },
        missing: ['fr'],
      },
      {
        code: 'missing_translation',
        target: { collection: 'sessions', id: englishOnly.id, field: 'description' },
        missing: ['fr', 'ja'],
      },
    ])
  })

  it('are found in the edition’s metadata, rooms and persons', () => {
    const snapshot = edition([], {
      rooms: [{ ...room('a'), name: text('Salle A', '') }],
      persons: [{ ...person('claire'), role: text('Maire adjointe', '') }],
    })
    snapshot.meta.hostCity = text('', '')
    const targets = computeWarnings(snapshot).map((warning) =>
      warning.code === 'missing_translation' ? [warning.target, warning.missing] : warning.code,
    )
    expect(targets).toEqual([
      [{ collection: 'meta', field: 'hostCity' }, ['fr', 'ja']],
      [{ collection: 'rooms', id: 'a', field: 'name' }, ['ja']],
      [{ collection: 'persons', id: 'claire', field: 'role' }, ['ja']],
    ])
  })

  it('are counted, English apart', () => {
    const sessions = [
      session({ title: text('Atelier', '') }),
      session({ roomIds: ['b'], title: text('', ''), description: text('Texte', '', 'Text') }),
      session({ roomIds: [], title: text('Pause', '休憩', 'Break') }),
    ]
    // Written but without English: the edition's title and host city, two rooms'
    // names, two persons' names and the first session's title.
    expect(countUntranslated(edition(sessions))).toEqual({ texts: 3, fr: 1, ja: 3, en: 7 })
  })
})

describe('rules two members can break together', () => {
  it('warns of dates out of order and of a first day outside the year', () => {
    const reversed = edition([])
    reversed.meta.endDate = '2024-11-17'
    expect(computeWarnings(reversed)).toEqual([
      {
        code: 'edition_dates_inconsistent',
        problem: 'end_before_start',
        year: 2024,
        startDate: '2024-11-18',
        endDate: '2024-11-17',
      },
    ])
    const otherYear = edition([])
    otherYear.meta.year = 2025
    expect(computeWarnings(otherYear)).toMatchObject([{ problem: 'year_mismatch' }])
  })

  it('warns of a collectivité whose kind does not exist in its country', () => {
    const city: Collectivite = {
      id: 'shizuoka',
      name: text('Ville de Shizuoka', '静岡市'),
      country: 'FR',
      kind: 'city',
      directoryId: null,
    }
    expect(computeWarnings(edition([], { collectivites: [city] }))).toEqual([
      {
        code: 'collectivite_kind_mismatch',
        collectiviteId: 'shizuoka',
        country: 'FR',
        kind: 'city',
      },
    ])
  })
})
