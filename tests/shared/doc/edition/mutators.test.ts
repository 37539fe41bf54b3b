import { describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import {
  addSessionPerson,
  createCollectivite,
  createEditionUndoManager,
  createPerson,
  createRoom,
  createSession,
  createTheme,
  deleteCollectivite,
  deletePerson,
  deleteRoom,
  deleteSession,
  deleteTheme,
  EditionError,
  type EditionErrorCode,
  initEdition,
  moveSession,
  observeEdition,
  observeLocalizedText,
  readEdition,
  readLocalizedText,
  removeSessionPerson,
  resizeSession,
  type Session,
  setLocalizedText,
  setMeta,
  spliceLocalizedText,
  type TextChange,
  updateCollectivite,
  updatePerson,
  updateSession,
  updateTheme,
} from '../../../../shared/doc/edition'
import { ME, smallEdition, stateOf } from './fixtures'

const sessionOf = (doc: Y.Doc, id: string): Session => {
  const session = readEdition(doc).value.sessions.find((entry) => entry.id === id)
  if (!session) throw new Error(`no session ${id}`)
  return session
}

/** Runs `edit`, expects the EditionError `code`, and checks that the document did not change. */
function expectRefused(doc: Y.Doc, code: EditionErrorCode, edit: () => unknown): EditionError {
  const before = stateOf(doc)
  let caught: unknown
  try {
    edit()
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(EditionError)
  expect((caught as EditionError).code).toBe(code)
  expect(stateOf(doc)).toEqual(before)
  return caught as EditionError
}

describe('sessions keep to the 5-minute grid', () => {
  it('snaps a dragged start to the nearest 5 minutes and keeps it within the day', () => {
    const { doc, session, small } = smallEdition()
    moveSession(
      doc,
      session,
      { day: '2024-11-21', startMinutes: 14 * 60 + 2, roomIds: [small] },
      ME,
    )
    expect(sessionOf(doc, session)).toMatchObject({
      day: '2024-11-21',
      start: '14:00',
      roomIds: [small],
    })
    moveSession(doc, session, { day: '2024-11-21', startMinutes: 14 * 60 + 3 }, ME)
    expect(sessionOf(doc, session)).toMatchObject({ start: '14:05', roomIds: [small] })
    moveSession(doc, session, { day: '2024-11-21', startMinutes: -40 }, ME)
    expect(sessionOf(doc, session).start).toBe('00:00')
    moveSession(doc, session, { day: '2024-11-21', startMinutes: 25 * 60 }, ME)
    expect(sessionOf(doc, session).start).toBe('23:55')
  })

  it('moves a session out of any room when told to, and leaves the room alone otherwise', () => {
    const { doc, session, hall } = smallEdition()
    moveSession(doc, session, { day: '2024-11-20', startMinutes: 600 }, ME)
    expect(sessionOf(doc, session).roomIds).toEqual([hall])
    moveSession(doc, session, { day: '2024-11-20', startMinutes: 600, roomIds: [] }, ME)
    expect(sessionOf(doc, session).roomIds).toEqual([])
  })

  it('snaps a resized duration, never below 5 minutes', () => {
    const { doc, session } = smallEdition()
    resizeSession(doc, session, 47, ME)
    expect(sessionOf(doc, session).durationMinutes).toBe(45)
    resizeSession(doc, session, -30, ME)
    expect(sessionOf(doc, session).durationMinutes).toBe(5)
  })

  it('keeps the end in place when the top edge is dragged', () => {
    const { doc, session } = smallEdition()
    // 10:00 for 90 minutes ends at 11:30; dragging the start to 10:30 leaves 60 minutes.
    resizeSession(doc, session, 61, ME, 'start')
    expect(sessionOf(doc, session)).toMatchObject({ start: '10:30', durationMinutes: 60 })
  })

  it('refuses starts off the grid and durations that are not positive multiples of 5', () => {
    const { doc, session } = smallEdition()
    const day = '2024-11-20'
    expectRefused(doc, 'invalid_input', () => createSession(doc, { day, start: '10:03' }, ME))
    expectRefused(doc, 'invalid_input', () => createSession(doc, { day, start: '24:00' }, ME))
    for (const durationMinutes of [0, -5, 7, 1445, 2.5]) {
      expectRefused(doc, 'invalid_input', () =>
        updateSession(doc, session, { durationMinutes }, ME),
      )
    }
    expectRefused(doc, 'invalid_input', () =>
      updateSession(doc, session, { day: '2024-02-30' }, ME),
    )
    const error = expectRefused(doc, 'invalid_input', () =>
      updateSession(doc, session, { durationMinutes: 7, start: '9h' }, ME),
    )
    expect(error.issues.map((issue) => issue.path).sort()).toEqual(['durationMinutes', 'start'])
  })

  it('refuses fields it does not know', () => {
    const { doc, session } = smallEdition()
    const patch = { titel: { fr: 'x' } } as unknown as Parameters<typeof updateSession>[2]
    expectRefused(doc, 'invalid_input', () => updateSession(doc, session, patch, ME))
  })

  it('creates a session from a day and a start, with sensible defaults', () => {
    const { doc } = smallEdition()
    const plenary = createSession(doc, { day: '2024-11-19', start: '09:00', kind: 'plenary' }, ME)
    const pause = createSession(doc, { day: '2024-11-19', start: '10:00', kind: 'break' }, ME)
    expect(sessionOf(doc, plenary)).toMatchObject({
      durationMinutes: 60,
      roomIds: [],
      allRooms: false,
      speakerIds: [],
      interpretation: 'simultaneous',
      status: 'draft',
      title: { fr: '', ja: '', en: '' },
    })
    expect(sessionOf(doc, pause).interpretation).toBe('none')
    expect(plenary).toMatch(/^[0-9a-z]{12}$/)
  })
})

describe('references point to existing entries', () => {
  it('refuses a session in a room, theme or with a person that does not exist', () => {
    const { doc, session } = smallEdition()
    expectRefused(doc, 'unknown_reference', () =>
      updateSession(doc, session, { roomIds: ['nowhere'] }, ME),
    )
    expectRefused(doc, 'unknown_reference', () =>
      updateSession(doc, session, { themeId: 'nothing' }, ME),
    )
    expectRefused(doc, 'unknown_reference', () =>
      createSession(doc, { day: '2024-11-20', start: '09:00', moderatorIds: ['nobody'] }, ME),
    )
    expectRefused(doc, 'unknown_reference', () =>
      moveSession(doc, session, { day: '2024-11-20', startMinutes: 600, roomIds: ['gone'] }, ME),
    )
  })

  it('refuses to change an entry that is gone', () => {
    const { doc, session } = smallEdition()
    expect(deleteSession(doc, session, ME)).toBe(true)
    expect(deleteSession(doc, session, ME)).toBe(false)
    expectRefused(doc, 'not_found', () => updateSession(doc, session, { status: 'confirmed' }, ME))
    expectRefused(doc, 'not_found', () => resizeSession(doc, session, 30, ME, 'start'))
  })

  // Each test creates a new entry under the deleted one's id: a reference
  // the deletion left behind would point at it.
  it('un-assigns the sessions of a deleted room', () => {
    const { doc, hall, session } = smallEdition()
    deleteRoom(doc, hall, ME)
    expect(readEdition(doc).value.rooms.map((room) => room.id)).toEqual(['small'])
    createRoom(doc, { id: hall, name: { fr: 'Nouvelle salle', ja: '新しい部屋' } }, ME)
    expect(sessionOf(doc, session).roomIds).toEqual([])
  })

  it('takes a deleted person off every session', () => {
    const { doc, claire, kenta, session } = smallEdition()
    addSessionPerson(doc, session, 'moderator', claire, ME)
    addSessionPerson(doc, session, 'speaker', kenta, ME)
    deletePerson(doc, claire, ME)
    createPerson(doc, { id: claire, name: { fr: 'Claire B.', ja: 'クレール・B' } }, ME)
    expect(sessionOf(doc, session)).toMatchObject({ speakerIds: [kenta], moderatorIds: [] })
  })

  it('clears a deleted theme from its sessions and from the edition', () => {
    const { doc, session, theme } = smallEdition()
    updateTheme(doc, theme, { kind: 'global' }, ME)
    setMeta(doc, { globalThemeId: theme }, ME)
    deleteTheme(doc, theme, ME)
    createTheme(doc, { id: theme, kind: 'global', title: { fr: 'Autre', ja: '別' } }, ME)
    expect(readEdition(doc).value.meta.globalThemeId).toBeNull()
    expect(sessionOf(doc, session).themeId).toBeNull()
  })

  it('deletes a collectivité only once no person names it, leaving no reference behind', () => {
    const { doc } = smallEdition()
    const shizuoka = {
      name: { fr: 'Ville de Shizuoka', ja: '静岡市' },
      country: 'JP',
      kind: 'city',
    } as const
    const city = createCollectivite(doc, shizuoka, ME)
    const person = createPerson(doc, { name: { fr: 'Aya', ja: '彩' }, collectiviteId: city }, ME)
    expectRefused(doc, 'in_use', () => deleteCollectivite(doc, city, ME))
    updatePerson(doc, person, { collectiviteId: null }, ME)
    expect(deleteCollectivite(doc, city, ME)).toBe(true)
    createCollectivite(doc, { ...shizuoka, id: city }, ME)
    const read = readEdition(doc).value.persons.find((entry) => entry.id === person)
    expect(read?.collectiviteId).toBeNull()
  })

  it('refuses to create an entry under an id that is taken', () => {
    const { doc, hall } = smallEdition()
    expectRefused(doc, 'already_exists', () =>
      createRoom(doc, { id: hall, name: { fr: 'Doublon', ja: '重複' } }, ME),
    )
    expectRefused(doc, 'invalid_input', () =>
      createRoom(doc, { id: 'pas un id', name: { fr: 'Salle', ja: '部屋' } }, ME),
    )
  })

  it('only accepts a global theme as the edition’s, and keeps it global', () => {
    const { doc, theme } = smallEdition()
    expectRefused(doc, 'invalid_input', () => setMeta(doc, { globalThemeId: theme }, ME))
    updateTheme(doc, theme, { kind: 'global' }, ME)
    setMeta(doc, { globalThemeId: theme }, ME)
    expectRefused(doc, 'invalid_input', () => updateTheme(doc, theme, { kind: 'workshop' }, ME))
  })
})

describe('lists of people', () => {
  it('keeps each person once', () => {
    const { doc, claire, kenta, session } = smallEdition()
    updateSession(doc, session, { speakerIds: [kenta, claire, kenta] }, ME)
    expect(sessionOf(doc, session).speakerIds).toEqual([kenta, claire])
    addSessionPerson(doc, session, 'speaker', claire, ME)
    expect(sessionOf(doc, session).speakerIds).toEqual([kenta, claire])
    removeSessionPerson(doc, session, 'speaker', kenta, ME)
    expect(sessionOf(doc, session).speakerIds).toEqual([claire])
  })
})

describe('localized texts', () => {
  it('changes one language and leaves the others as they are', () => {
    const { doc, session } = smallEdition()
    updateSession(doc, session, { title: { ja: '第1分科会：防災' } }, ME)
    expect(sessionOf(doc, session).title).toEqual({
      fr: 'Atelier 1',
      ja: '第1分科会：防災',
      en: '',
    })
  })

  it('writes the smallest splice, so that concurrent typing elsewhere survives', () => {
    const { doc, session } = smallEdition()
    const path = { collection: 'sessions', id: session, field: 'title' } as const
    const changes: TextChange[] = []
    const stop = observeLocalizedText(doc, path, 'fr', (change) => changes.push(change))
    setLocalizedText(doc, path, 'fr', 'Atelier 2', ME)
    spliceLocalizedText(doc, path, 'fr', { index: 9, remove: 0, insert: ' : jeunesse' }, ME)
    stop()
    setLocalizedText(doc, path, 'fr', 'unobserved', ME)
    expect(changes.map((change) => change.delta)).toEqual([
      [{ retain: 8 }, { delete: 1 }, { insert: '2' }],
      [{ retain: 9 }, { insert: ' : jeunesse' }],
    ])
    expect(changes[1]).toMatchObject({ text: 'Atelier 2 : jeunesse', origin: ME })
    expect(readLocalizedText(doc, path, 'fr')).toBe('unobserved')
  })

  it('edits the metadata’s texts too', () => {
    const { doc } = smallEdition()
    setLocalizedText(doc, { collection: 'meta', field: 'venue' }, 'ja', 'グランシップ', ME)
    expect(readEdition(doc).value.meta.venue.ja).toBe('グランシップ')
  })

  it('refuses a path that is not a text, and a text that is far too long', () => {
    const { doc, session } = smallEdition()
    const notText = { collection: 'sessions', id: session, field: 'day' } as unknown as Parameters<
      typeof setLocalizedText
    >[1]
    expectRefused(doc, 'invalid_input', () => setLocalizedText(doc, notText, 'fr', 'x', ME))
    const title = { collection: 'sessions', id: session, field: 'title' } as const
    expectRefused(doc, 'invalid_input', () =>
      setLocalizedText(doc, title, 'fr', 'x'.repeat(20_001), ME),
    )
    expectRefused(doc, 'not_found', () =>
      setLocalizedText(doc, { ...title, id: 'gone' }, 'fr', 'x', ME),
    )
  })
})

describe('collectivités and the edition’s dates', () => {
  it('refuses a kind of collectivité that does not exist in its country', () => {
    const { doc } = smallEdition()
    const name = { fr: 'Tours', ja: 'トゥール市' }
    expectRefused(doc, 'invalid_input', () =>
      createCollectivite(doc, { name, country: 'FR', kind: 'city' }, ME),
    )
    const tours = createCollectivite(doc, { name, country: 'FR', kind: 'commune' }, ME)
    expectRefused(doc, 'invalid_input', () => updateCollectivite(doc, tours, { country: 'JP' }, ME))
    updateCollectivite(doc, tours, { kind: 'intercommunality' }, ME)
  })

  it('keeps the dates in order and the year with the first day', () => {
    const { doc } = smallEdition()
    expectRefused(doc, 'invalid_input', () => setMeta(doc, { endDate: '2024-11-17' }, ME))
    expectRefused(doc, 'invalid_input', () => setMeta(doc, { year: 2025 }, ME))
    expectRefused(doc, 'invalid_input', () => setMeta(doc, { timeZone: 'Mars/Olympus' }, ME))
    setMeta(doc, { startDate: '2026-10-05', endDate: '2026-10-08', timeZone: 'Europe/Paris' }, ME)
    expect(readEdition(doc).value.meta).toMatchObject({ year: 2026, timeZone: 'Europe/Paris' })
  })

  it('initialises an edition once', () => {
    const { doc } = smallEdition()
    expectRefused(doc, 'already_initialized', () =>
      initEdition(
        doc,
        {
          number: 9,
          year: 2026,
          title: {},
          hostCity: {},
          hostCountry: 'FR',
          timeZone: 'Europe/Paris',
        },
        ME,
      ),
    )
  })
})

describe('transactions', () => {
  it('makes each mutation one transaction tagged with the caller’s origin', () => {
    const { doc, session } = smallEdition()
    const origins: unknown[] = []
    const stop = observeEdition(doc, (origin) => origins.push(origin))
    moveSession(doc, session, { day: '2024-11-21', startMinutes: 600, roomIds: ['small'] }, 'drag')
    deleteRoom(doc, 'hall', 'menu')
    doc.getText('notes').insert(0, 'not the programme')
    stop()
    updateSession(doc, session, { status: 'confirmed' }, 'after')
    expect(origins).toEqual(['drag', 'menu'])
  })

  it('lets an undo manager revert one member’s changes only', () => {
    const { doc, session } = smallEdition()
    const undo = createEditionUndoManager(doc, [ME])
    moveSession(doc, session, { day: '2024-11-21', startMinutes: 900 }, ME)
    updateSession(doc, session, { title: { ja: '第1分科会（改）' } }, 'someone else')
    undo.undo()
    expect(sessionOf(doc, session)).toMatchObject({
      day: '2024-11-20',
      start: '10:00',
      title: { ja: '第1分科会（改）' },
    })
    undo.redo()
    expect(sessionOf(doc, session)).toMatchObject({ day: '2024-11-21', start: '15:00' })
  })

  it('refuses to write a document laid out by a newer Kaigi', () => {
    const { doc, session } = smallEdition()
    doc.getMap('meta').set('schemaVersion', 99)
    expectRefused(doc, 'unsupported_schema_version', () =>
      updateSession(doc, session, { status: 'confirmed' }, ME),
    )
  })
})
