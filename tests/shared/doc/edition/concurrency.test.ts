import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import {
  addSessionPerson,
  computeWarnings,
  createCollectivite,
  createPerson,
  createRoom,
  createSession,
  createVenue,
  deletePerson,
  deleteRoom,
  deleteSession,
  deleteVenue,
  duplicateSession,
  EditionError,
  type EditionSnapshot,
  mergeCollectivites,
  moveSession,
  PEOPLE_FIELDS,
  readEdition,
  removeSessionPerson,
  reorderRoom,
  reorderSessionPerson,
  resizeSession,
  SESSION_ROLES,
  type SessionRole,
  setDay,
  setLocalizedText,
  setMeta,
  setSessionRooms,
  spliceLocalizedText,
  unplaceSession,
  updatePerson,
  updateRoom,
  updateSession,
} from '../../../../shared/doc/edition'
import { exchange, expectConverged, ME, replicaOf, smallEdition } from './fixtures'

const sessionIn = (snapshot: EditionSnapshot, id: string) =>
  snapshot.sessions.find((session) => session.id === id)

describe('two members editing at once', () => {
  it('keeps a move and a Japanese retitling of the same session', () => {
    const { doc: paris, session, small } = smallEdition()
    const tokyo = replicaOf(paris)
    moveSession(paris, session, { day: '2024-11-21', startMinutes: 14 * 60, roomIds: [small] }, ME)
    updateSession(tokyo, session, { title: { ja: '第1分科会：青少年の国際交流' } }, ME)
    exchange(paris, tokyo)
    const merged = sessionIn(expectConverged(paris, tokyo), session)
    expect(merged).toMatchObject({
      day: '2024-11-21',
      start: '14:00',
      roomIds: [small],
      title: { fr: 'Atelier 1', ja: '第1分科会：青少年の国際交流' },
    })
  })

  it('un-assigns a session assigned to a room that the other member deleted', () => {
    const { doc: paris, session, small } = smallEdition()
    const tokyo = replicaOf(paris)
    deleteRoom(paris, small, ME)
    updateSession(tokyo, session, { roomIds: [small], durationMinutes: 120 }, ME)
    exchange(paris, tokyo)
    const merged = sessionIn(expectConverged(paris, tokyo), session)
    expect(merged).toMatchObject({ roomIds: [], durationMinutes: 120 })
  })

  it('merges two members typing in one description letter by letter', () => {
    const { doc: paris, session } = smallEdition()
    const path = { collection: 'sessions', id: session, field: 'description' } as const
    setLocalizedText(paris, path, 'fr', 'Échanges de jeunes.', ME)
    const tokyo = replicaOf(paris)
    spliceLocalizedText(paris, path, 'fr', { index: 0, remove: 0, insert: 'Atelier : ' }, ME)
    setLocalizedText(tokyo, path, 'fr', 'Échanges de jeunes et stages.', ME)
    setLocalizedText(tokyo, path, 'ja', '青少年交流', ME)
    exchange(paris, tokyo)
    const merged = sessionIn(expectConverged(paris, tokyo), session)
    expect(merged?.description).toEqual({
      fr: 'Atelier : Échanges de jeunes et stages.',
      ja: '青少年交流',
      en: '',
    })
  })

  it.each([
    [1, 2],
    [2, 1],
  ])(
    'puts a session wholly where one of two concurrent drags left it (clients %i, %i)',
    (first, second) => {
      const { doc: paris, session, hall, small } = smallEdition(first)
      const tokyo = replicaOf(paris, second)
      moveSession(paris, session, { day: '2024-11-19', startMinutes: 9 * 60, roomIds: [small] }, ME)
      moveSession(tokyo, session, { day: '2024-11-21', startMinutes: 16 * 60, roomIds: [hall] }, ME)
      exchange(paris, tokyo)
      const { day, start, roomIds } = sessionIn(expectConverged(paris, tokyo), session) ?? {}
      expect([
        { day: '2024-11-19', start: '09:00', roomIds: [small] },
        { day: '2024-11-21', start: '16:00', roomIds: [hall] },
      ]).toContainEqual({ day, start, roomIds })
    },
  )

  it.each([
    [1, 2],
    [2, 1],
  ])(
    'does not undo a change with a form that saves unchanged fields (clients %i, %i)',
    (first, second) => {
      const { doc: paris, session } = smallEdition(first)
      const tokyo = replicaOf(paris, second)
      updateSession(paris, session, { durationMinutes: 90, status: 'confirmed' }, ME)
      updateSession(tokyo, session, { durationMinutes: 120 }, ME)
      exchange(paris, tokyo)
      const merged = sessionIn(expectConverged(paris, tokyo), session)
      expect(merged).toMatchObject({ durationMinutes: 120, status: 'confirmed' })
    },
  )

  it('drops a deleted person from a session the other member added them to', () => {
    const { doc: paris, session, kenta } = smallEdition()
    const tokyo = replicaOf(paris)
    deletePerson(paris, kenta, ME)
    addSessionPerson(tokyo, session, 'moderator', kenta, ME)
    exchange(paris, tokyo)
    const merged = expectConverged(paris, tokyo)
    expect(sessionIn(merged, session)?.moderatorIds).toEqual([])
    expect(merged.persons.map((person) => person.id)).toEqual(['claire'])
  })

  it('lists a person once when both members add them', () => {
    const { doc: paris, session, kenta } = smallEdition()
    const tokyo = replicaOf(paris)
    addSessionPerson(paris, session, 'speaker', kenta, ME)
    addSessionPerson(tokyo, session, 'speaker', kenta, ME)
    exchange(paris, tokyo)
    expect(sessionIn(expectConverged(paris, tokyo), session)?.speakerIds).toEqual([
      'claire',
      'kenta',
    ])
    // The next edit of the list writes it clean again.
    removeSessionPerson(paris, session, 'speaker', 'claire', ME)
    exchange(paris, tokyo)
    expect(sessionIn(expectConverged(paris, tokyo), session)?.speakerIds).toEqual(['kenta'])
  })

  it('keeps one member’s removal from a list and the other’s addition to it', () => {
    const { doc: paris, session, claire, kenta } = smallEdition()
    const tokyo = replicaOf(paris)
    removeSessionPerson(paris, session, 'speaker', claire, ME)
    updateSession(tokyo, session, { speakerIds: [claire, kenta] }, ME)
    exchange(paris, tokyo)
    expect(sessionIn(expectConverged(paris, tokyo), session)?.speakerIds).toEqual([kenta])
  })

  it('keeps both halves of a date change that crossed, and warns', () => {
    const { doc: paris } = smallEdition()
    const tokyo = replicaOf(paris)
    setMeta(paris, { startDate: '2024-11-20' }, ME)
    setMeta(tokyo, { endDate: '2024-11-19' }, ME)
    exchange(paris, tokyo)
    const merged = expectConverged(paris, tokyo)
    expect(merged.meta).toMatchObject({ startDate: '2024-11-20', endDate: '2024-11-19' })
    expect(computeWarnings(merged)).toContainEqual({
      code: 'edition_dates_inconsistent',
      problem: 'end_before_start',
      year: 2024,
      startDate: '2024-11-20',
      endDate: '2024-11-19',
    })
  })
})

/** A small deterministic random generator (mulberry32), so a failure can be replayed. */
function randomFrom(seed: number) {
  let state = seed
  const next = () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(next() * items.length)]
  return { next, pick, int: (below: number) => Math.floor(next() * below) }
}

/**
 * Makes one random edit on `doc`; returns which of how many kinds of edit it
 * was when it went through (not refused), so a run can tell each kind was tried.
 */
function randomEdit(
  doc: Y.Doc,
  random: ReturnType<typeof randomFrom>,
): { done: number | null; kinds: number } {
  const { value } = readEdition(doc)
  const session = random.pick(value.sessions)?.id ?? 'none'
  const room = random.pick(value.rooms)?.id ?? null
  const roomIds = room === null ? [] : [room]
  const person = random.pick(value.persons)?.id ?? 'none'
  const day = random.pick(['2024-11-18', '2024-11-19', '2024-11-20', '2024-11-21']) as string
  const words = ['atelier', '分科会', 'jeunesse', '防災', ' ', 'é']
  const role = random.pick(SESSION_ROLES) as SessionRole
  const venue = random.pick(value.venues)?.id ?? null
  const collectivite = random.pick(value.collectivites)?.id ?? null
  const otherCollectivite = random.pick(value.collectivites)?.id ?? null
  const someRooms = value.rooms.filter(() => random.next() < 0.5).map((each) => each.id)
  const edits = [
    () => createSession(doc, { day, start: '09:00', roomIds, speakerIds: [person] }, ME),
    () => moveSession(doc, session, { day, startMinutes: random.int(1440), roomIds }, ME),
    () => resizeSession(doc, session, random.int(300), ME, random.pick(['start', 'end'])),
    () => deleteSession(doc, session, ME),
    () => createRoom(doc, { name: { fr: 'Salle', ja: '会議室' } }, ME),
    () => room && deleteRoom(doc, room, ME),
    () => createPerson(doc, { name: { fr: 'Nom', ja: '名前' } }, ME),
    () => deletePerson(doc, person, ME),
    () =>
      addSessionPerson(
        doc,
        session,
        random.pick(['speaker', 'moderator']) ?? 'speaker',
        person,
        ME,
      ),
    () => removeSessionPerson(doc, session, 'speaker', person, ME),
    () =>
      spliceLocalizedText(
        doc,
        {
          collection: 'sessions',
          id: session,
          field: random.pick(['title', 'description']) ?? 'title',
        },
        random.pick(['fr', 'ja', 'en']) ?? 'fr',
        { index: random.int(12), remove: random.int(3), insert: random.pick(words) ?? '' },
        ME,
      ),
    // Layout 2: venues, days, several rooms or all, the tray, copies, merges, four roles.
    () => createVenue(doc, { name: { fr: 'Granship', ja: 'グランシップ' } }, ME),
    () => venue && deleteVenue(doc, venue, ME),
    () => room && updateRoom(doc, room, { venueId: venue, booths: random.next() < 0.5 }, ME),
    () => setDay(doc, day, { label: { fr: 'Visites', ja: random.pick(words) ?? '' } }, ME),
    () => setDay(doc, day, { start: '08:00', end: random.pick(['17:00', '20:00']) }, ME),
    () => room && reorderRoom(doc, room, random.pick([-1, 1] as const) ?? 1, ME),
    () =>
      moveSession(
        doc,
        session,
        { day, startMinutes: random.int(1440), roomIds: someRooms, allRooms: random.next() < 0.3 },
        ME,
      ),
    () => setSessionRooms(doc, session, { roomIds: someRooms, allRooms: random.next() < 0.3 }, ME),
    () => unplaceSession(doc, session, ME),
    () => duplicateSession(doc, session, ME),
    () =>
      createCollectivite(
        doc,
        { name: { fr: 'Shizuoka', ja: '静岡市' }, country: 'JP', kind: 'city' },
        ME,
      ),
    () => collectivite && updatePerson(doc, person, { collectiviteId: collectivite }, ME),
    () =>
      collectivite &&
      otherCollectivite &&
      mergeCollectivites(doc, collectivite, otherCollectivite, ME),
    () => addSessionPerson(doc, session, role, person, ME),
    () => removeSessionPerson(doc, session, role, person, ME),
    () => reorderSessionPerson(doc, session, role, person, random.pick([-1, 1] as const) ?? 1, ME),
  ]
  const index = random.int(edits.length)
  try {
    edits[index]?.()
    return { done: index, kinds: edits.length }
  } catch (error) {
    // A reference to what this replica just deleted is refused: that is the point.
    if (!(error instanceof EditionError)) throw error
    return { done: null, kinds: edits.length }
  }
}

describe('three members editing at random, syncing now and then', () => {
  it.each([1, 2, 3, 4, 5])('ends with equal, valid programmes (seed %i)', (seed) => {
    const random = randomFrom(seed)
    const { doc } = smallEdition()
    const replicas = [doc, replicaOf(doc), replicaOf(doc)]
    const done = new Set<number>()
    let kinds = 0
    for (let round = 0; round < 400; round++) {
      const edit = randomEdit(random.pick(replicas) as Y.Doc, random)
      if (edit.done !== null) done.add(edit.done)
      kinds = edit.kinds
      if (random.next() < 0.15) {
        exchange(random.pick(replicas) as Y.Doc, random.pick(replicas) as Y.Doc)
      }
    }
    const [a, b, c] = replicas as [Y.Doc, Y.Doc, Y.Doc]
    exchange(a, b)
    exchange(b, c)
    exchange(a, b)
    const merged = expectConverged(a, b, c)
    const rooms = new Set(merged.rooms.map((room) => room.id))
    const persons = new Set(merged.persons.map((person) => person.id))
    const venues = new Set(merged.venues.map((venue) => venue.id))
    const collectivites = new Set(merged.collectivites.map((each) => each.id))
    for (const session of merged.sessions) {
      for (const id of session.roomIds) expect(rooms.has(id)).toBe(true)
      expect(new Set(session.roomIds).size).toBe(session.roomIds.length)
      for (const field of PEOPLE_FIELDS) {
        const ids = session[field]
        expect(new Set(ids).size).toBe(ids.length)
        for (const id of ids) expect(persons.has(id)).toBe(true)
      }
    }
    for (const room of merged.rooms) {
      if (room.venueId !== null) expect(venues.has(room.venueId)).toBe(true)
    }
    // A person assigned to a collectivité merged elsewhere reads the merged one, never a tombstone.
    for (const person of merged.persons) {
      if (person.collectiviteId !== null)
        expect(collectivites.has(person.collectiviteId)).toBe(true)
    }
    expect(() => computeWarnings(merged)).not.toThrow()
    // Every kind of edit went through at least once: the run covered layout 2's mutators.
    expect(done.size).toBe(kinds)
  })
})
