import { formatDay } from '../../shared/calendar-days'
import type { Country, EditionSnapshot, LocalizedText } from '../../shared/doc/edition'
import { workshopChoices } from '../../shared/meetings'
import { formatDateTimeInZone } from '../../shared/moments'
import type { Interpretation } from '../../shared/registrations'
import { csvWithBom } from '../exports/csv'
import type { RegistrationRow } from './registration-store'

/** The languages the registrations' CSV is written in. */
export const CSV_LANGS = ['fr', 'ja', 'en'] as const
export type CsvLang = (typeof CSV_LANGS)[number]

interface CsvWords {
  locale: string
  headings: readonly string[]
  countries: Record<Country, string>
  yes: string
  no: string
  interpretation: Record<Interpretation, string>
  /** A member as a cell line: "Tanaka Hiroshi / 田中 浩, maire adjoint, h.tanaka@…". */
  member: (names: string, role: string, email: string) => string
}

/** The CSV's words in each language, beside its columns. */
const WORDS: Record<CsvLang, CsvWords> = {
  fr: {
    locale: 'fr-FR',
    headings: [
      'N°',
      'Collectivité',
      'Pays',
      'Contact',
      'E-mail',
      'Délégués',
      'Membres de la délégation',
      'Journées',
      'Ateliers',
      'Souhaite intervenir',
      'Souhaite proposer un atelier',
      'Interprétation',
      'Régime alimentaire',
      'Accessibilité',
      'Reçu le',
      'Modifié le',
    ],
    countries: { FR: 'France', JP: 'Japon' },
    yes: 'Oui',
    no: 'Non',
    interpretation: {
      none: 'Aucune',
      'into-fr': 'Vers le français',
      'into-ja': 'Vers le japonais',
      both: 'Vers le français et le japonais',
    },
    member: (names, role, email) => [names, role, email].filter(Boolean).join(', '),
  },
  ja: {
    locale: 'ja-JP',
    headings: [
      '番号',
      '自治体',
      '国',
      '担当者',
      'メールアドレス',
      '参加人数',
      '代表団メンバー',
      '参加日',
      '分科会',
      '発言希望',
      '分科会提案の希望',
      '通訳',
      '食事制限',
      'アクセシビリティ',
      '受付日時',
      '変更日時',
    ],
    countries: { FR: 'フランス', JP: '日本' },
    yes: 'はい',
    no: 'いいえ',
    interpretation: {
      none: '不要',
      'into-fr': 'フランス語へ',
      'into-ja': '日本語へ',
      both: 'フランス語と日本語へ',
    },
    member: (names, role, email) => [names, role, email].filter(Boolean).join('、'),
  },
  en: {
    locale: 'en-GB',
    headings: [
      'No.',
      'Local authority',
      'Country',
      'Contact',
      'E-mail',
      'Delegates',
      'Members of the delegation',
      'Days',
      'Workshops',
      'Wishes to speak',
      'Wishes to propose a workshop',
      'Interpretation',
      'Dietary needs',
      'Accessibility',
      'Received',
      'Amended',
    ],
    countries: { FR: 'France', JP: 'Japan' },
    yes: 'Yes',
    no: 'No',
    interpretation: {
      none: 'None',
      'into-fr': 'Into French',
      'into-ja': 'Into Japanese',
      both: 'Into French and Japanese',
    },
    member: (names, role, email) => [names, role, email].filter(Boolean).join(', '),
  },
}

/** A text in `lang`, else in the other language of the edition. */
const inLang = (text: LocalizedText, lang: CsvLang): string =>
  (lang === 'ja' ? text.ja || text.fr : (lang === 'en' && text.en) || text.fr || text.ja) || ''

/** The zone's name in words, as the clocks of `locale` say it: "heure normale du Japon". */
function zoneName(instant: Date, zone: string, locale: string): string {
  const part = new Intl.DateTimeFormat(locale, { timeZone: zone, timeZoneName: 'long' })
    .formatToParts(instant)
    .find((each) => each.type === 'timeZoneName')
  return part?.value ?? zone
}

/**
 * The registrations as the committees read them in `lang`: headings in
 * that language, collectivités and workshops by their names, yes and no in
 * words, times on the edition's clocks with the zone named.
 */
export function registrationsCsv(
  rows: readonly RegistrationRow[],
  edition: EditionSnapshot,
  lang: CsvLang,
): string {
  const words = WORDS[lang]
  const zone = edition.meta.timeZone
  const collectivites = new Map(edition.collectivites.map((each) => [each.id, each.name]))
  const workshops = new Map(workshopChoices(edition).map((each) => [each.id, each.title]))
  const moment = (at: Date | null) =>
    at
      ? `${formatDateTimeInZone(at, zone, words.locale)} (${zoneName(at, zone, words.locale)})`
      : ''
  const yesNo = (value: boolean) => (value ? words.yes : words.no)
  return csvWithBom([
    words.headings,
    ...rows.map((row, index) => {
      const listed = row.collectiviteId ? collectivites.get(row.collectiviteId) : undefined
      return [
        String(index + 1),
        listed ? inLang(listed, lang) || row.collectiviteName : row.collectiviteName,
        words.countries[row.country],
        row.contactName,
        row.email,
        String(row.delegates),
        row.members
          .map((member) =>
            words.member(
              [member.nameLatin, member.nameJapanese].filter(Boolean).join(' / '),
              member.function,
              member.email,
            ),
          )
          .join('\n'),
        row.dayIds.map((day) => formatDay(day, words.locale)).join('\n'),
        row.workshopIds
          .map((id) => {
            const title = workshops.get(id)
            return title ? inLang(title, lang) : id
          })
          .join('\n'),
        yesNo(row.wantsToSpeak),
        yesNo(row.wantsToPropose),
        words.interpretation[row.interpretation],
        row.dietaryNeeds,
        row.accessibilityNeeds,
        moment(row.createdAt),
        moment(row.updatedAt),
      ]
    }),
  ])
}
