/**
 * The draft programme of the demo edition: four days at Shizuoka, from the
 * French delegations' welcome to the closing ceremony.
 */

import type {
  Interpretation,
  LocalizedTextInput,
  SessionKind,
} from '../../../shared/doc/edition/schema'
import { localized as t } from './demo-text'

export interface DemoSession {
  id: string
  kind: SessionKind
  day: string
  start: string
  minutes: number
  /** A room's demo id, or 'all' for a session across every room. */
  room: string
  title: LocalizedTextInput
  description?: LocalizedTextInput
  theme?: string
  speakers?: string[]
  moderators?: string[]
  /**
   * How French and Japanese are interpreted, when not as the kind usually is:
   * consecutively out of the booths (a visit in the field, a reception).
   */
  interpretation?: Interpretation
  confirmed?: boolean
}

/** The sessions, in order; people, rooms and themes by their demo ids. */
export const DEMO_SESSIONS: readonly DemoSession[] = [
  {
    id: 's-welcome-lunch',
    kind: 'reception',
    interpretation: 'consecutive',
    day: '2024-11-18',
    start: '12:00',
    minutes: 90,
    room: 'room-field',
    title: t('Déjeuner de bienvenue', '歓迎昼食会', 'Welcome lunch'),
    description: t(
      'Accueil des délégations françaises par la Ville de Shizuoka.',
      '静岡市によるフランス代表団の歓迎。',
    ),
    speakers: ['p-mochizuki'],
    confirmed: true,
  },
  {
    id: 's-visit-mochimune',
    kind: 'site_visit',
    interpretation: 'consecutive',
    day: '2024-11-18',
    start: '14:00',
    minutes: 180,
    room: 'room-field',
    title: t(
      'Visite de terrain : le quartier de Mochimune',
      '現地視察：用宗地区',
      'Site visit: the Mochimune district',
    ),
    description: t(
      "Rénovation de maisons anciennes et reconversion d'anciennes conserveries de poisson : un quartier qui se revitalise à partir de ses ressources locales.",
      '古民家の改修や水産加工場の再活用など、地域資源を生かしたまちづくりの取組を視察する。',
    ),
    moderators: ['p-sano'],
  },
  {
    id: 's-visit-tea',
    kind: 'site_visit',
    interpretation: 'consecutive',
    day: '2024-11-19',
    start: '09:30',
    minutes: 210,
    room: 'room-field',
    title: t(
      'Visite de terrain : Nihondaira et les plantations de thé',
      '現地視察：日本平と茶園',
      'Site visit: Nihondaira and the tea fields',
    ),
    description: t(
      'Vue sur le mont Fuji depuis le plateau de Nihondaira, puis rencontre avec des producteurs de thé de Shizuoka.',
      '富士山を望む日本平を訪れ、静岡茶の生産者と交流する。',
    ),
    moderators: ['p-sano'],
  },
  {
    id: 's-committees',
    kind: 'other',
    day: '2024-11-19',
    start: '15:00',
    minutes: 90,
    room: 'room-meeting-1',
    title: t(
      'Réunion conjointe des comités de pilotage',
      '日仏実行委員会合同会議',
      'Joint meeting of the steering committees',
    ),
    description: t(
      'Derniers ajustements du programme et relecture du projet de déclaration finale.',
      'プログラムの最終調整と共同宣言案の確認。',
    ),
    moderators: ['p-dubois', 'p-mochizuki'],
  },
  {
    id: 's-opening-ceremony',
    kind: 'ceremony',
    day: '2024-11-20',
    start: '09:30',
    minutes: 30,
    room: 'room-kaze',
    title: t("Cérémonie d'ouverture", '開会式', 'Opening ceremony'),
    description: t(
      'Allocutions de bienvenue de la Ville de Shizuoka et de la présidente du comité de pilotage français.',
      '静岡市およびフランス側実行委員会委員長による歓迎挨拶。',
    ),
    speakers: ['p-mochizuki', 'p-dubois'],
    confirmed: true,
  },
  {
    id: 's-opening-plenary',
    kind: 'plenary',
    day: '2024-11-20',
    start: '10:00',
    minutes: 120,
    room: 'room-kaze',
    title: t(
      "Séance plénière d'ouverture : le thème général",
      '全体会議：全体テーマ',
      'Opening plenary: the global theme',
    ),
    description: t(
      "Conférence introductive sur le thème général, suivie d'une table ronde réunissant des élus français et japonais.",
      '全体テーマに関する基調講演に続き、日仏の首長・議員によるパネルディスカッションを行う。',
    ),
    theme: 'theme-global',
    speakers: ['p-masuda', 'p-dubois', 'p-mochizuki'],
    moderators: ['p-ishikawa'],
    confirmed: true,
  },
  {
    id: 's-lunch-20',
    kind: 'break',
    day: '2024-11-20',
    start: '12:00',
    minutes: 90,
    room: 'all',
    title: t('Déjeuner', '昼食', 'Lunch'),
  },
  {
    id: 's-workshop-1',
    kind: 'workshop',
    day: '2024-11-20',
    start: '13:30',
    minutes: 150,
    room: 'room-kaze',
    title: t(
      'Atelier 1 : prévention des risques et gestion de crise',
      '第1分科会：防災と危機管理',
      'Workshop 1: disaster risk reduction',
    ),
    description: t(
      "Retours d'expérience croisés sur la préparation aux catastrophes naturelles.",
      '自然災害への備えに関する日仏の経験を共有する。',
    ),
    theme: 'theme-disaster',
    speakers: ['p-sugiyama', 'p-girard'],
    moderators: ['p-ishikawa'],
  },
  {
    id: 's-workshop-2',
    kind: 'workshop',
    day: '2024-11-20',
    start: '13:30',
    minutes: 150,
    room: 'room-meeting-1',
    title: t(
      'Atelier 2 : jeunesse et mobilité internationale',
      '第2分科会：青少年の国際交流',
      'Workshop 2: youth and international mobility',
    ),
    description: t(
      "Comment offrir à chaque jeune l'occasion d'une expérience à l'étranger ?",
      'すべての若者に海外経験の機会をどう提供するか。',
    ),
    theme: 'theme-youth',
    speakers: ['p-watanabe', 'p-moreau'],
    moderators: ['p-laurent'],
  },
  {
    id: 's-workshop-3',
    kind: 'workshop',
    day: '2024-11-20',
    start: '13:30',
    minutes: 150,
    room: 'room-meeting-2',
    title: t(
      'Atelier 3 : tourisme durable et culture',
      '第3分科会：持続可能な観光と文化',
      'Workshop 3: sustainable tourism and culture',
    ),
    description: t(
      'Concilier attractivité touristique et qualité de vie des habitants.',
      '観光振興と住民の暮らしの質をいかに両立させるか。',
    ),
    theme: 'theme-tourism',
    speakers: ['p-sano', 'p-lefevre', 'p-yamada'],
    moderators: ['p-bernard'],
  },
  {
    id: 's-break-20',
    kind: 'break',
    day: '2024-11-20',
    start: '16:00',
    minutes: 20,
    room: 'room-koryu',
    title: t('Pause café', 'コーヒーブレイク', 'Coffee break'),
  },
  {
    id: 's-reception',
    kind: 'reception',
    interpretation: 'consecutive',
    day: '2024-11-20',
    start: '18:30',
    minutes: 120,
    room: 'room-koryu',
    title: t(
      'Réception officielle offerte par la Ville de Shizuoka',
      '静岡市主催歓迎レセプション',
      'Official reception hosted by Shizuoka City',
    ),
    description: t(
      'Spécialités locales et démonstration de cérémonie du thé.',
      '地元の名産品と茶道の実演でおもてなし。',
    ),
    speakers: ['p-mochizuki'],
  },
  {
    id: 's-reports',
    kind: 'plenary',
    day: '2024-11-21',
    start: '09:30',
    minutes: 90,
    room: 'room-kaze',
    title: t(
      'Séance plénière : restitution des ateliers',
      '全体会議：分科会報告',
      'Plenary: workshop reports',
    ),
    description: t(
      'Les modérateurs des trois ateliers présentent leurs conclusions.',
      '各分科会のコーディネーターが議論の成果を報告する。',
    ),
    speakers: ['p-ishikawa', 'p-laurent', 'p-bernard'],
    moderators: ['p-dubois'],
  },
  {
    id: 's-break-21',
    kind: 'break',
    day: '2024-11-21',
    start: '11:00',
    minutes: 15,
    room: 'room-koryu',
    title: t('Pause', '休憩', 'Break'),
  },
  {
    id: 's-closing',
    kind: 'ceremony',
    day: '2024-11-21',
    start: '11:15',
    minutes: 60,
    room: 'room-kaze',
    title: t(
      'Cérémonie de clôture et adoption de la déclaration finale',
      '閉会式・共同宣言の採択',
      'Closing ceremony and adoption of the final declaration',
    ),
    // Left untranslated on purpose: the draft shows a missing translation.
    description: t(
      'Lecture et adoption de la déclaration finale, puis annonce de la ville hôte des 9es Rencontres.',
      '',
    ),
    speakers: ['p-dubois', 'p-mochizuki'],
  },
  {
    id: 's-farewell-lunch',
    kind: 'reception',
    interpretation: 'consecutive',
    day: '2024-11-21',
    start: '12:30',
    minutes: 90,
    room: 'room-koryu',
    title: t('Déjeuner de clôture', '昼食交流会', 'Farewell lunch'),
  },
]
