import { describe, expect, it } from 'vitest'
import { activitySentence } from '../../../../client/features/activity/format'
import { en } from '../../../../client/lib/i18n/en'
import { fr } from '../../../../client/lib/i18n/fr'
import { ja } from '../../../../client/lib/i18n/ja'
import type { ActivityEntry } from '../../../../shared/activity'

const amendment: ActivityEntry = {
  id: 'e1',
  personId: null,
  actorKind: 'participant',
  actorName: '松崎町',
  committee: null,
  section: 'registrations',
  entityId: 'r1',
  action: 'edited',
  fields: ['delegates', 'amendedAt'],
  label: { fr: '松崎町', ja: '松崎町', en: '松崎町' },
  firstAt: '2024-09-01T01:00:00.000Z',
  lastAt: '2024-09-01T01:00:00.000Z',
  changes: 1,
}

describe('a registration in the activity', () => {
  it('says a collectivité amended its bulletin when it sent it again under its name', () => {
    expect(activitySentence(amendment, 'fr', fr)).toBe(
      'La collectivité « 松崎町 » a modifié son bulletin de participation',
    )
    expect(activitySentence(amendment, 'ja', ja)).toBe('「松崎町」が参加申込を修正しました')
    expect(activitySentence(amendment, 'en', en)).toBe('“松崎町” amended its participation form')
  })

  it('names the fields a member corrected', () => {
    const correction: ActivityEntry = {
      ...amendment,
      personId: 'p-claire',
      actorKind: 'member',
      actorName: 'Claire',
      committee: 'fr',
      fields: ['delegates', 'dayIds'],
    }
    expect(activitySentence(correction, 'fr', fr)).toContain('les journées suivies')
    expect(activitySentence(correction, 'fr', fr)).toContain('Claire (FR)')
  })
})
