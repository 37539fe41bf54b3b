import { describe, expect, it } from 'vitest'
import { activitySentence } from '../../../../client/features/activity/format'
import { en } from '../../../../client/lib/i18n/en'
import { fr } from '../../../../client/lib/i18n/fr'
import { ja } from '../../../../client/lib/i18n/ja'
import type { ActivityEntry } from '../../../../shared/activity'
import {
  CollectiviteFieldsSchema,
  DayFieldsSchema,
  EditionMetaSchema,
  LANGS,
  LOCALIZED_FIELDS,
  MeetingFieldsSchema,
  PersonFieldsSchema,
  ProposalCommentFieldsSchema,
  ProposalFieldsSchema,
  RegistrationFieldsSchema,
  RoomFieldsSchema,
  SessionFieldsSchema,
  SuggestionFieldsSchema,
  ThemeFieldsSchema,
  VenueFieldsSchema,
} from '../../../../shared/doc/edition'

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

  it('names the new fields of a room and a session in words, never by their codes', () => {
    const room = entry({
      section: 'rooms',
      entityId: 'r-main',
      fields: ['booths', 'venueId'],
      label: { fr: 'Grande salle', ja: '大ホール', en: '' },
    })
    expect(activitySentence(room, 'fr', fr)).toBe(
      'Aiko (JP) a modifié les cabines d’interprétation et le lieu de la salle « Grande salle »',
    )
    expect(activitySentence(room, 'ja', ja)).toBe(
      'Aiko（日本側）が会場「大ホール」の通訳ブースと施設を変更しました',
    )
    const people = entry({ fields: ['rapporteurIds', 'witnessIds'] })
    expect(activitySentence(people, 'fr', fr)).toBe(
      'Aiko (JP) a modifié les rapporteurs et les grands témoins de « Atelier 2 »',
    )
    expect(activitySentence(people, 'ja', ja)).toBe(
      'Aiko（日本側）が「第2分科会」の報告者と講評者を変更しました',
    )
    const reading = entry({
      section: 'persons',
      fields: ['reading'],
      label: { fr: 'Taro', ja: '太郎', en: '' },
    })
    expect(activitySentence(reading, 'en', en)).toBe(
      'Aiko (JP) changed the kana reading of the person “Taro”',
    )
  })

  it('names a day by its date, whatever its label says', () => {
    const day = entry({
      section: 'days',
      entityId: '2026-10-06',
      fields: ['label.fr'],
      label: { fr: '', ja: '', en: '' },
    })
    expect(activitySentence(day, 'fr', fr)).toBe(
      'Aiko (JP) a modifié l’intitulé français de la journée du 6 octobre',
    )
    expect(activitySentence(day, 'ja', ja)).toBe(
      'Aiko（日本側）が10月6日のフランス語の名称を編集しました',
    )
    expect(activitySentence(day, 'en', en)).toBe('Aiko (JP) edited the French label of October 6')
    // A day's start is its own hour, not a session's schedule.
    expect(activitySentence(entry({ ...day, fields: ['start', 'end'] }), 'fr', fr)).toBe(
      'Aiko (JP) a modifié l’heure de début et l’heure de fin de la journée du 6 octobre',
    )
    expect(
      activitySentence(entry({ ...day, action: 'created', fields: [] }), 'fr', fr),
    ).not.toContain('sans titre')
  })

  it('names a deleted venue as a venue', () => {
    const venue = entry({
      section: 'venues',
      entityId: 'v-granship',
      action: 'deleted',
      fields: [],
      label: { fr: 'Granship', ja: 'グランシップ', en: '' },
    })
    expect(activitySentence(venue, 'fr', fr)).toBe('Aiko (JP) a supprimé le lieu « Granship »')
    expect(activitySentence(venue, 'ja', ja)).toBe(
      'Aiko（日本側）が施設「グランシップ」を削除しました',
    )
    expect(activitySentence(venue, 'en', en)).toBe('Aiko (JP) deleted the venue “Granship”')
  })

  it('never reads an inherited key as the name of a field', () => {
    const odd = entry({ fields: ['constructor'] })
    expect(activitySentence(odd, 'fr', fr)).toBe(
      'Aiko (JP) a modifié le champ « constructor » de « Atelier 2 »',
    )
  })

  it('has words for every field of every section in each language', () => {
    const shapes = {
      meta: EditionMetaSchema.shape,
      days: DayFieldsSchema.shape,
      venues: VenueFieldsSchema.shape,
      rooms: RoomFieldsSchema.shape,
      themes: ThemeFieldsSchema.shape,
      sessions: SessionFieldsSchema.shape,
      persons: PersonFieldsSchema.shape,
      collectivites: CollectiviteFieldsSchema.shape,
      meetings: MeetingFieldsSchema.shape,
      suggestions: SuggestionFieldsSchema.shape,
      registrations: RegistrationFieldsSchema.shape,
      proposals: ProposalFieldsSchema.shape,
      proposalComments: ProposalCommentFieldsSchema.shape,
    }
    const codes = [/le champ «/, /項目「/, /the field “/, /sans titre|無題|untitled/]
    for (const [section, shape] of Object.entries(shapes)) {
      const texts: readonly string[] = LOCALIZED_FIELDS[section as keyof typeof LOCALIZED_FIELDS]
      for (const field of Object.keys(shape)) {
        const paths = texts.includes(field) ? LANGS.map((lang) => `${field}.${lang}`) : [field]
        for (const path of paths) {
          const edited = entry({
            section,
            entityId: section === 'days' ? '2026-10-06' : 'x1',
            fields: [path],
            label: { fr: 'Granship', ja: 'グランシップ', en: 'Granship' },
          })
          for (const [locale, messages] of [
            ['fr', fr],
            ['ja', ja],
            ['en', en],
          ] as const) {
            const sentence = activitySentence(edited, locale, messages)
            for (const code of codes) expect(sentence, `${section}.${path}`).not.toMatch(code)
          }
        }
      }
    }
  })
})
