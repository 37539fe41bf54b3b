import { describe, expect, it } from 'vitest'
import {
  addSuggestion,
  createMeeting,
  createSession,
  deleteRoom,
  moveSession,
  readEdition,
  restoreProgramme,
  spliceLocalizedText,
  updateSession,
} from '../../../../shared/doc/edition'
import { exchange, expectConverged, ME, replicaOf, smallEdition } from './fixtures'

describe('restoring a version', () => {
  it('brings the saved programme back on top of the present, keeping a concurrent edit', () => {
    const { doc, session, small, hall } = smallEdition(1)
    updateSession(doc, session, { description: { fr: 'Des lycéens.' } }, ME)
    const saved = readEdition(doc).value

    // After the version: a move, a retitle, a deleted room, a new session.
    moveSession(doc, session, { day: '2024-11-21', startMinutes: 16 * 60, roomIds: [small] }, ME)
    updateSession(doc, session, { title: { fr: 'Atelier renommé' } }, ME)
    deleteRoom(doc, hall, ME)
    createSession(
      doc,
      {
        id: 'later',
        kind: 'break',
        title: { fr: 'Pause', ja: '休憩' },
        day: '2024-11-21',
        start: '15:00',
        durationMinutes: 20,
      },
      ME,
    )
    // A suggestion came in meanwhile: a restore leaves it.
    const meeting = createMeeting(
      doc,
      { date: '2024-06-10', place: { fr: 'Paris', ja: 'パリ' }, intakeOpen: true },
      ME,
    )
    addSuggestion(doc, { meetingId: meeting, text: 'Idée', target: 'other' }, 'server')

    // Another member, not yet synced, adds words at the end of the description.
    const other = replicaOf(doc, 2)
    spliceLocalizedText(
      other,
      { collection: 'sessions', id: session, field: 'description' },
      'fr',
      { index: 'Des lycéens.'.length, remove: 0, insert: ' Et des étudiants.' },
      ME,
    )

    restoreProgramme(doc, saved, ME)
    const restored = readEdition(doc).value
    expect(restored.sessions).toEqual(saved.sessions)
    expect(restored.rooms).toEqual(saved.rooms)
    expect(restored.meta).toEqual(saved.meta)
    expect(restored.suggestions).toHaveLength(1)

    // Yjs merges the concurrent insertion into the restored text.
    exchange(doc, other)
    const merged = expectConverged(doc, other)
    expect(merged.sessions.find((s) => s.id === session)?.description.fr).toBe(
      'Des lycéens. Et des étudiants.',
    )
    expect(merged.sessions.find((s) => s.id === session)?.day).toBe('2024-11-20')
  })
})
