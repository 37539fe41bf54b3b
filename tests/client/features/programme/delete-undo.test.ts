import { describe, expect, it } from 'vitest'
import { createUndoHistory } from '../../../../client/sync/undo'
import {
  addSessionPerson,
  deleteSession,
  readEdition,
  spliceLocalizedText,
  updateSession,
} from '../../../../shared/doc/edition'
import { exchange, ME, replicaOf, smallEdition } from '../../../shared/doc/edition/fixtures'

const sessionIn = (doc: Parameters<typeof readEdition>[0], id: string) =>
  readEdition(doc).value.sessions.find((session) => session.id === id)

describe('undoing the deletion of a session', () => {
  it('brings the session back with its typed texts and every people list, for the others too', () => {
    const { doc, session, claire, kenta } = smallEdition()
    const other = replicaOf(doc)
    const history = createUndoHistory(doc, ME)
    // What a member did in the editor before deleting: typing, a moderator, a second speaker.
    history.step(() =>
      spliceLocalizedText(
        doc,
        { collection: 'sessions', id: session, field: 'title' },
        'fr',
        { index: 9, remove: 0, insert: ' : la jeunesse' },
        ME,
      ),
    )
    history.step(() =>
      updateSession(doc, session, { description: { ja: '青少年交流の進め方' } }, ME),
    )
    history.step(() => addSessionPerson(doc, session, 'moderator', kenta, ME))
    history.step(() => addSessionPerson(doc, session, 'witness', claire, ME))
    const before = sessionIn(doc, session)
    expect(before?.title.fr).toBe('Atelier 1 : la jeunesse')

    history.step(() => deleteSession(doc, session, ME))
    exchange(doc, other)
    expect(sessionIn(other, session)).toBeUndefined()

    history.undo()
    exchange(doc, other)
    for (const replica of [doc, other]) {
      const back = sessionIn(replica, session)
      expect(back).toEqual(before)
      expect(back).toMatchObject({
        title: { fr: 'Atelier 1 : la jeunesse', ja: '第1分科会' },
        description: { ja: '青少年交流の進め方' },
        speakerIds: [claire],
        moderatorIds: [kenta],
        witnessIds: [claire],
        roomIds: ['hall'],
      })
    }
    // The undo took back the deletion only: the typing before it stays.
    expect(history.canUndo()).toBe(true)
    history.destroy()
  })
})
