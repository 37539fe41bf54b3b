import type { CataloguePart } from '../../lib/i18n/catalogue'

/** The French words: the shape the other languages fill. */
const personPickerFr = {
  /** Under the picker's field: what it finds people by. */
  hint: 'Quelques lettres du nom, en français ou en japonais, ou de sa lecture en kana.',
  /** The list of matches, for a screen reader. */
  matches: 'Personnes trouvées',
  /** The last choice of the list: a new person named as typed. */
  create: (typed: string) => `Créer « ${typed} »`,
  newPerson: 'Nouvelle personne',
  nameFr: 'Nom (lettres latines)',
  nameJa: 'Nom (kanji ou kana)',
  reading: 'Lecture (kana)',
  roleFr: 'Fonction (français)',
  roleJa: 'Fonction (japonais)',
  collectivite: 'Collectivité',
  noCollectivite: 'Aucune collectivité',
  newCollectivite: 'Nouvelle collectivité…',
  /** The legend of the new collectivité's fields. */
  newCollectiviteTitle: 'Nouvelle collectivité',
  collectiviteNameFr: 'Nom (français)',
  collectiviteNameJa: 'Nom (japonais)',
  country: 'Pays',
  kind: 'Type de collectivité',
  submit: 'Créer et ajouter',
  cancel: 'Annuler',
  needName: 'Donnez au moins le nom en lettres latines ou en japonais.',
  needCollectiviteName: 'Donnez le nom de la collectivité en français ou en japonais.',
  refused: (reason: string) => `Création refusée : ${reason}`,
}

/** The strings of the person picker and of the small form that creates a person on the spot. */
export type PersonPickerMessages = typeof personPickerFr

export const personPickerMessages: CataloguePart<PersonPickerMessages> = {
  fr: personPickerFr,
  ja: {
    hint: '氏名（日本語・フランス語）やよみがなの一部を入力してください。',
    matches: '該当する人物',
    create: (typed) => `「${typed}」を新規登録`,
    newPerson: '新しい人物',
    nameFr: '氏名（ローマ字）',
    nameJa: '氏名（漢字・かな）',
    reading: 'よみがな',
    roleFr: '役職（フランス語）',
    roleJa: '役職（日本語）',
    collectivite: '所属自治体',
    noCollectivite: '所属なし',
    newCollectivite: '新しい自治体…',
    newCollectiviteTitle: '新しい自治体',
    collectiviteNameFr: '自治体名（フランス語）',
    collectiviteNameJa: '自治体名（日本語）',
    country: '国',
    kind: '自治体の種別',
    submit: '登録して追加',
    cancel: 'キャンセル',
    needName: 'ローマ字または日本語の氏名を入力してください。',
    needCollectiviteName: '自治体名を日本語またはフランス語で入力してください。',
    refused: (reason) => `登録できませんでした：${reason}`,
  },
  en: {
    hint: 'A few letters of the name, in French or Japanese, or of its kana reading.',
    matches: 'People found',
    create: (typed) => `Create “${typed}”`,
    newPerson: 'New person',
    nameFr: 'Name (Latin letters)',
    nameJa: 'Name (kanji or kana)',
    reading: 'Reading (kana)',
    roleFr: 'Function (French)',
    roleJa: 'Function (Japanese)',
    collectivite: 'Local authority',
    noCollectivite: 'No local authority',
    newCollectivite: 'New local authority…',
    newCollectiviteTitle: 'New local authority',
    collectiviteNameFr: 'Name (French)',
    collectiviteNameJa: 'Name (Japanese)',
    country: 'Country',
    kind: 'Kind of local authority',
    submit: 'Create and add',
    cancel: 'Cancel',
    needName: 'Give at least the name in Latin letters or in Japanese.',
    needCollectiviteName: 'Give the local authority’s name in French or Japanese.',
    refused: (reason) => `Not created: ${reason}`,
  },
}
