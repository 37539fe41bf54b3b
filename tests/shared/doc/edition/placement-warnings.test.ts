import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import {
  addRegistration,
  computeWarnings,
  createPerson,
  createRoom,
  createSession,
  type EditionWarning,
  readEdition,
  unplaceSession,
  updatePerson,
  updateRoom,
  updateSession,
  type WarningCode,
} from '../../../../shared/doc/edition'
import { ME, smallEdition } from './fixtures'

const warningsOf = (doc: Y.Doc, code: WarningCode): EditionWarning[] =>
  computeWarnings(readEdition(doc).value).filter((warning) => warning.code === code)

/**
 * The small edition with booths in both rooms, functions for both persons
 * and a third room: nothing to warn of until a test makes it so.
 */
function quietEdition() {
  const edition = smallEdition()
  const { doc, hall, small, claire, kenta } = edition
  updateRoom(doc, hall, { booths: true }, ME)
  updateRoom(doc, small, { booths: true }, ME)
  updatePerson(doc, claire, { role: { fr: 'Maire adjointe', ja: '副市長' } }, ME)
  updatePerson(doc, kenta, { role: { fr: 'Chef de service', ja: '課長' } }, ME)
  expect(computeWarnings(readEdition(doc).value)).toEqual([])
  return edition
}

describe('a room double booked by a session in several rooms', () => {
  it('is counted in each room of a session across two rooms', () => {
    const { doc, hall, small, session } = quietEdition()
    // The workshop runs 10:00–11:30 on the 20th in the hall.
    const inSmall = createSession(
      doc,
      { kind: 'workshop', day: '2024-11-20', start: '11:00', roomIds: [small] },
      ME,
    )
    const joint = createSession(
      doc,
      { kind: 'plenary', day: '2024-11-20', start: '11:00', roomIds: [hall, small] },
      ME,
    )
    const booked = warningsOf(doc, 'room_double_booked')
    expect(booked).toHaveLength(2)
    expect(booked).toContainEqual({
      code: 'room_double_booked',
      roomId: hall,
      sessionIds: [session, joint],
      overlap: { day: '2024-11-20', startMinutes: 660, endMinutes: 690 },
    })
    expect(booked).toContainEqual(
      expect.objectContaining({ roomId: small, sessionIds: [inSmall, joint].sort() }),
    )
  })

  it('is counted in every room, present and future, of a session across all rooms', () => {
    const { doc, hall, small, session } = quietEdition()
    const lunch = createSession(
      doc,
      { kind: 'break', day: '2024-11-20', start: '11:00', allRooms: true },
      ME,
    )
    expect(warningsOf(doc, 'room_double_booked')).toEqual([
      {
        code: 'room_double_booked',
        roomId: hall,
        sessionIds: [session, lunch],
        overlap: { day: '2024-11-20', startMinutes: 660, endMinutes: 690 },
      },
    ])
    // A room added later holds the lunch too.
    const annex = createRoom(doc, { name: { fr: 'Annexe', ja: '別館' }, booths: true }, ME)
    const inAnnex = createSession(
      doc,
      { kind: 'workshop', day: '2024-11-20', start: '11:30', roomIds: [annex] },
      ME,
    )
    const booked = warningsOf(doc, 'room_double_booked')
    expect(booked.map((w) => 'roomId' in w && w.roomId)).toEqual([hall, annex])
    expect(booked[1]).toMatchObject({
      sessionIds: [lunch, inAnnex],
      overlap: { startMinutes: 690, endMinutes: 720 },
    })
    expect(booked.some((w) => 'roomId' in w && w.roomId === small)).toBe(false)
  })

  it('is not a session across all rooms that ends when the next begins', () => {
    const { doc } = quietEdition()
    createSession(doc, { kind: 'break', day: '2024-11-20', start: '11:30', allRooms: true }, ME)
    createSession(doc, { kind: 'plenary', day: '2024-11-20', start: '09:00', allRooms: true }, ME)
    expect(warningsOf(doc, 'room_double_booked')).toEqual([])
  })
})

describe('interpretation without booths', () => {
  it('is simultaneous interpretation in a room without booths', () => {
    const { doc, hall, session } = quietEdition()
    expect(warningsOf(doc, 'interpretation_without_booths')).toEqual([])
    updateRoom(doc, hall, { booths: false }, ME)
    expect(warningsOf(doc, 'interpretation_without_booths')).toEqual([
      { code: 'interpretation_without_booths', sessionId: session, roomId: hall },
    ])
  })

  it('is, for a session in several rooms, once and only when none of them has booths', () => {
    const { doc, hall, small, session } = quietEdition()
    updateRoom(doc, small, { booths: false }, ME)
    // The interpreters work from the hall's booths for both rooms.
    updateSession(doc, session, { roomIds: [hall, small] }, ME)
    expect(warningsOf(doc, 'interpretation_without_booths')).toEqual([])
    updateRoom(doc, hall, { booths: false }, ME)
    expect(warningsOf(doc, 'interpretation_without_booths')).toEqual([
      { code: 'interpretation_without_booths', sessionId: session, roomId: hall },
    ])
  })

  it('is, for a plenary across all rooms, once and only when no room has booths', () => {
    const { doc, hall, small, session } = quietEdition()
    const plenary = createSession(
      doc,
      {
        kind: 'plenary',
        day: '2024-11-19',
        start: '09:00',
        allRooms: true,
        interpretation: 'simultaneous',
      },
      ME,
    )
    createRoom(doc, { name: { fr: 'Annexe', ja: '別館' } }, ME)
    updateRoom(doc, small, { booths: false }, ME)
    expect(warningsOf(doc, 'interpretation_without_booths')).toEqual([])
    updateRoom(doc, hall, { booths: false }, ME)
    // The workshop in the hall warns too, on its own.
    expect(warningsOf(doc, 'interpretation_without_booths')).toEqual([
      { code: 'interpretation_without_booths', sessionId: plenary, roomId: hall },
      { code: 'interpretation_without_booths', sessionId: session, roomId: hall },
    ])
  })

  it('is not consecutive interpretation, nor a session without interpretation', () => {
    const { doc, hall, session } = quietEdition()
    updateRoom(doc, hall, { booths: false }, ME)
    expect(warningsOf(doc, 'interpretation_without_booths')).toHaveLength(1)
    updateSession(doc, session, { interpretation: 'consecutive' }, ME)
    expect(warningsOf(doc, 'interpretation_without_booths')).toEqual([])
    updateSession(doc, session, { interpretation: 'none' }, ME)
    expect(warningsOf(doc, 'interpretation_without_booths')).toEqual([])
  })
})

describe('a room over capacity', () => {
  const registration = (themeIds: string[], delegates: number) => ({
    collectiviteId: null,
    collectiviteName: 'Ville de Tours',
    country: 'FR' as const,
    delegates,
    workshopIds: themeIds,
    wantsToSpeak: false,
    wantsToPropose: false,
  })

  it('is more delegates registered for a workshop’s theme than its room holds', () => {
    const { doc, hall, session, theme } = quietEdition()
    updateRoom(doc, hall, { capacity: 20 }, ME)
    addRegistration(doc, registration([theme], 12), 'server')
    expect(warningsOf(doc, 'room_over_capacity')).toEqual([])
    addRegistration(doc, registration([theme], 8), 'server')
    expect(warningsOf(doc, 'room_over_capacity')).toEqual([])
    addRegistration(doc, registration([theme], 1), 'server')
    expect(warningsOf(doc, 'room_over_capacity')).toEqual([
      { code: 'room_over_capacity', sessionId: session, roomId: hall, capacity: 20, delegates: 21 },
    ])
  })

  it('is not counted for a room whose capacity is unknown, nor for delegates of other workshops', () => {
    const { doc, small, session, theme } = quietEdition()
    addRegistration(doc, registration([theme], 150), 'server')
    expect(warningsOf(doc, 'room_over_capacity')).toEqual([])
    updateRoom(doc, small, { capacity: 10 }, ME)
    createSession(doc, { kind: 'plenary', day: '2024-11-21', start: '10:00', roomIds: [small] }, ME)
    expect(warningsOf(doc, 'room_over_capacity')).toEqual([])
    updateSession(doc, session, { roomIds: [small] }, ME)
    expect(warningsOf(doc, 'room_over_capacity')).toMatchObject([
      { sessionId: session, roomId: small, delegates: 150 },
    ])
  })
})

describe('a room over capacity, for a session in several rooms', () => {
  const registration = (themeId: string, delegates: number) => ({
    collectiviteId: null,
    collectiviteName: 'Préfecture de Shizuoka',
    country: 'JP' as const,
    delegates,
    workshopIds: [themeId],
    wantsToSpeak: false,
    wantsToPropose: false,
  })

  it('is more delegates than its rooms hold together, warned once with their sum', () => {
    const { doc, hall, small, session, theme } = quietEdition()
    updateRoom(doc, hall, { capacity: 20 }, ME)
    updateRoom(doc, small, { capacity: 10 }, ME)
    updateSession(doc, session, { roomIds: [hall, small] }, ME)
    addRegistration(doc, registration(theme, 25), 'server')
    // More than the hall holds, but the two rooms take them all.
    expect(warningsOf(doc, 'room_over_capacity')).toEqual([])
    addRegistration(doc, registration(theme, 6), 'server')
    expect(warningsOf(doc, 'room_over_capacity')).toEqual([
      { code: 'room_over_capacity', sessionId: session, roomId: hall, capacity: 30, delegates: 31 },
    ])
  })

  it('is not counted when one of its rooms has no known capacity', () => {
    const { doc, hall, session, theme } = quietEdition()
    updateRoom(doc, hall, { capacity: 20 }, ME)
    updateSession(doc, session, { allRooms: true }, ME)
    addRegistration(doc, registration(theme, 40), 'server')
    expect(warningsOf(doc, 'room_over_capacity')).toEqual([])
    updateSession(doc, session, { allRooms: false, roomIds: [hall] }, ME)
    expect(warningsOf(doc, 'room_over_capacity')).toMatchObject([
      { sessionId: session, roomId: hall, capacity: 20, delegates: 40 },
    ])
  })
})

describe('a person without a function', () => {
  it('is someone in a session whose function lacks French or Japanese', () => {
    const { doc, session, kenta } = quietEdition()
    const aya = createPerson(doc, { id: 'aya', name: { fr: 'Aya Sano', ja: '佐野 彩' } }, ME)
    // Nobody asks for the function of someone in no session.
    expect(warningsOf(doc, 'person_without_function')).toEqual([])
    updateSession(doc, session, { witnessIds: [aya] }, ME)
    expect(warningsOf(doc, 'person_without_function')).toEqual([
      { code: 'person_without_function', personId: aya, missing: ['fr', 'ja'] },
    ])
    updatePerson(doc, aya, { role: { fr: 'Cheffe du service du tourisme' } }, ME)
    updatePerson(doc, kenta, { role: { ja: '' } }, ME)
    updateSession(doc, session, { rapporteurIds: [kenta] }, ME)
    expect(warningsOf(doc, 'person_without_function')).toEqual([
      { code: 'person_without_function', personId: aya, missing: ['ja'] },
      { code: 'person_without_function', personId: kenta, missing: ['ja'] },
    ])
  })
})

describe('an unplaced session', () => {
  it('is one without a day, a time or a room, and none of the grid’s other warnings', () => {
    const { doc, session, hall } = quietEdition()
    const draft = createSession(
      doc,
      { kind: 'workshop', title: { fr: 'À placer', ja: '未定' } },
      ME,
    )
    const noRoom = createSession(doc, { kind: 'workshop', day: '2024-11-20', start: '10:00' }, ME)
    const noTime = createSession(doc, { kind: 'workshop', day: '2024-11-20', roomIds: [hall] }, ME)
    unplaceSession(doc, session, ME)
    const unplaced = warningsOf(doc, 'unplaced_session').map((w) => 'sessionId' in w && w.sessionId)
    expect(unplaced.sort()).toEqual([draft, noRoom, noTime, session].sort())
    // Off the grid, a session is in no room at no time: nothing double booked or out of hours.
    expect(warningsOf(doc, 'room_double_booked')).toEqual([])
    expect(warningsOf(doc, 'outside_day_bounds')).toEqual([])
  })
})
