import { describe, expect, it } from 'vitest'
import { activitySentence } from '../../client/activity/format'
import { en } from '../../client/i18n/en'
import { fr } from '../../client/i18n/fr'
import { ja } from '../../client/i18n/ja'
import type { ActivityEntry } from '../../shared/activity'

const entry = (overrides: Partial<ActivityEntry>): ActivityEntry => ({
  id: 'e1',
  personId: 'p-aiko',
  actorKind: 'member',
  actorName: 'Aiko',
  committee: 'jp',
  section: 'sessions',
  entityId: 's-workshop-2',
  action: 'edited',
  fields: ['title.ja'],
  label: { fr: 'Atelier 2', ja: '第2分科会', en: '' },
  firstAt: '2024-11-20T01:00:00.000Z',
  lastAt: '2024-11-20T01:05:00.000Z',
  changes: 12,
  ...overrides,
})

describe('an activity entry as a sentence', () => {
  it('names the member, their committee, the field and the session in the reader’s language', () => {
    expect(activitySentence(entry({}), 'fr', fr)).toBe(
      'Aiko (JP) a modifié le titre japonais de « Atelier 2 »',
    )
    expect(activitySentence(entry({}), 'ja', ja)).toBe(
      'Aiko（日本側）が「第2分科会」の日本語タイトルを編集しました',
    )
    expect(activitySentence(entry({}), 'en', en)).toBe(
      'Aiko (JP) edited the Japanese title of “Atelier 2”',
    )
  })

  it('never lets a participant read as the member whose name they typed', () => {
    const forged = entry({
      personId: null,
      actorKind: 'participant',
      actorName: 'Aiko (JP)',
      committee: null,
      section: 'suggestions',
      action: 'created',
      fields: [],
      label: { fr: 'Un atelier jeunesse', ja: 'Un atelier jeunesse', en: 'Un atelier jeunesse' },
    })
    const sentence = activitySentence(forged, 'fr', fr)
    expect(sentence.startsWith('Le participant « Aiko (JP) »')).toBe(true)
    expect(activitySentence(forged, 'ja', ja).startsWith('参加者「Aiko (JP)」')).toBe(true)
  })

  it('reads a session moved to other rooms, or across all of them, as moved in time and room', () => {
    for (const fields of [
      ['day', 'start', 'roomIds'],
      ['start', 'allRooms', 'roomIds'],
    ]) {
      const moved = entry({ fields })
      const layout1 = entry({ fields: ['day', 'start', 'roomId'] })
      for (const [locale, messages] of [
        ['fr', fr],
        ['ja', ja],
        ['en', en],
      ] as const) {
        expect(activitySentence(moved, locale, messages)).toBe(
          activitySentence(layout1, locale, messages),
        )
      }
    }
    expect(activitySentence(entry({ fields: ['roomIds'] }), 'fr', fr)).toBe(
      'Aiko (JP) a modifié la salle de « Atelier 2 »',
    )
  })
})
