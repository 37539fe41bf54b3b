import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ACTIVITY_GROUP_MS, ActivityTracker } from '../../../server/activity/activity-tracker'
import { type Actor, KAIGI_ACTOR, participantActor } from '../../../shared/activity'
import { MAX_ENTITY_CHANGES, spliceLocalizedText, updateSession } from '../../../shared/doc/edition'
import { ME, smallEdition } from '../../shared/doc/edition/fixtures'

const AIKO: Actor = { kind: 'member', personId: 'aiko', name: 'Aiko', committee: 'jp' }
const CLAIRE: Actor = { kind: 'member', personId: 'claire', name: 'Claire', committee: 'fr' }
const T0 = new Date('2024-11-20T01:00:00Z')
const later = (ms: number) => new Date(T0.getTime() + ms)

function tracked() {
  const edition = smallEdition()
  return { ...edition, tracker: new ActivityTracker(edition.doc, 'shizuoka-2024') }
}

const typeInTitle = (doc: Y.Doc, session: string, text: string) =>
  spliceLocalizedText(
    doc,
    { collection: 'sessions', id: session, field: 'title' },
    'ja',
    { index: 0, remove: 0, insert: text },
    ME,
  )

describe('grouping the activity', () => {
  it('keeps one entry while a person keeps at it, and starts another after a pause', () => {
    const { doc, session, tracker } = tracked()
    typeInTitle(doc, session, 'a')
    const [first] = tracker.take(AIKO, T0)
    typeInTitle(doc, session, 'b')
    const [same] = tracker.take(AIKO, later(ACTIVITY_GROUP_MS))
    expect(same?.id).toBe(first?.id)
    expect(same?.changes).toBe(2)
    expect(same?.lastAt).toEqual(later(ACTIVITY_GROUP_MS))

    // Someone else's edit of the same title is their own entry.
    typeInTitle(doc, session, 'c')
    const [claire] = tracker.take(CLAIRE, later(ACTIVITY_GROUP_MS))
    expect(claire?.id).not.toBe(first?.id)

    typeInTitle(doc, session, 'd')
    const [after] = tracker.take(AIKO, later(2 * ACTIVITY_GROUP_MS + 1))
    expect(after?.id).not.toBe(first?.id)
    expect(after?.changes).toBe(1)
  })

  it('never groups a participant with a member or with Kaigi, whatever name they give', () => {
    const { doc, session, tracker } = tracked()
    const authors = [AIKO, participantActor('Aiko'), participantActor('Kaigi'), KAIGI_ACTOR]
    const records = authors.map((actor) => {
      typeInTitle(doc, session, 'x')
      return tracker.take(actor, T0)[0]
    })
    expect(new Set(records.map((record) => record?.id)).size).toBe(4)
    expect(records.map((record) => record?.actorKind)).toEqual([
      'member',
      'participant',
      'participant',
      'kaigi',
    ])
  })

  it('merges the fields edited into one entry, and names a creation alone', () => {
    const { doc, session, tracker } = tracked()
    typeInTitle(doc, session, 'a')
    tracker.take(AIKO, T0)
    updateSession(doc, session, { description: { fr: 'Lycéens' } }, ME)
    const [entry] = tracker.take(AIKO, later(1000))
    expect(entry?.fields).toEqual(['title.ja', 'description.fr'])
  })
})

describe('what a foreign or crafted update makes of the activity', () => {
  it('ignores keys that are no field of the programme', () => {
    const { doc, session, tracker } = tracked()
    const entry = doc.getMap('sessions').get(session) as Y.Map<unknown>
    doc.transact(() => {
      for (let n = 0; n < 100; n++) entry.set(`junk${n}`, n)
    })
    expect(tracker.take(AIKO, T0)).toEqual([])
    doc.transact(() => entry.set('start', '16:00'))
    expect(tracker.take(AIKO, T0).map((record) => record.fields)).toEqual([['start']])
  })

  it('reports an entity replaced by another map as created, so that it is not hidden', () => {
    const { doc, session, tracker } = tracked()
    const replacement = new Y.Map<unknown>()
    doc.transact(() => doc.getMap('sessions').set(session, replacement))
    const [record] = tracker.take(AIKO, T0)
    expect(record).toMatchObject({ entityId: session, action: 'created' })
  })

  it('makes no entry of values that are no entity, and a bounded number of the rest', () => {
    const { doc, tracker } = tracked()
    const sessions = doc.getMap('sessions')
    doc.transact(() => {
      for (let n = 0; n < 5000; n++) sessions.set(`k${n}`, n)
    })
    expect(tracker.take(AIKO, T0)).toEqual([])
    doc.transact(() => {
      for (let n = 0; n < 5000; n++) sessions.delete(`k${n}`)
    })
    expect(tracker.take(AIKO, T0)).toEqual([])
    doc.transact(() => {
      for (let n = 0; n < 5000; n++) sessions.set(`m${n}`, new Y.Map())
    })
    expect(tracker.take(AIKO, T0)).toHaveLength(MAX_ENTITY_CHANGES)
  })
})
