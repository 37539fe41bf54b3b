import type { Country, EditionStatus } from '../../../shared/doc/edition'
import type { CataloguePart } from '../../lib/i18n/catalogue'
import { plural } from '../../lib/i18n/plural'

/** The strings of the details view: the edition's fields, its dates and its days. */
export interface DetailsMessages {
  /** The edition's tab. */
  tab: string
  title: string
  intro: string
  number: string
  numberInvalid: string
  /** The year of an edition whose dates are not set. */
  year: string
  yearInvalid: string
  /** The participation figures of the invitation letters: null reads as unknown. */
  participation: string
  participationHint: string
  participants: string
  collectivitesFR: string
  collectivitesJP: string
  countInvalid: string
  editionTitle: string
  hostCity: string
  hostCountry: string
  countries: Record<Country, string>
  /** The venue line printed on the programme. */
  venue: string
  venueHint: string
  timeZone: string
  timeZoneHint: string
  globalTheme: string
  noGlobalTheme: string
  untitledTheme: string
  status: string
  statuses: Record<EditionStatus, string>
  statusHint: Record<EditionStatus, string>
  archiveQuestion: string
  archiveConfirm: string
  cancel: string
  dates: string
  firstDay: string
  lastDay: string
  saveDates: string
  /** A change of dates refused: what is wrong with them (from the edition's words), then that nothing changed. */
  datesRefused: (problem: string) => string
  /** Sessions the dates being chosen would leave outside the edition. */
  outsideBefore: (count: number) => string
  /** Sessions outside the edition's dates as they stand. */
  outsideAfter: (count: number) => string
  untitledSession: string
  days: string
  daysIntro: string
  noDays: string
  dayStart: string
  dayEnd: string
  dayLabel: string
  ownBounds: string
  defaultBounds: string
  resetDay: string
  resetQuestion: string
  resetConfirm: string
  dayEndBeforeStart: string
}

export const detailsMessages: CataloguePart<DetailsMessages> = {
  fr: {
    tab: 'Détails',
    title: "Détails de l'édition",
    intro:
      "Ce que l'invitation, le programme imprimé et la page publique disent de l'édition. Chaque modification est partagée aussitôt.",
    number: 'Numéro',
    numberInvalid: 'Le numéro est un nombre entier de 1 à 999 : il n’a pas été changé.',
    year: 'Année',
    yearInvalid: 'L’année est un nombre entier de 2000 à 2200 : elle n’a pas été changée.',
    participation: 'Participation',
    participationHint: 'Laissez vide un chiffre encore inconnu.',
    participants: 'Participants',
    collectivitesFR: 'Collectivités françaises',
    collectivitesJP: 'Collectivités japonaises',
    countInvalid: 'Un nombre entier, zéro ou plus, ou rien : il n’a pas été changé.',
    editionTitle: "Titre de l'édition",
    hostCity: 'Ville hôte',
    hostCountry: 'Pays hôte',
    countries: { FR: 'France', JP: 'Japon' },
    venue: 'Lieu',
    venueHint: 'La ligne du lieu telle que le programme l’imprime.',
    timeZone: 'Fuseau horaire',
    timeZoneHint: 'Les horaires du programme sont ceux de ce fuseau.',
    globalTheme: 'Thème général',
    noGlobalTheme: '— aucun —',
    untitledTheme: '(thème sans titre)',
    status: 'Statut',
    statuses: { draft: 'Brouillon', published: 'Publiée', archived: 'Archivée' },
    statusHint: {
      draft: 'En préparation.',
      published: 'Un programme officiel est public ; les modifications continuent.',
      archived: 'Archive en lecture seule.',
    },
    archiveQuestion:
      "Archiver l'édition ? Elle passera en lecture seule : plus personne ne pourra la modifier.",
    archiveConfirm: 'Archiver',
    cancel: 'Annuler',
    dates: 'Dates',
    firstDay: 'Premier jour',
    lastDay: 'Dernier jour',
    saveDates: 'Enregistrer les dates',
    datesRefused: (problem) => `${problem} Les dates n’ont pas été changées.`,
    outsideBefore: (count) =>
      `Avec ces dates, ${count} ${plural('fr', count, 'séance tomberait', 'séances tomberaient')} hors de l'édition. Rien n'est supprimé : ${plural('fr', count, 'elle reste', 'elles restent')} au programme sous ${plural('fr', count, 'son', 'leur')} propre jour, ${plural('fr', count, 'signalée', 'signalées')}.`,
    outsideAfter: (count) =>
      `${count} ${plural('fr', count, 'séance a lieu', 'séances ont lieu')} hors des dates de l'édition. ${plural('fr', count, 'Elle reste', 'Elles restent')} au programme sous ${plural('fr', count, 'son', 'leur')} propre jour, ${plural('fr', count, 'signalée', 'signalées')}.`,
    untitledSession: '(séance sans titre)',
    days: 'Jours',
    daysIntro:
      'Les heures de chaque jour bornent sa grille ; un libellé le nomme dans le programme (« Journée de visites »).',
    noDays: 'Indiquez le premier et le dernier jour : leurs jours apparaîtront ici.',
    dayStart: 'Début',
    dayEnd: 'Fin',
    dayLabel: 'Libellé du jour',
    ownBounds: 'heures propres',
    defaultBounds: 'heures par défaut',
    resetDay: 'Réinitialiser',
    resetQuestion: 'Rendre à ce jour les heures par défaut et effacer son libellé ?',
    resetConfirm: 'Effacer',
    dayEndBeforeStart: 'La fin précède le début : les heures n’ont pas été changées.',
  },
  ja: {
    tab: '詳細',
    title: '開催概要',
    intro:
      '案内状、印刷用プログラム、公開ページに載る開催情報です。変更はすぐに全員に共有されます。',
    number: '回',
    numberInvalid: '回は1から999までの整数で入力してください。変更されていません。',
    year: '開催年',
    yearInvalid: '開催年は2000から2200までの整数で入力してください。変更されていません。',
    participation: '参加状況',
    participationHint: '未確定の数は空欄のままにしてください。',
    participants: '参加者数',
    collectivitesFR: 'フランス側の自治体数',
    collectivitesJP: '日本側の自治体数',
    countInvalid: '0以上の整数を入力するか、空欄にしてください。変更されていません。',
    editionTitle: '名称',
    hostCity: '開催都市',
    hostCountry: '開催国',
    countries: { FR: 'フランス', JP: '日本' },
    venue: '会場',
    venueHint: 'プログラムに印刷される会場の表記です。',
    timeZone: 'タイムゾーン',
    timeZoneHint: 'プログラムの時刻はこのタイムゾーンで表示されます。',
    globalTheme: '全体テーマ',
    noGlobalTheme: '（未設定）',
    untitledTheme: '（無題のテーマ）',
    status: '状態',
    statuses: { draft: '準備中', published: '公開中', archived: 'アーカイブ' },
    statusHint: {
      draft: '準備中です。',
      published: '正式なプログラムが公開されています。編集は引き続き可能です。',
      archived: '閲覧専用の記録です。',
    },
    archiveQuestion:
      'この回をアーカイブしますか？アーカイブすると閲覧専用となり、誰も編集できなくなります。',
    archiveConfirm: 'アーカイブする',
    cancel: 'キャンセル',
    dates: '会期',
    firstDay: '初日',
    lastDay: '最終日',
    saveDates: '会期を保存',
    datesRefused: (problem) => `${problem}会期は変更されていません。`,
    outsideBefore: (count) =>
      `この会期にすると、${count}件のセッションが会期外になります。セッションは削除されず、元の日付のまま、印を付けてプログラムに残ります。`,
    outsideAfter: (count) =>
      `${count}件のセッションが会期外にあります。元の日付のまま、印を付けてプログラムに残っています。`,
    untitledSession: '（無題のセッション）',
    days: '日程',
    daysIntro:
      '各日の開始・終了時刻がその日のグリッドの範囲になります。名称（「視察日」など）はプログラムに表示されます。',
    noDays: '初日と最終日を設定すると、各日がここに表示されます。',
    dayStart: '開始',
    dayEnd: '終了',
    dayLabel: 'この日の名称',
    ownBounds: '個別設定',
    defaultBounds: '既定の時刻',
    resetDay: 'リセット',
    resetQuestion: 'この日の時刻を既定に戻し、名称を消去しますか？',
    resetConfirm: '消去する',
    dayEndBeforeStart: '終了が開始より前になっています。時刻は変更されていません。',
  },
  en: {
    tab: 'Details',
    title: 'Edition details',
    intro:
      'What the invitation, the printed programme and the public page say of the edition. Every change is shared at once.',
    number: 'Number',
    numberInvalid: 'The number is a whole number from 1 to 999: it was not changed.',
    year: 'Year',
    yearInvalid: 'The year is a whole number from 2000 to 2200: it was not changed.',
    participation: 'Participation',
    participationHint: 'Leave a figure empty while it is not known.',
    participants: 'Participants',
    collectivitesFR: 'French local authorities',
    collectivitesJP: 'Japanese local authorities',
    countInvalid: 'A whole number, zero or more, or nothing: it was not changed.',
    editionTitle: 'Title of the edition',
    hostCity: 'Host city',
    hostCountry: 'Host country',
    countries: { FR: 'France', JP: 'Japan' },
    venue: 'Venue',
    venueHint: 'The venue line as the programme prints it.',
    timeZone: 'Time zone',
    timeZoneHint: "The programme's times are those of this zone.",
    globalTheme: 'Global theme',
    noGlobalTheme: '— none —',
    untitledTheme: '(untitled theme)',
    status: 'Status',
    statuses: { draft: 'Draft', published: 'Published', archived: 'Archived' },
    statusHint: {
      draft: 'Being prepared.',
      published: 'An official programme is public; editing goes on.',
      archived: 'A read-only record.',
    },
    archiveQuestion: 'Archive the edition? It becomes read-only: nobody will be able to change it.',
    archiveConfirm: 'Archive',
    cancel: 'Cancel',
    dates: 'Dates',
    firstDay: 'First day',
    lastDay: 'Last day',
    saveDates: 'Save the dates',
    datesRefused: (problem) => `${problem} The dates were not changed.`,
    outsideBefore: (count) =>
      `With these dates, ${count} ${plural('en', count, 'session falls', 'sessions fall')} outside the edition. Nothing is deleted: ${plural('en', count, 'it stays', 'they stay')} on the programme under ${plural('en', count, 'its', 'their')} own day, marked.`,
    outsideAfter: (count) =>
      `${count} ${plural('en', count, 'session is', 'sessions are')} outside the edition's dates. ${plural('en', count, 'It stays', 'They stay')} on the programme under ${plural('en', count, 'its', 'their')} own day, marked.`,
    untitledSession: '(untitled session)',
    days: 'Days',
    daysIntro: 'Each day\'s hours bound its grid; a label names it in the programme ("Visit day").',
    noDays: 'Set the first and last day: their days will show here.',
    dayStart: 'Start',
    dayEnd: 'End',
    dayLabel: 'Label of the day',
    ownBounds: 'own hours',
    defaultBounds: 'default hours',
    resetDay: 'Reset',
    resetQuestion: 'Give this day the default hours again and clear its label?',
    resetConfirm: 'Clear',
    dayEndBeforeStart: 'The end comes before the start: the hours were not changed.',
  },
}
