import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  addSuggestion,
  convertSuggestionToSession,
  createMeeting,
  EditionError,
  mergeSuggestion,
  readEdition,
  toggleSupport,
  triageSuggestion,
  updateMeeting,
} from '../../../../shared/doc/edition'
import { exchange, expectConverged, ME, replicaOf, smallEdition } from './fixtures'

const SERVER = 'server'
const at = new Date('2024-05-14T10:00:00Z')

function withMeeting() {
  const edition = smallEdition(1)
  const meeting = createMeeting(
    edition.doc,
    { date: '2024-05-14', place: { fr: 'Tokyo', ja: '東京' }, intakeOpen: true },
    ME,
  )
  return { ...edition, meeting }
}
const suggestionsOf = (doc: Y.Doc) => readEdition(doc).value.suggestions

/** Expects `edit` to throw an EditionError and to leave `doc` exactly as it was. */
function expectRefusedUnchanged(doc: Y.Doc, edit: () => unknown): EditionError {
  const before = Y.encodeStateAsUpdate(doc)
  let caught: unknown
  try {
    edit()
  } catch (error) {
    caught = error
  }
  expect(caught).toBeInstanceOf(EditionError)
  expect(Y.encodeStateAsUpdate(doc)).toEqual(before)
  return caught as EditionError
}

describe('suggestions', () => {
  it('are added while the intake is open, newest first, and refused once it is closed', () => {
    const { doc, meeting, theme } = withMeeting()
    addSuggestion(
      doc,
      { meetingId: meeting, text: 'Plus de jeunes', target: 'programme' },
      SERVER,
      at,
    )
    addSuggestion(
      doc,
      { meetingId: meeting, text: '高校生も', target: 'workshop', themeId: theme },
      SERVER,
      new Date(at.getTime() + 1000),
    )
    expect(suggestionsOf(doc).map((s) => s.text)).toEqual(['高校生も', 'Plus de jeunes'])
    expect(suggestionsOf(doc)[0]).toMatchObject({ themeId: theme, status: 'new', authorName: '' })

    updateMeeting(doc, meeting, { intakeOpen: false }, ME)
    const error = expectRefusedUnchanged(doc, () =>
      addSuggestion(doc, { meetingId: meeting, text: 'Trop tard', target: 'other' }, SERVER),
    )
    expect(error.issues).toEqual([{ path: 'meetingId', message: 'intake_closed' }])
  })

  it('refuse a workshop target without a workshop theme, and an empty text', () => {
    const { doc, meeting } = withMeeting()
    expect(
      expectRefusedUnchanged(doc, () =>
        addSuggestion(doc, { meetingId: meeting, text: 'Atelier', target: 'workshop' }, SERVER),
      ).issues.map((issue) => issue.path),
    ).toEqual(['themeId'])
    expect(
      expectRefusedUnchanged(doc, () =>
        addSuggestion(doc, { meetingId: meeting, text: '  ', target: 'other' }, SERVER),
      ).issues.map((issue) => issue.path),
    ).toEqual(['text'])
  })

  it('count each member’s +1 once, even from two browsers at once, and take it back', () => {
    const { doc, meeting } = withMeeting()
    const id = addSuggestion(doc, { meetingId: meeting, text: 'Idée', target: 'other' }, SERVER)
    const other = replicaOf(doc, 2)
    toggleSupport(doc, id, 'aiko', ME)
    toggleSupport(other, id, 'aiko', ME)
    toggleSupport(other, id, 'claire', ME)
    exchange(doc, other)
    expectConverged(doc, other)
    expect(suggestionsOf(doc)[0]?.supporterIds.sort()).toEqual(['aiko', 'claire'])
    expect(toggleSupport(doc, id, 'aiko', ME)).toBe(false)
    expect(suggestionsOf(doc)[0]?.supporterIds).toEqual(['claire'])
  })

  it('are kept, dismissed, merged into another, and never into themselves', () => {
    const { doc, meeting } = withMeeting()
    const a = addSuggestion(doc, { meetingId: meeting, text: 'A', target: 'other' }, SERVER, at)
    const b = addSuggestion(doc, { meetingId: meeting, text: 'B', target: 'other' }, SERVER, at)
    triageSuggestion(doc, a, 'kept', ME)
    mergeSuggestion(doc, b, a, ME)
    const byId = new Map(suggestionsOf(doc).map((s) => [s.id, s]))
    expect(byId.get(a)?.status).toBe('kept')
    expect(byId.get(b)).toMatchObject({ status: 'merged', mergedIntoId: a })
    expectRefusedUnchanged(doc, () => mergeSuggestion(doc, a, a, ME))
    triageSuggestion(doc, b, 'dismissed', ME)
    expect(suggestionsOf(doc).find((s) => s.id === b)).toMatchObject({
      status: 'dismissed',
      mergedIntoId: null,
    })
  })

  it('turn into a programme session linked back to them, in one step', () => {
    const { doc, meeting, theme, small } = withMeeting()
    const id = addSuggestion(
      doc,
      { meetingId: meeting, text: 'Atelier jeunesse', target: 'workshop', themeId: theme },
      SERVER,
    )
    const sessionId = convertSuggestionToSession(
      doc,
      id,
      {
        kind: 'workshop',
        title: { fr: 'Atelier jeunesse', ja: '青少年分科会' },
        day: '2024-11-21',
        start: '14:00',
        durationMinutes: 60,
        roomIds: [small],
        themeId: theme,
      },
      ME,
    )
    const edition = readEdition(doc).value
    expect(edition.suggestions[0]).toMatchObject({ status: 'converted', sessionId })
    expect(edition.sessions.find((s) => s.id === sessionId)?.title.ja).toBe('青少年分科会')
    // A session that does not fit is refused, and the suggestion stays as it was.
    expectRefusedUnchanged(doc, () =>
      convertSuggestionToSession(
        doc,
        id,
        {
          kind: 'workshop',
          title: { fr: 'x', ja: 'x' },
          day: 'demain',
          start: '14:00',
          durationMinutes: 60,
        },
        ME,
      ),
    )
  })
})

describe('a meeting’s hours', () => {
  it('keep their own clocks, their event and their hours through a change that names none of them', () => {
    const { doc } = smallEdition(1)
    const id = createMeeting(
      doc,
      {
        date: '2023-09-18',
        start: '16:30',
        end: '18:00',
        timeZone: 'Europe/Paris',
        place: { fr: 'Paris', ja: 'パリ' },
        event: { fr: 'Rencontres', ja: '会議' },
      },
      ME,
    )
    updateMeeting(doc, id, { intakeOpen: true, date: '2023-09-19' }, ME)
    expect(readEdition(doc).value.meetings[0]).toMatchObject({
      date: '2023-09-19',
      start: '16:30',
      end: '18:00',
      timeZone: 'Europe/Paris',
      event: { fr: 'Rencontres', ja: '会議' },
    })
    updateMeeting(doc, id, { timeZone: null }, ME)
    expect(readEdition(doc).value.meetings[0]?.timeZone).toBeNull()
  })
})
