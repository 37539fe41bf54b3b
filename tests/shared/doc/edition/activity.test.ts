import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ActivityAction } from '../../../../shared/activity'
import {
  addSessionPerson,
  createSession,
  deleteSession,
  type EntityChange,
  entityLabel,
  moveSession,
  observeEntityChanges,
  setMeta,
  spliceLocalizedText,
  updateSession,
} from '../../../../shared/doc/edition'
import { ME, replicaOf, smallEdition } from './fixtures'

/** The changes each transaction on `doc` makes while `act` runs, one list per transaction. */
function changesDuring(doc: Y.Doc, act: () => void): EntityChange[][] {
  const seen: EntityChange[][] = []
  const stop = observeEntityChanges(doc, (changes) => seen.push(changes))
  try {
    act()
  } finally {
    stop()
  }
  return seen
}

describe('the entity changes of a transaction', () => {
  it('names the field and the language of a text edit', () => {
    const { doc, session } = smallEdition()
    const seen = changesDuring(doc, () =>
      spliceLocalizedText(
        doc,
        { collection: 'sessions', id: session, field: 'title' },
        'ja',
        { index: 0, remove: 0, insert: '新' },
        ME,
      ),
    )
    expect(seen).toEqual([
      [
        {
          section: 'sessions',
          entityId: session,
          action: ActivityAction.Edited,
          fields: ['title.ja'],
        },
      ],
    ])
  })

  it('gives a move, a list and several fields in one change', () => {
    const { doc, session, small, kenta } = smallEdition()
    const seen = changesDuring(doc, () => {
      moveSession(doc, session, { day: '2024-11-21', startMinutes: 14 * 60, roomIds: [small] }, ME)
      addSessionPerson(doc, session, 'speaker', kenta, ME)
      updateSession(doc, session, { description: { fr: 'Lycéens', ja: '高校生' } }, ME)
    })
    expect(seen.map((changes) => changes.map((change) => change.fields.sort()))).toEqual([
      [['day', 'roomIds', 'start']],
      [['speakerIds']],
      [['description.fr', 'description.ja']],
    ])
  })

  it('says created or deleted alone, not the fields written with it', () => {
    const { doc, session } = smallEdition()
    const seen = changesDuring(doc, () => {
      createSession(
        doc,
        {
          id: 'new',
          kind: 'break',
          title: { fr: 'Pause', ja: '休憩' },
          day: '2024-11-21',
          start: '15:00',
          durationMinutes: 20,
        },
        ME,
      )
      deleteSession(doc, session, ME)
    })
    expect(seen).toEqual([
      [{ section: 'sessions', entityId: 'new', action: ActivityAction.Created, fields: [] }],
      [{ section: 'sessions', entityId: session, action: ActivityAction.Deleted, fields: [] }],
    ])
  })

  it('reads the edition details as the meta section', () => {
    const { doc } = smallEdition()
    const seen = changesDuring(doc, () =>
      setMeta(doc, { venue: { ja: 'グランシップ' }, endDate: '2024-11-22' }, ME),
    )
    expect(seen[0]?.[0]).toMatchObject({ section: 'meta', entityId: '', action: 'edited' })
    expect(seen[0]?.[0]?.fields.sort()).toEqual(['endDate', 'venue.ja'])
    // The day the new last day adds gets its entry in the same transaction.
    expect(seen.slice(1)).toEqual([
      [{ section: 'days', entityId: '2024-11-22', action: 'created', fields: [] }],
    ])
  })

  it('is the same for an update another replica sent', () => {
    const { doc, session } = smallEdition(1)
    const other = replicaOf(doc, 2)
    updateSession(other, session, { title: { fr: 'Atelier renommé' } }, ME)
    const update = Y.encodeStateAsUpdate(other, Y.encodeStateVector(doc))
    const seen = changesDuring(doc, () => Y.applyUpdate(doc, update, 'socket'))
    expect(seen).toEqual([
      [{ section: 'sessions', entityId: session, action: 'edited', fields: ['title.fr'] }],
    ])
  })

  it('labels an entity by its title in each language', () => {
    const { doc, session } = smallEdition()
    const entry = doc.getMap('sessions').get(session) as Y.Map<unknown>
    expect(entityLabel('sessions', entry)).toEqual({ fr: 'Atelier 1', ja: '第1分科会', en: '' })
  })
})
