/**
 * The demo edition: the 8th Rencontres, Shizuoka, 18–21 November 2024, with
 * a plausible draft programme in French and Japanese, and its invitation
 * of 11 July 2023 (demo-invitation.ts): the letter in both languages, its
 * signatory and the first committee meeting. Places and collectivités are
 * real; the persons are invented. Ids are readable and fixed, so tests and
 * screenshots can name a session.
 */
import type * as Y from 'yjs'
import { createCollectivite } from '../../../shared/doc/edition/collectivites'
import { setDay } from '../../../shared/doc/edition/days'
import { createMeeting } from '../../../shared/doc/edition/meetings'
import { initEdition, setMeta } from '../../../shared/doc/edition/meta'
import { createPerson } from '../../../shared/doc/edition/persons'
import { createRoom } from '../../../shared/doc/edition/rooms'
import type {
  CollectiviteKind,
  Country,
  LocalizedTextInput,
} from '../../../shared/doc/edition/schema'
import { createSession } from '../../../shared/doc/edition/sessions'
import { createTheme } from '../../../shared/doc/edition/themes'
import { createVenue } from '../../../shared/doc/edition/venues'
import {
  DEMO_FIRST_MEETING,
  DEMO_FORM_RETURN,
  DEMO_LETTER,
  DEMO_LETTER_DATE,
  DEMO_LETTER_PLACE,
} from './demo-invitation'
import { DEMO_SESSIONS } from './demo-programme'
import { localized } from './demo-text'

/** The origin of the transactions that write demo data. */
export const DEMO_ORIGIN = 'kaigi:demo'

const t = localized

const VISIT_DAY = t('Journée de visites', '視察日', 'Visit day')

const VENUES: Array<[id: string, name: LocalizedTextInput, address: LocalizedTextInput]> = [
  [
    'venue-granship',
    t('Granship', 'グランシップ', 'Granship'),
    t('79-4 Higashi-Shizuoka, Suruga-ku, Shizuoka', '静岡市駿河区東静岡二丁目3番1号'),
  ],
  ['venue-field', t('Sur le terrain', '現地', 'In the field'), t('Ville de Shizuoka', '静岡市内')],
]

const ROOMS: Array<
  [id: string, name: LocalizedTextInput, capacity: number | null, venueId: string, booths: boolean]
> = [
  [
    'room-kaze',
    t('Salle de conférence Kaze', '会議ホール・風', 'Conference Hall Kaze'),
    400,
    'venue-granship',
    true,
  ],
  [
    'room-meeting-1',
    t('Salle de réunion 1', '第1会議室', 'Meeting Room 1'),
    80,
    'venue-granship',
    true,
  ],
  [
    'room-meeting-2',
    t('Salle de réunion 2', '第2会議室', 'Meeting Room 2'),
    80,
    'venue-granship',
    true,
  ],
  [
    'room-koryu',
    t('Hall des échanges', '交流ホール', 'Exchange Hall'),
    300,
    'venue-granship',
    false,
  ],
  ['room-field', t('Visites', '視察先', 'Visits'), null, 'venue-field', false],
]

/**
 * The collectivités, each with its entry in the demo's directory (the
 * server's, with its address and contacts: server/directory/demo-directory.ts).
 */
const COLLECTIVITES: Array<
  [id: string, name: LocalizedTextInput, Country, CollectiviteKind, directoryId: string]
> = [
  [
    'col-shizuoka-pref',
    t('Préfecture de Shizuoka', '静岡県', 'Shizuoka Prefecture'),
    'JP',
    'prefecture',
    'dir-shizuoka-pref',
  ],
  [
    'col-shizuoka-city',
    t('Ville de Shizuoka', '静岡市', 'Shizuoka City'),
    'JP',
    'city',
    'dir-shizuoka-city',
  ],
  [
    'col-kumamoto',
    t('Ville de Kumamoto', '熊本市', 'Kumamoto City'),
    'JP',
    'city',
    'dir-kumamoto-city',
  ],
  [
    'col-matsuzaki',
    t('Bourg de Matsuzaki', '松崎町', 'Matsuzaki Town'),
    'JP',
    'town',
    'dir-matsuzaki',
  ],
  ['col-cannes', t('Ville de Cannes', 'カンヌ市', 'City of Cannes'), 'FR', 'commune', 'dir-cannes'],
  [
    'col-aix',
    t("Ville d'Aix-en-Provence", 'エクス＝アン＝プロヴァンス市'),
    'FR',
    'commune',
    'dir-aix-en-provence',
  ],
  ['col-tours', t('Ville de Tours', 'トゥール市', 'City of Tours'), 'FR', 'commune', 'dir-tours'],
  [
    'col-alpes-maritimes',
    t('Département des Alpes-Maritimes', 'アルプ＝マリティーム県'),
    'FR',
    'departement',
    'dir-alpes-maritimes',
  ],
  [
    'col-centre-val-de-loire',
    t('Région Centre-Val de Loire', 'サントル＝ヴァル・ド・ロワール地域圏'),
    'FR',
    'region',
    'dir-centre-val-de-loire',
  ],
]

const PERSONS: Array<[string, LocalizedTextInput, LocalizedTextInput, string | null]> = [
  [
    'p-mochizuki',
    t('Mariko Mochizuki', '望月 真理子'),
    t('Maire adjointe', '副市長'),
    'col-shizuoka-city',
  ],
  [
    'p-dubois',
    t('Claire Dubois', 'クレール・デュボワ'),
    t(
      'Présidente du comité de pilotage français, adjointe au maire de Cannes chargée des relations internationales',
      'フランス側実行委員会委員長、カンヌ市副市長（国際関係担当）',
    ),
    'col-cannes',
  ],
  [
    'p-masuda',
    t('Shō Masuda', '増田 翔'),
    t("Professeur d'urbanisme", '大学教授（都市計画）'),
    null,
  ],
  [
    'p-sugiyama',
    t('Kenta Sugiyama', '杉山 健太'),
    t('Chef du service de la gestion des crises', '危機管理課長'),
    'col-shizuoka-pref',
  ],
  [
    'p-girard',
    t('Antoine Girard', 'アントワーヌ・ジラール'),
    t('Directeur de la sécurité civile', '市民安全局長'),
    'col-alpes-maritimes',
  ],
  [
    'p-ishikawa',
    t('Daisuke Ishikawa', '石川 大輔'),
    t('Directeur adjoint, CLAIR Paris', '自治体国際化協会パリ事務所次長'),
    null,
  ],
  [
    'p-watanabe',
    t('Megumi Watanabe', '渡辺 恵'),
    t('Chargée des échanges de jeunes', '青少年交流担当'),
    'col-kumamoto',
  ],
  [
    'p-moreau',
    t('Julien Moreau', 'ジュリアン・モロー'),
    t('Directeur de la jeunesse', '青少年局長'),
    'col-centre-val-de-loire',
  ],
  [
    'p-laurent',
    t('Sophie Laurent', 'ソフィー・ローラン'),
    t('Chargée de mission Japon, Cités Unies France', 'シテ・ユニ・フランス日本担当'),
    null,
  ],
  [
    'p-sano',
    t('Aya Sano', '佐野 彩'),
    t('Cheffe du service du tourisme', '観光交流課長'),
    'col-shizuoka-city',
  ],
  [
    'p-lefevre',
    t('Camille Lefèvre', 'カミーユ・ルフェーヴル'),
    t('Directrice du tourisme et de la culture', '観光・文化局長'),
    'col-aix',
  ],
  [
    'p-yamada',
    t('Haruka Yamada', '山田 遥'),
    t('Chargée de la promotion touristique', '観光振興担当'),
    'col-matsuzaki',
  ],
  [
    'p-bernard',
    t('Nicolas Bernard', 'ニコラ・ベルナール'),
    t('Responsable de la coopération internationale', '国際協力担当責任者'),
    'col-tours',
  ],
]

/** Who signs the invitation: the president of the French steering committee. */
const FRENCH_PRESIDENT = 'p-dubois'

const GLOBAL_THEME = {
  id: 'theme-global',
  kind: 'global',
  title: t(
    'Territoires résilients et attractifs : la coopération décentralisée franco-japonaise au service des générations futures',
    '次世代につなぐ、しなやかで魅力ある地域づくり――日仏自治体協力の新たな展開',
    'Resilient and attractive territories: Franco-Japanese decentralised cooperation for future generations',
  ),
  description: t(
    'Proposition soumise au comité de pilotage, formulation en cours de discussion. Face aux catastrophes naturelles, au vieillissement de la population et à la transition écologique, comment les collectivités françaises et japonaises peuvent-elles bâtir ensemble des territoires où les jeunes générations auront envie de vivre ?',
    '実行委員会に諮る提案であり、表現は引き続き検討中。自然災害、人口減少・高齢化、脱炭素社会への移行といった課題に直面するなか、日仏の自治体は、若い世代が住み続けたいと思える地域をどのように共に築いていけるか。',
  ),
} as const

const WORKSHOP_THEMES = [
  {
    id: 'theme-disaster',
    title: t(
      'Prévention des risques et gestion de crise : les collectivités face aux catastrophes naturelles',
      '防災と危機管理――自然災害に立ち向かう自治体の取組',
      'Disaster risk reduction and crisis management',
    ),
    description: t(
      "Séismes, tsunamis, inondations, feux de forêt : partage d'expériences sur la préparation des habitants, l'alerte, l'accueil des sinistrés et la reconstruction. La préfecture de Shizuoka présentera ses mesures face au risque de séisme de la fosse de Nankai.",
      '地震・津波・水害・林野火災への備えについて、住民の防災意識の向上、情報伝達、避難者の受け入れ、復旧・復興の経験を共有する。静岡県からは南海トラフ地震への備えを紹介する。',
    ),
  },
  {
    id: 'theme-youth',
    title: t(
      'Jeunesse et mobilité internationale : former les acteurs de demain',
      '青少年の国際交流と次世代の人材育成',
      'Youth and international mobility',
    ),
    description: t(
      'Échanges scolaires, stages, volontariat, assistants de langue : comment les collectivités encouragent-elles la mobilité des jeunes, et comment valorisent-elles ces expériences sur leur territoire ?',
      '学校間交流、インターンシップ、ボランティア、語学指導助手の派遣など、自治体は若者の国際的な交流をどのように後押しし、その経験を地域にどう生かしているか。',
    ),
  },
  {
    id: 'theme-tourism',
    title: t(
      'Tourisme durable et culture : valoriser le patrimoine des territoires',
      '持続可能な観光と文化――地域資源を生かした魅力づくり',
      'Sustainable tourism and culture',
    ),
    description: t(
      'Du thé de Shizuoka aux paysages du mont Fuji, du patrimoine provençal aux châteaux de la Loire : concilier attractivité touristique, préservation du patrimoine et qualité de vie des habitants.',
      '静岡茶や富士山の景観から、プロヴァンスの文化遺産やロワールの古城まで。観光による地域の活性化と、文化遺産の保全、住民の暮らしの質をいかに両立させるか。',
    ),
  },
] as const

/** Writes the demo edition (8th Rencontres, Shizuoka) into an empty `doc`, in one transaction. */
export function seedDemoEdition(doc: Y.Doc, origin: unknown = DEMO_ORIGIN): void {
  doc.transact(() => {
    initEdition(
      doc,
      {
        number: 8,
        title: t(
          '8es Rencontres franco-japonaises de la coopération décentralisée',
          '第8回日仏自治体交流会議',
          '8th Franco-Japanese Decentralised Cooperation Meeting',
        ),
        hostCity: t('Shizuoka', '静岡市', 'Shizuoka'),
        hostCountry: 'JP',
        venue: t(
          'Granship (Centre des congrès et des arts de Shizuoka)',
          'グランシップ（静岡県コンベンションアーツセンター）',
          'Granship (Shizuoka Convention & Arts Center)',
        ),
        startDate: '2024-11-18',
        endDate: '2024-11-21',
        timeZone: 'Asia/Tokyo',
        status: 'draft',
      },
      origin,
    )
    for (const [id, name, address] of VENUES) createVenue(doc, { id, name, address }, origin)
    for (const [id, name, capacity, venueId, booths] of ROOMS) {
      createRoom(doc, { id, name, capacity, venueId, booths }, origin)
    }
    setDay(doc, '2024-11-18', { start: '11:00', end: '18:00', label: VISIT_DAY }, origin)
    // The second day of visits keeps the default hours: only its label is its own.
    setDay(doc, '2024-11-19', { label: VISIT_DAY }, origin)
    setDay(doc, '2024-11-20', { start: '09:00', end: '21:00' }, origin)
    setDay(doc, '2024-11-21', { start: '09:00', end: '14:00' }, origin)
    for (const [id, name, country, kind, directoryId] of COLLECTIVITES) {
      createCollectivite(doc, { id, name, country, kind, directoryId }, origin)
    }
    for (const [id, name, role, collectiviteId] of PERSONS) {
      createPerson(doc, { id, name, role, collectiviteId }, origin)
    }
    createTheme(doc, GLOBAL_THEME, origin)
    // The invitation of 11 July 2023, signed by the French committee's president.
    setMeta(
      doc,
      {
        globalThemeId: GLOBAL_THEME.id,
        letter: DEMO_LETTER,
        letterPlace: DEMO_LETTER_PLACE,
        letterDate: DEMO_LETTER_DATE,
        signatoryIds: [FRENCH_PRESIDENT],
        formReturn: DEMO_FORM_RETURN,
      },
      origin,
    )
    createMeeting(doc, DEMO_FIRST_MEETING, origin)
    for (const theme of WORKSHOP_THEMES) createTheme(doc, { ...theme, kind: 'workshop' }, origin)
    for (const session of DEMO_SESSIONS) {
      createSession(
        doc,
        {
          id: session.id,
          kind: session.kind,
          title: session.title,
          description: session.description,
          day: session.day,
          start: session.start,
          durationMinutes: session.minutes,
          roomIds: session.room === 'all' ? [] : [session.room],
          allRooms: session.room === 'all',
          themeId: session.theme ?? null,
          speakerIds: session.speakers,
          moderatorIds: session.moderators,
          interpretation: session.interpretation,
          status: session.confirmed ? 'confirmed' : 'draft',
        },
        origin,
      )
    }
  }, origin)
}
