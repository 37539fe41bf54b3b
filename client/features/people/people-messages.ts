import type { CataloguePart } from '../../lib/i18n/catalogue'
import { plural } from '../../lib/i18n/plural'

/** The French words: the shape the other languages fill. */
const peopleFr = {
  /** The edition's tab. */
  tab: 'Personnes',
  intro:
    'Les intervenants, modérateurs, rapporteurs et grands témoins des séances, avec leur fonction et leur collectivité.',
  search: 'Rechercher une personne',
  searchHint: 'Nom en français ou en japonais, lecture en kana, fonction ou collectivité.',
  /** How many people the search shows, of how many. */
  shown: (shown: number, total: number) =>
    shown === total
      ? `${total} personne${plural('fr', total, '', 's')}`
      : `${shown} sur ${total} personne${plural('fr', total, '', 's')}`,
  none: 'Aucune personne pour l’instant.',
  noMatch: 'Personne ne correspond à cette recherche.',
  add: 'Ajouter une personne',
  addTitle: 'Nouvelle personne',
  nameFr: 'Nom (français)',
  nameJa: 'Nom (japonais)',
  /** The kana reading of a name in kanji. */
  reading: 'Lecture en kana',
  readingHint: 'Pour un nom en kanji, par exemple すずき たろう.',
  roleFr: 'Fonction (français)',
  roleJa: 'Fonction (japonais)',
  collectivite: 'Collectivité',
  noCollectivite: 'Aucune collectivité',
  create: 'Ajouter',
  cancel: 'Annuler',
  needName: 'Donnez au moins le nom en français ou en japonais.',
  /** The button that opens a person's fields; `edit` names the person for screen readers. */
  editButton: 'Modifier',
  edit: (name: string) => `Modifier ${name}`,
  close: 'Fermer',
  name: 'Nom',
  /** The person's function, in every language. */
  role: 'Fonction',
  sessions: 'Séances',
  noSessions: 'Dans aucune séance.',
  unplaced: 'Non placée',
  roles: {
    moderator: 'Modération',
    speaker: 'Intervenant',
    rapporteur: 'Rapporteur',
    witness: 'Grand témoin',
  },
  delete: 'Supprimer',
  /** Asked before deleting a person who is in `sessions` sessions. */
  confirmDelete: (name: string, sessions: number) =>
    sessions === 0
      ? `Supprimer ${name} ?`
      : `Supprimer ${name} ? Cette personne sera retirée de ${plural('fr', sessions, 'la séance', `ses ${sessions} séances`)}.`,
  confirm: 'Supprimer',
  unnamed: 'Sans nom',
}

/** The strings of the people view. */
export type PeopleMessages = typeof peopleFr

export const peopleMessages: CataloguePart<PeopleMessages> = {
  fr: peopleFr,
  ja: {
    tab: '人物',
    intro: 'セッションの登壇者・司会・報告者・講評者。役職と所属自治体も管理します。',
    search: '人物を検索',
    searchHint: '氏名（日本語・フランス語）、よみがな、役職、自治体名で検索できます。',
    shown: (shown, total) => (shown === total ? `${total}名` : `全${total}名中${shown}名を表示`),
    none: 'まだ人物が登録されていません。',
    noMatch: '該当する人物はいません。',
    add: '人物を追加',
    addTitle: '新しい人物',
    nameFr: '氏名（フランス語）',
    nameJa: '氏名（日本語）',
    reading: 'よみがな',
    readingHint: '漢字の氏名の読み方（例：すずき たろう）。',
    roleFr: '役職（フランス語）',
    roleJa: '役職（日本語）',
    collectivite: '所属自治体',
    noCollectivite: '所属なし',
    create: '追加',
    cancel: 'キャンセル',
    needName: '日本語またはフランス語の氏名を入力してください。',
    editButton: '編集',
    edit: (name) => `${name}を編集`,
    close: '閉じる',
    name: '氏名',
    role: '役職',
    sessions: 'セッション',
    noSessions: 'どのセッションにも入っていません。',
    unplaced: '未配置',
    roles: {
      moderator: '司会',
      speaker: '登壇者',
      rapporteur: '報告者',
      witness: '講評者',
    },
    delete: '削除',
    confirmDelete: (name, sessions) =>
      sessions === 0
        ? `${name}を削除しますか？`
        : `${name}を削除しますか？参加している${sessions}件のセッションからも外れます。`,
    confirm: '削除する',
    unnamed: '氏名未入力',
  },
  en: {
    tab: 'People',
    intro:
      'The speakers, moderators, rapporteurs and key witnesses of the sessions, with their function and local authority.',
    search: 'Search people',
    searchHint: 'Name in French or Japanese, kana reading, function or local authority.',
    shown: (shown, total) =>
      shown === total
        ? `${total} ${plural('en', total, 'person', 'people')}`
        : `${shown} of ${total} ${plural('en', total, 'person', 'people')}`,
    none: 'No one yet.',
    noMatch: 'No one matches this search.',
    add: 'Add a person',
    addTitle: 'New person',
    nameFr: 'Name (French)',
    nameJa: 'Name (Japanese)',
    reading: 'Kana reading',
    readingHint: 'For a name in kanji, e.g. すずき たろう.',
    roleFr: 'Function (French)',
    roleJa: 'Function (Japanese)',
    collectivite: 'Local authority',
    noCollectivite: 'No local authority',
    create: 'Add',
    cancel: 'Cancel',
    needName: 'Give at least the French or the Japanese name.',
    editButton: 'Edit',
    edit: (name) => `Edit ${name}`,
    close: 'Close',
    name: 'Name',
    role: 'Function',
    sessions: 'Sessions',
    noSessions: 'In no session.',
    unplaced: 'Unplaced',
    roles: {
      moderator: 'Moderator',
      speaker: 'Speaker',
      rapporteur: 'Rapporteur',
      witness: 'Key witness',
    },
    delete: 'Delete',
    confirmDelete: (name, sessions) =>
      sessions === 0
        ? `Delete ${name}?`
        : `Delete ${name}? They will be taken off ${plural('en', sessions, 'their session', `their ${sessions} sessions`)}.`,
    confirm: 'Delete',
    unnamed: 'Unnamed',
  },
}
