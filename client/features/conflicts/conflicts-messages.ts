import type { Lang, TextPath } from '../../../shared/doc/edition'
import type { CataloguePart } from '../../lib/i18n/catalogue'
import { plural } from '../../lib/i18n/plural'

/** A localized field of the edition, as `collection.field`: `sessions.title`. */
export type TextKey = {
  [P in TextPath as P['collection']]: `${P['collection']}.${P['field']}`
}[TextPath['collection']]

const FR_LANGS: Record<Lang, string> = { fr: 'français', ja: 'japonais', en: 'anglais' }
const JA_LANGS: Record<Lang, string> = { fr: 'フランス語', ja: '日本語', en: '英語' }
const EN_LANGS: Record<Lang, string> = { fr: 'French', ja: 'Japanese', en: 'English' }

/** The French words: the shape the other languages fill. */
const conflictsFr = {
  /** The edition's tab. */
  tab: 'Conflits',
  intro:
    'Ce qui reste à régler dans le programme : salles et intervenants pris deux fois, séances hors des dates ou des horaires, interprétation sans cabines, textes à traduire. Chaque lien ouvre la séance sur le champ concerné.',
  /** The overview's count of conflicts, a link to the list. */
  count: (n: number) => (n === 0 ? 'Aucun conflit' : plural('fr', n, '1 conflit', `${n} conflits`)),
  /** Said when the list is empty. */
  none: 'Rien à signaler : aucun conflit, tous les textes sont traduits.',
  /** The list's live summary. */
  summary: (conflicts: number, texts: number, others: number) =>
    [
      plural('fr', conflicts, '1 conflit', `${conflicts} conflits`),
      plural('fr', texts, '1 texte à traduire', `${texts} textes à traduire`),
      ...(others > 0
        ? [plural('fr', others, '1 séance non placée', `${others} séances non placées`)]
        : []),
    ].join(', '),
  /** Said above a list filtered to one kind, with the way back to all. */
  onlyKind: (kind: string) => `Seulement : ${kind}.`,
  showAll: 'Voir tous les conflits',
  /** Each warning in a few words, on its session's card. */
  short: {
    room_double_booked: 'Salle occupée deux fois',
    person_double_booked: 'Intervenant pris ailleurs',
    outside_edition_dates: 'Hors des dates',
    outside_day_bounds: 'Hors des horaires',
    missing_translation: 'À traduire',
    edition_dates_inconsistent: 'Dates incohérentes',
    collectivite_kind_mismatch: 'Type inconnu',
    unplaced_session: 'Non placée',
    interpretation_without_booths: 'Pas de cabines',
    room_over_capacity: 'Salle trop petite',
    person_without_function: 'Fonction manquante',
  },
  /** A card's further warnings, beyond the first one shown. */
  more: (n: number) => `+${n}`,
  /** A double booked room: which, and when; the two sessions follow. */
  roomBooked: (room: string, when: string) => `${room}, ${when} :`,
  /** A person in two places: who, and when; the two sessions follow. */
  personBooked: (person: string, when: string) => `${person}, ${when}, dans deux séances :`,
  /** Between the two sessions of a double booking. */
  and: 'et',
  outsideDates: (day: string, dates: string) =>
    `Le ${day}, hors des dates de l’édition (${dates}) :`,
  outsideHours: (times: string, hours: string) =>
    `${times}, hors des horaires de la journée (${hours}) :`,
  noBooths: (room: string) => `Interprétation simultanée sans cabines (${room}) :`,
  overCapacity: (delegates: number, capacity: number, room: string) =>
    `${delegates} inscrits pour ${capacity} places (${room}) :`,
  noFunction: (person: string, missing: string) => `${person} — fonction en ${missing} manquante`,
  unplaced: 'Sans jour, heure ou salle :',
  kindMismatch: (collectivite: string) =>
    `${collectivite} : type de collectivité inconnu dans ce pays`,
  /** "Description de la séance « Clôture » — japonais manquant". */
  untranslated: (what: string, name: string, missing: string) =>
    name ? `${what} « ${name} » — ${missing}` : `${what} — ${missing}`,
  /** The languages a text lacks. */
  missing: (langs: readonly Lang[]) => {
    const names = langs.map((lang: Lang) => FR_LANGS[lang])
    return plural(
      'fr',
      names.length,
      `${names[0] ?? ''} manquant`,
      `${names.join(' et ')} manquants`,
    )
  },
  /** Each localized field of the edition, named with what it belongs to. */
  text: {
    'meta.title': 'Titre de l’édition',
    'meta.hostCity': 'Ville hôte',
    'meta.venue': 'Lieu de l’édition',
    'days.label': 'Intitulé du jour',
    'venues.name': 'Nom du site',
    'venues.address': 'Adresse du site',
    'rooms.name': 'Nom de la salle',
    'themes.title': 'Titre du thème',
    'themes.description': 'Description du thème',
    'sessions.title': 'Titre de la séance',
    'sessions.description': 'Description de la séance',
    'persons.name': 'Nom de la personne',
    'persons.role': 'Fonction de la personne',
    'collectivites.name': 'Nom de la collectivité',
    'meetings.place': 'Lieu de la réunion',
    'meetings.agenda': 'Ordre du jour de la réunion',
    'meetings.event': 'Événement de la réunion',
    'meta.letter': 'Lettre d’invitation',
    'meta.letterPlace': 'Lieu de la lettre',
    'meta.formReturn': 'Retour du bulletin',
    'proposals.title': 'Titre de la proposition d’atelier',
    'proposals.description': 'Description de la proposition d’atelier',
  },
  /** A link to the tab where a warning is set right. */
  openTab: (tab: string) => `Ouvrir l’onglet ${tab}`,
  untitled: 'sans titre',
  /** The session editor's button to the field a warning is about. */
  goToField: (field: string) => `Aller au champ : ${field}`,
  /** Said to a screen reader after a card's time and title. */
  cardWarnings: (warnings: string) => `Attention : ${warnings}`,
}

/** The strings of the conflicts view, of its count in the overview and of the warnings on cards. */
export type ConflictsMessages = typeof conflictsFr

export const conflictsMessages: CataloguePart<ConflictsMessages> = {
  fr: conflictsFr,
  ja: {
    tab: '要確認',
    intro:
      'プログラムでまだ解決が必要な点：会場や登壇者の重複、会期・時間外のセッション、ブースのない同時通訳、未翻訳のテキスト。各リンクは該当する項目を開きます。',
    count: (n) => (n === 0 ? '要確認の問題なし' : `要確認 ${n}件`),
    none: '問題はありません。重複はなく、すべて翻訳済みです。',
    summary: (conflicts, texts, others) =>
      [
        `要確認 ${conflicts}件`,
        `未翻訳のテキスト ${texts}件`,
        ...(others > 0 ? [`未配置のセッション ${others}件`] : []),
      ].join('、'),
    onlyKind: (kind) => `表示中：${kind}のみ`,
    showAll: 'すべての要確認事項を表示',
    short: {
      room_double_booked: '会場の重複予約',
      person_double_booked: '登壇者の重複',
      outside_edition_dates: '会期外',
      outside_day_bounds: '時間外',
      missing_translation: '未翻訳',
      edition_dates_inconsistent: '日程の不整合',
      collectivite_kind_mismatch: '種別不明',
      unplaced_session: '未配置',
      interpretation_without_booths: '通訳ブースなし',
      room_over_capacity: '定員超過',
      person_without_function: '肩書き未入力',
    },
    more: (n) => `ほか${n}件`,
    roomBooked: (room, when) => `${room}、${when}：`,
    personBooked: (person, when) => `${person}、${when}、2つのセッションに重複：`,
    and: 'と',
    outsideDates: (day, dates) => `${day}、会期（${dates}）外：`,
    outsideHours: (times, hours) => `${times}、その日の時間帯（${hours}）外：`,
    noBooths: (room) => `通訳ブースのない会場での同時通訳（${room}）：`,
    overCapacity: (delegates, capacity, room) =>
      `定員${capacity}名に対し登録者${delegates}名（${room}）：`,
    noFunction: (person, missing) => `${person} — ${missing}の肩書きが未入力`,
    unplaced: '日時・会場が未定：',
    kindMismatch: (collectivite) => `${collectivite}：この国にない自治体の種別`,
    untranslated: (what, name, missing) =>
      name ? `${what}「${name}」— ${missing}` : `${what} — ${missing}`,
    missing: (langs) => `${langs.map((lang) => JA_LANGS[lang]).join('・')}が未入力`,
    text: {
      'meta.title': '回のタイトル',
      'meta.hostCity': '開催都市',
      'meta.venue': '開催会場',
      'days.label': '日のラベル',
      'venues.name': '会場名',
      'venues.address': '会場の住所',
      'rooms.name': '会議室名',
      'themes.title': 'テーマのタイトル',
      'themes.description': 'テーマの説明',
      'sessions.title': 'セッションのタイトル',
      'sessions.description': 'セッションの説明',
      'persons.name': '氏名',
      'persons.role': '肩書き',
      'collectivites.name': '自治体名',
      'meetings.place': '会合の場所',
      'meetings.agenda': '会合の議題',
      'meetings.event': '会合の関連行事',
      'meta.letter': '案内状',
      'meta.letterPlace': '案内状の発信地',
      'meta.formReturn': '申込書の返送先',
      'proposals.title': '分科会提案のタイトル',
      'proposals.description': '分科会提案の説明',
    },
    openTab: (tab) => `「${tab}」タブを開く`,
    untitled: '無題',
    goToField: (field) => `項目へ移動：${field}`,
    cardWarnings: (warnings) => `注意：${warnings}`,
  },
  en: {
    tab: 'Conflicts',
    intro:
      'What is left to settle in the programme: rooms and speakers booked twice, sessions outside the dates or hours, interpretation without booths, texts to translate. Each link opens the session at the field concerned.',
    count: (n) => (n === 0 ? 'No conflicts' : plural('en', n, '1 conflict', `${n} conflicts`)),
    none: 'Nothing to report: no conflicts, every text is translated.',
    summary: (conflicts, texts, others) =>
      [
        plural('en', conflicts, '1 conflict', `${conflicts} conflicts`),
        plural('en', texts, '1 text to translate', `${texts} texts to translate`),
        ...(others > 0
          ? [plural('en', others, '1 session not placed', `${others} sessions not placed`)]
          : []),
      ].join(', '),
    onlyKind: (kind) => `Only: ${kind}.`,
    showAll: 'Show every conflict',
    short: {
      room_double_booked: 'Room booked twice',
      person_double_booked: 'Speaker elsewhere',
      outside_edition_dates: 'Outside the dates',
      outside_day_bounds: 'Outside the hours',
      missing_translation: 'To translate',
      edition_dates_inconsistent: 'Dates inconsistent',
      collectivite_kind_mismatch: 'Unknown kind',
      unplaced_session: 'Not placed',
      interpretation_without_booths: 'No booths',
      room_over_capacity: 'Room too small',
      person_without_function: 'Function missing',
    },
    more: (n) => `+${n}`,
    roomBooked: (room, when) => `${room}, ${when}:`,
    personBooked: (person, when) => `${person}, ${when}, in two sessions:`,
    and: 'and',
    outsideDates: (day, dates) => `On ${day}, outside the edition’s dates (${dates}):`,
    outsideHours: (times, hours) => `${times}, outside the day’s hours (${hours}):`,
    noBooths: (room) => `Simultaneous interpretation without booths (${room}):`,
    overCapacity: (delegates, capacity, room) =>
      `${delegates} registered for ${capacity} seats (${room}):`,
    noFunction: (person, missing) => `${person} — function in ${missing} missing`,
    unplaced: 'No day, time or room:',
    kindMismatch: (collectivite) =>
      `${collectivite}: a kind of local authority unknown in its country`,
    untranslated: (what, name, missing) =>
      name ? `${what} “${name}” — ${missing}` : `${what} — ${missing}`,
    missing: (langs) => `${langs.map((lang) => EN_LANGS[lang]).join(' and ')} missing`,
    text: {
      'meta.title': 'Title of the edition',
      'meta.hostCity': 'Host city',
      'meta.venue': 'Venue of the edition',
      'days.label': 'Label of the day',
      'venues.name': 'Name of the venue',
      'venues.address': 'Address of the venue',
      'rooms.name': 'Name of the room',
      'themes.title': 'Title of the theme',
      'themes.description': 'Description of the theme',
      'sessions.title': 'Title of the session',
      'sessions.description': 'Description of the session',
      'persons.name': 'Name of the person',
      'persons.role': 'Function of the person',
      'collectivites.name': 'Name of the local authority',
      'meetings.place': 'Place of the meeting',
      'meetings.agenda': 'Agenda of the meeting',
      'meetings.event': 'Event of the meeting',
      'meta.letter': 'Invitation letter',
      'meta.letterPlace': 'Place of the letter',
      'meta.formReturn': 'Return of the form',
      'proposals.title': 'Title of the workshop proposal',
      'proposals.description': 'Description of the workshop proposal',
    },
    openTab: (tab) => `Open the ${tab} tab`,
    untitled: 'untitled',
    goToField: (field) => `Go to the field: ${field}`,
    cardWarnings: (warnings) => `Warning: ${warnings}`,
  },
}
