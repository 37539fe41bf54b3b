import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addSessionPerson,
  createRoom,
  deleteSession,
  duplicateSession,
  EditionError,
  isPlaced,
  moveSession,
  readEdition,
  setLocalizedText,
  setSessionRooms,
  unplaceSession,
  updateSession,
} from '../../../../shared/doc/edition'
import { exchange, expectConverged, ME, replicaOf, smallEdition, stateOf } from './fixtures'

const sessionOf = (doc: Y.Doc, id: string) =>
  readEdition(doc).value.sessions.find((session) => session.id === id)

/** Two replicas of the small edition (with a third room), as two browsers hold it. */
function twoMembers(first: number, second: number) {
  const edition = smallEdition(first)
  const annex = createRoom(edition.doc, { id: 'annex', name: { fr: 'Annexe', ja: '別館' } }, ME)
  return { ...edition, annex, paris: edition.doc, tokyo: replicaOf(edition.doc, second) }
}

/**
 * Records the updates each document makes from now on, and later delivers
 * each one's to the other, as the sync server relays them.
 */
function relay(a: Y.Doc, b: Y.Doc) {
  const fromA: Uint8Array[] = []
  const fromB: Uint8Array[] = []
  const onA = (update: Uint8Array, origin: unknown) => origin !== 'relay' && fromA.push(update)
  const onB = (update: Uint8Array, origin: unknown) => origin !== 'relay' && fromB.push(update)
  a.on('update', onA)
  b.on('update', onB)
  return () => {
    for (const update of fromA) Y.applyUpdate(b, update, 'relay')
    for (const update of fromB) Y.applyUpdate(a, update, 'relay')
    a.off('update', onA)
    b.off('update', onB)
  }
}

const CLIENT_ORDERS = [
  [1, 2],
  [2, 1],
]

describe('a session duplicated', () => {
  it('is a draft copy with its texts, place, theme and people', () => {
    const { doc, session, kenta, claire } = smallEdition()
    updateSession(
      doc,
      session,
      {
        description: { fr: 'Échanges de lycéens.', ja: '高校生の交流。' },
        moderatorIds: [kenta],
        witnessIds: [claire],
        interpretation: 'consecutive',
        status: 'confirmed',
      },
      ME,
    )
    const copy = duplicateSession(doc, session, ME)
    expect(copy).not.toBe(session)
    const { id: _original, ...fields } = sessionOf(doc, session) ?? {}
    expect(sessionOf(doc, copy)).toEqual({ ...fields, id: copy, status: 'draft' })
    expect(sessionOf(doc, session)?.status).toBe('confirmed')
  })

  it('has texts of its own: retitling the copy leaves the original', () => {
    const { doc, session } = smallEdition()
    const copy = duplicateSession(doc, session, ME)
    setLocalizedText(
      doc,
      { collection: 'sessions', id: copy, field: 'title' },
      'fr',
      'Atelier 1 bis',
      ME,
    )
    expect(sessionOf(doc, session)?.title.fr).toBe('Atelier 1')
    expect(sessionOf(doc, copy)?.title.fr).toBe('Atelier 1 bis')
  })

  it('is refused for a session that is gone, changing nothing', () => {
    const { doc, session } = smallEdition()
    deleteSession(doc, session, ME)
    const before = stateOf(doc)
    expect(() => duplicateSession(doc, session, ME)).toThrow(EditionError)
    expect(stateOf(doc)).toEqual(before)
  })
})

describe('a session taken off the grid', () => {
  it('loses its day and time, keeps its rooms, and goes back where it is moved', () => {
    const { doc, session, hall, small } = smallEdition()
    unplaceSession(doc, session, ME)
    const unplaced = sessionOf(doc, session)
    expect(unplaced).toMatchObject({ day: null, start: null, roomIds: [hall], durationMinutes: 90 })
    expect(unplaced && isPlaced(unplaced, readEdition(doc).value.rooms)).toBe(false)
    // Unplaced sessions come last, as the tray lists them.
    expect(readEdition(doc).value.sessions.at(-1)?.id).toBe(session)
    moveSession(doc, session, { day: '2024-11-19', startMinutes: 9 * 60, roomIds: [small] }, ME)
    expect(sessionOf(doc, session)).toMatchObject({
      day: '2024-11-19',
      start: '09:00',
      roomIds: [small],
    })
  })

  it.each(CLIENT_ORDERS)(
    'is either unplaced or moved, never half of each, when another member moves it meanwhile (clients %i, %i)',
    (first, second) => {
      const { paris, tokyo, session, small } = twoMembers(first, second)
      unplaceSession(paris, session, ME)
      moveSession(
        tokyo,
        session,
        { day: '2024-11-21', startMinutes: 14 * 60, roomIds: [small] },
        ME,
      )
      exchange(paris, tokyo)
      const merged = sessionOf(paris, session)
      expectConverged(paris, tokyo)
      expect([
        { day: null, start: null },
        { day: '2024-11-21', start: '14:00' },
      ]).toContainEqual({ day: merged?.day, start: merged?.start })
    },
  )
})

describe('the rooms of a session', () => {
  it('are written whole by a move, and left as they are by a move that names none', () => {
    const { doc, session, hall, small } = smallEdition()
    moveSession(doc, session, { day: '2024-11-20', startMinutes: 600, roomIds: [hall, small] }, ME)
    expect(sessionOf(doc, session)?.roomIds).toEqual([hall, small])
    moveSession(doc, session, { day: '2024-11-21', startMinutes: 600 }, ME)
    expect(sessionOf(doc, session)).toMatchObject({ day: '2024-11-21', roomIds: [hall, small] })
    moveSession(doc, session, { day: '2024-11-21', startMinutes: 600, allRooms: true }, ME)
    expect(sessionOf(doc, session)).toMatchObject({ allRooms: true })
    setSessionRooms(doc, session, { roomIds: [small], allRooms: false }, ME)
    expect(sessionOf(doc, session)).toMatchObject({ roomIds: [small], allRooms: false })
  })

  it.each(CLIENT_ORDERS)(
    'end in ONE room when two members move a session into different rooms at once (clients %i, %i)',
    (first, second) => {
      const { paris, tokyo, session, small, annex } = twoMembers(first, second)
      const at = { day: '2024-11-20', startMinutes: 10 * 60 }
      moveSession(paris, session, { ...at, roomIds: [small] }, ME)
      moveSession(tokyo, session, { ...at, roomIds: [annex] }, ME)
      exchange(paris, tokyo)
      const roomIds = expectConverged(paris, tokyo).sessions.find((s) => s.id === session)?.roomIds
      expect([[small], [annex]]).toContainEqual(roomIds)
    },
  )

  it.each(CLIENT_ORDERS)(
    'are one member’s choice whole when one picks two rooms and the other all of them (clients %i, %i)',
    (first, second) => {
      const { paris, tokyo, session, small, annex } = twoMembers(first, second)
      setSessionRooms(paris, session, { roomIds: [small, annex], allRooms: false }, ME)
      setSessionRooms(tokyo, session, { roomIds: [], allRooms: true }, ME)
      exchange(paris, tokyo)
      const merged = expectConverged(paris, tokyo).sessions.find((s) => s.id === session)
      expect([
        { roomIds: [small, annex], allRooms: false },
        { roomIds: [], allRooms: true },
      ]).toContainEqual({ roomIds: merged?.roomIds, allRooms: merged?.allRooms })
    },
  )
})

describe('a session deleted by one member while another edits it', () => {
  it.each(CLIENT_ORDERS)(
    'is gone on both, with nothing left unread (clients %i, %i)',
    (first, second) => {
      const { paris, tokyo, session, kenta, small } = twoMembers(first, second)
      const deliver = relay(paris, tokyo)
      deleteSession(paris, session, ME)
      updateSession(tokyo, session, { title: { ja: '第1分科会（改）' }, durationMinutes: 120 }, ME)
      moveSession(tokyo, session, { day: '2024-11-21', startMinutes: 600, roomIds: [small] }, ME)
      addSessionPerson(tokyo, session, 'rapporteur', kenta, ME)
      deliver()
      const merged = expectConverged(paris, tokyo)
      expect(merged.sessions.map((entry) => entry.id)).not.toContain(session)
      // The rooms and people it named are still there.
      expect(merged.rooms.map((room) => room.id)).toContain(small)
      expect(merged.persons.map((person) => person.id)).toContain(kenta)
    },
  )

  it('refuses the edit once the deletion has arrived, changing nothing', () => {
    const { paris, tokyo, session } = twoMembers(1, 2)
    const deliver = relay(paris, tokyo)
    deleteSession(paris, session, ME)
    deliver()
    const before = stateOf(tokyo)
    expect(() => updateSession(tokyo, session, { durationMinutes: 30 }, ME)).toThrow(EditionError)
    expect(() => unplaceSession(tokyo, session, ME)).toThrow(EditionError)
    expect(stateOf(tokyo)).toEqual(before)
  })
})
