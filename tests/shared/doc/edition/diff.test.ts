import { describe, expect, it } from 'vitest'
import {
  createSession,
  deleteSession,
  diffProgrammes,
  moveSession,
  readEdition,
  updateSession,
  wordChanges,
} from '../../../../shared/doc/edition'
import { ME, smallEdition } from './fixtures'

describe('the differences between two states of a programme', () => {
  it('list exactly the changes of a scripted scenario, session by session', () => {
    const { doc, small, session } = smallEdition(1)
    const opening = createSession(
      doc,
      {
        id: 'opening',
        kind: 'plenary',
        title: { fr: 'Séance plénière', ja: '全体会' },
        day: '2024-11-20',
        start: '09:00',
        durationMinutes: 60,
      },
      ME,
    )
    const before = readEdition(doc).value

    moveSession(doc, session, { day: '2024-11-21', startMinutes: 14 * 60, roomIds: [small] }, ME)
    updateSession(
      doc,
      session,
      { title: { fr: 'Atelier 1 : jeunesse', ja: '第1分科会：青少年' } },
      ME,
    )
    deleteSession(doc, opening, ME)
    createSession(
      doc,
      {
        id: 'visit',
        kind: 'site_visit',
        title: { fr: 'Visite', ja: '視察' },
        day: '2024-11-19',
        start: '10:00',
        durationMinutes: 120,
      },
      ME,
    )
    const after = readEdition(doc).value

    const changes = diffProgrammes(before, after)
    expect(changes.map((change) => [change.kind, change.session.id])).toEqual([
      ['added', 'visit'],
      ['changed', 'workshop'],
      ['removed', 'opening'],
    ])
    const changed = changes[1]
    if (changed?.kind !== 'changed') throw new Error('not a change')
    expect(changed.moved).toEqual({
      from: {
        day: '2024-11-20',
        start: '10:00',
        durationMinutes: 90,
        roomIds: ['hall'],
        allRooms: false,
      },
      to: {
        day: '2024-11-21',
        start: '14:00',
        durationMinutes: 90,
        roomIds: ['small'],
        allRooms: false,
      },
    })
    expect(changed.texts.map((text) => [text.field, text.lang])).toEqual([
      ['title', 'fr'],
      ['title', 'ja'],
    ])
    expect(
      changed.texts[0]?.words.filter((w) => w.kind !== 'same').map((w) => [w.kind, w.text]),
    ).toEqual([['added', ' : jeunesse']])
    expect(changed.fields).toEqual([])
    // Nothing changed, nothing listed.
    expect(diffProgrammes(after, after)).toEqual([])
  })

  it('find the changed words of Japanese text, which has no spaces', () => {
    const words = wordChanges('防災と危機管理の分科会', '防災と地域づくりの分科会', 'ja')
    expect(words.filter((w) => w.kind !== 'same')).toEqual([
      { kind: 'removed', text: '危機管理' },
      { kind: 'added', text: '地域づくり' },
    ])
  })
})
