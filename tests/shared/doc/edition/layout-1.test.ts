import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addSessionPerson,
  computeWarnings,
  deleteRoom,
  duplicateSession,
  initEdition,
  moveSession,
  readEdition,
  SCHEMA_VERSION,
  sessionsInRoom,
  updateRoom,
  updateSession,
} from '../../../../shared/doc/edition'
import { ME, stateOf } from './fixtures'

/*
 * A document as Kaigi wrote it before layout 2, built from raw Yjs types
 * since no mutator writes that layout any more.
 */

const localized = (fr: string, ja: string) => {
  const texts = new Y.Map<Y.Text>()
  for (const [lang, value] of [
    ['fr', fr],
    ['ja', ja],
    ['en', ''],
  ] as const) {
    texts.set(lang, new Y.Text(value))
  }
  return texts
}

function entry(doc: Y.Doc, collection: string, id: string, fields: Record<string, unknown>) {
  const map = new Y.Map<unknown>()
  doc.getMap(collection).set(id, map)
  for (const [key, value] of Object.entries(fields)) map.set(key, value)
}

/** A version-1 edition: two rooms without venue or booths, a person without reading, three sessions. */
function layout1Edition() {
  const doc = new Y.Doc()
  initEdition(
    doc,
    {
      number: 7,
      title: { fr: '7es Rencontres', ja: '第7回日仏自治体交流会議' },
      hostCity: { fr: 'Aix-en-Provence', ja: 'エクス＝アン＝プロヴァンス' },
      hostCountry: 'FR',
      startDate: '2022-10-03',
      endDate: '2022-10-06',
      timeZone: 'Europe/Paris',
    },
    ME,
  )
  doc.transact(() => {
    doc.getMap('meta').set('schemaVersion', 1)
    // Layout 1 had no days: those today's initEdition wrote go.
    doc.getMap('days').clear()
    entry(doc, 'rooms', 'hall', {
      name: localized('Grand amphithéâtre', '大講堂'),
      capacity: 300,
      position: 0,
    })
    entry(doc, 'rooms', 'small', {
      name: localized('Salle 2', '第2会議室'),
      capacity: null,
      position: 1,
    })
    entry(doc, 'persons', 'claire', {
      name: localized('Claire Dubois', 'クレール・デュボワ'),
      role: localized('Maire adjointe', '副市長'),
      collectiviteId: null,
    })
    const session = (id: string, fields: Record<string, unknown>) =>
      entry(doc, 'sessions', id, {
        kind: 'plenary',
        title: localized('Séance', '会議'),
        description: localized('', ''),
        day: '2022-10-04',
        start: '10:00',
        durationMinutes: 60,
        roomId: 'hall',
        themeId: null,
        speakerIds: Y.Array.from(['claire']),
        moderatorIds: new Y.Array(),
        interpretation: true,
        status: 'confirmed',
        ...fields,
      })
    session('opening', {})
    session('lunch', { kind: 'break', start: '12:00', roomId: 'small', interpretation: false })
    session('idea', { kind: 'other', start: '15:00', roomId: null, interpretation: false })
  }, ME)
  return doc
}

const versionOf = (doc: Y.Doc) => doc.getMap('meta').get('schemaVersion')
const sessionOf = (doc: Y.Doc, id: string) =>
  readEdition(doc).value.sessions.find((session) => session.id === id)

describe('a document of layout version 1', () => {
  it('reads in today’s layout: one room as a list, interpretation as a kind, no new roles', () => {
    const doc = layout1Edition()
    const { value, problems } = readEdition(doc)
    expect(problems).toEqual([])
    expect(value.sessions.map((session) => session.id)).toEqual(['opening', 'lunch', 'idea'])
    expect(sessionOf(doc, 'opening')).toMatchObject({
      roomIds: ['hall'],
      allRooms: false,
      interpretation: 'simultaneous',
      speakerIds: ['claire'],
      moderatorIds: [],
      rapporteurIds: [],
      witnessIds: [],
    })
    expect(sessionOf(doc, 'opening')).not.toHaveProperty('roomId')
    expect(sessionOf(doc, 'lunch')).toMatchObject({ roomIds: ['small'], interpretation: 'none' })
    expect(sessionOf(doc, 'idea')).toMatchObject({ roomIds: [] })
    expect(value.rooms).toMatchObject([
      { id: 'hall', venueId: null, booths: false },
      { id: 'small', venueId: null, booths: false },
    ])
    expect(value.persons).toMatchObject([{ id: 'claire', reading: '' }])
    expect(value.days).toEqual([])
    expect(value.venues).toEqual([])
    expect(sessionsInRoom(doc, 'hall')).toEqual(['opening'])
  })

  it('gives the warnings of today’s rules: the session in no room is unplaced', () => {
    const warnings = computeWarnings(readEdition(layout1Edition()).value)
    expect(warnings).toContainEqual({ code: 'unplaced_session', sessionId: 'idea' })
    expect(warnings).toContainEqual({
      code: 'interpretation_without_booths',
      sessionId: 'opening',
      roomId: 'hall',
    })
  })

  it('is not rewritten by reading it', () => {
    const doc = layout1Edition()
    const before = stateOf(doc)
    readEdition(doc)
    computeWarnings(readEdition(doc).value)
    expect(stateOf(doc)).toEqual(before)
    expect(versionOf(doc)).toBe(1)
  })

  it('is marked version 2 by its first change, whatever it changes', () => {
    const doc = layout1Edition()
    updateRoom(doc, 'small', { booths: true }, ME)
    expect(versionOf(doc)).toBe(SCHEMA_VERSION)
    expect(SCHEMA_VERSION).toBe(2)
    expect(readEdition(doc).problems).toEqual([])
  })

  it('moves a session into new rooms, and reads them rather than the old one', () => {
    const doc = layout1Edition()
    moveSession(doc, 'opening', { day: '2022-10-05', startMinutes: 9 * 60, roomIds: ['small'] }, ME)
    expect(sessionOf(doc, 'opening')).toMatchObject({
      day: '2022-10-05',
      start: '09:00',
      roomIds: ['small'],
    })
    expect(sessionsInRoom(doc, 'hall')).toEqual([])
    // A move that names no rooms keeps the one the session had.
    moveSession(doc, 'lunch', { day: '2022-10-05', startMinutes: 12 * 60 }, ME)
    expect(sessionOf(doc, 'lunch')?.roomIds).toEqual(['small'])
  })

  it('changes a session’s interpretation and people in today’s terms', () => {
    const doc = layout1Edition()
    updateSession(doc, 'opening', { interpretation: 'consecutive' }, ME)
    addSessionPerson(doc, 'opening', 'rapporteur', 'claire', ME)
    expect(sessionOf(doc, 'opening')).toMatchObject({
      interpretation: 'consecutive',
      speakerIds: ['claire'],
      rapporteurIds: ['claire'],
    })
  })

  it('leaves a session unplaced when its only room is deleted', () => {
    const doc = layout1Edition()
    deleteRoom(doc, 'hall', ME)
    expect(sessionOf(doc, 'opening')).toMatchObject({ day: '2022-10-04', roomIds: [] })
    expect(computeWarnings(readEdition(doc).value)).toContainEqual({
      code: 'unplaced_session',
      sessionId: 'opening',
    })
  })

  it('duplicates a session into a copy of layout 2', () => {
    const doc = layout1Edition()
    const copy = duplicateSession(doc, 'opening', ME)
    expect(sessionOf(doc, copy)).toMatchObject({
      roomIds: ['hall'],
      interpretation: 'simultaneous',
      status: 'draft',
    })
    expect(doc.getMap('sessions').get(copy)).toBeInstanceOf(Y.Map)
    expect((doc.getMap('sessions').get(copy) as Y.Map<unknown>).has('roomId')).toBe(false)
  })
})

describe('marking a document of layout 1 as layout 2', () => {
  it('survives the undo of the change that marked it', () => {
    const doc = layout1Edition()
    const undo = new Y.UndoManager(
      ['meta', 'rooms', 'sessions'].map((name) => doc.getMap(name)),
      { trackedOrigins: new Set([ME]) },
    )
    updateSession(doc, 'opening', { allRooms: true }, ME)
    expect(doc.getMap('meta').get('schemaVersion')).toBe(SCHEMA_VERSION)
    undo.undo()
    expect(sessionOf(doc, 'opening')).toMatchObject({ allRooms: false })
    // Others may have written layout 2 meanwhile: an earlier Kaigi must still not write.
    expect(doc.getMap('meta').get('schemaVersion')).toBe(SCHEMA_VERSION)
  })

  it('is not done by a change that is refused', () => {
    const doc = layout1Edition()
    expect(() => updateSession(doc, 'opening', { roomIds: ['nowhere'] }, ME)).toThrow()
    expect(doc.getMap('meta').get('schemaVersion')).toBe(1)
  })
})
