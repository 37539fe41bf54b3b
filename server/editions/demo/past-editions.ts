/**
 * The 5th to 7th Rencontres as read-only records: host, dates, global theme
 * and participation as the invitation letters give them (BRIEF.md), with the
 * 6th edition's three workshops. The Japanese themes are working translations.
 */
import type * as Y from 'yjs'
import { initEdition, setMeta } from '../../../shared/doc/edition/meta'
import type { Country, LocalizedTextInput, Participation } from '../../../shared/doc/edition/schema'
import { createTheme } from '../../../shared/doc/edition/themes'
import { DEMO_ORIGIN } from './demo'
import { localized as t } from './demo-text'

/** The editions on record before the demo's 8th. */
export const PAST_EDITION_NUMBERS = [5, 6, 7] as const
export type PastEditionNumber = (typeof PAST_EDITION_NUMBERS)[number]

interface PastEdition {
  year: number
  /** Null where the records give the year only. */
  startDate: string | null
  endDate: string | null
  hostCity: LocalizedTextInput
  hostCountry: Country
  timeZone: string
  globalTheme: LocalizedTextInput
  workshops: LocalizedTextInput[]
  participation: Participation
}

const TITLE_FR = 'Rencontres franco-japonaises de la coopération décentralisée'

const PAST_EDITIONS: Record<PastEditionNumber, PastEdition> = {
  5: {
    year: 2016,
    startDate: null,
    endDate: null,
    hostCity: t('Tours', 'トゥール市', 'Tours'),
    hostCountry: 'FR',
    timeZone: 'Europe/Paris',
    globalTheme: t(
      "L'innovation comme facteur de dynamisme économique et de rayonnement international pour les collectivités locales",
      'イノベーション――地方自治体の経済的活力と国際的な発信力を高める原動力',
      'Innovation as a driver of economic dynamism and international influence for local authorities',
    ),
    workshops: [],
    participation: { participants: 170, collectivites: { FR: 22, JP: 19 } },
  },
  6: {
    year: 2018,
    startDate: '2018-10-08',
    endDate: '2018-10-11',
    hostCity: t('Kumamoto', '熊本市', 'Kumamoto'),
    hostCountry: 'JP',
    timeZone: 'Asia/Tokyo',
    globalTheme: t(
      "L'attractivité territoriale, un vecteur de développement pour une société responsable",
      '地域の魅力――責任ある社会に向けた発展の原動力',
      'Territorial attractiveness, a driver of development for a responsible society',
    ),
    workshops: [
      t(
        'Accessibilité des transports publics',
        '公共交通のアクセシビリティ',
        'Accessibility of public transport',
      ),
      t(
        'Formation internationale des jeunes',
        '若者の国際的な人材育成',
        'International training of young people',
      ),
      t(
        'Coopération entre collectivités dans des domaines tels que la gestion de crise ou la culture',
        '危機管理や文化などの分野における自治体間協力',
        'Cooperation between local authorities in fields such as crisis management or culture',
      ),
    ],
    participation: { participants: null, collectivites: { FR: 17, JP: 35 } },
  },
  7: {
    year: 2022,
    startDate: '2022-10-03',
    endDate: '2022-10-06',
    hostCity: t('Aix-en-Provence', 'エクス＝アン＝プロヴァンス市', 'Aix-en-Provence'),
    hostCountry: 'FR',
    timeZone: 'Europe/Paris',
    globalTheme: t(
      "Dans un monde post-Covid, l'urgence de l'innovation au service d'un territoire durable et inclusif",
      'ポストコロナ時代の持続可能で包摂的な地域づくりに向けて、今こそ求められるイノベーション',
      'In a post-Covid world, the urgency of innovation for a sustainable and inclusive territory',
    ),
    workshops: [],
    participation: { participants: null, collectivites: { FR: 22, JP: 14 } },
  },
}

/** Writes past edition `number` (5, 6 or 7), archived, into an empty `doc`, in one transaction. */
export function seedPastEdition(
  doc: Y.Doc,
  number: PastEditionNumber,
  origin: unknown = DEMO_ORIGIN,
): void {
  const edition = PAST_EDITIONS[number]
  doc.transact(() => {
    initEdition(
      doc,
      {
        number,
        year: edition.year,
        title: t(
          `${number}es ${TITLE_FR}`,
          `第${number}回日仏自治体交流会議`,
          `${number}th Franco-Japanese Decentralised Cooperation Meeting`,
        ),
        hostCity: edition.hostCity,
        hostCountry: edition.hostCountry,
        startDate: edition.startDate,
        endDate: edition.endDate,
        timeZone: edition.timeZone,
        participation: edition.participation,
      },
      origin,
    )
    const globalThemeId = createTheme(
      doc,
      { id: 'theme-global', kind: 'global', title: edition.globalTheme },
      origin,
    )
    edition.workshops.forEach((title, index) => {
      createTheme(doc, { id: `theme-workshop-${index + 1}`, kind: 'workshop', title }, origin)
    })
    // Archived last: a record is complete before it becomes read-only.
    setMeta(doc, { globalThemeId, status: 'archived' }, origin)
  }, origin)
}
