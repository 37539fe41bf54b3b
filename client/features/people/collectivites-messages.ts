import type { CataloguePart } from '../../lib/i18n/catalogue'
import { plural } from '../../lib/i18n/plural'

/** The French words: the shape the other languages fill. */
const collectivitesFr = {
  /** The edition's tab. */
  tab: 'Collectivités',
  intro:
    'Les collectivités françaises et japonaises de l’édition, auxquelles appartiennent les personnes et les bulletins de participation.',
  countryFilter: 'Filtrer par pays',
  allCountries: 'Tous les pays',
  countries: { FR: 'France', JP: 'Japon' },
  kinds: {
    commune: 'Commune',
    departement: 'Département',
    region: 'Région',
    intercommunality: 'Intercommunalité',
    city: 'Ville (市)',
    town: 'Bourg (町)',
    village: 'Village (村)',
    prefecture: 'Préfecture (都道府県)',
  },
  /** How many the filter shows, of how many. */
  shown: (shown: number, total: number) =>
    shown === total
      ? `${total} collectivité${plural('fr', total, '', 's')}`
      : `${shown} sur ${total} collectivité${plural('fr', total, '', 's')}`,
  none: 'Aucune collectivité pour l’instant.',
  noMatch: 'Aucune collectivité de ce pays.',
  add: 'Ajouter une collectivité',
  addTitle: 'Nouvelle collectivité',
  nameFr: 'Nom (français)',
  nameJa: 'Nom (japonais)',
  name: 'Nom',
  country: 'Pays',
  kind: 'Type',
  create: 'Ajouter',
  cancel: 'Annuler',
  needName: 'Donnez au moins le nom en français ou en japonais.',
  /** The button that opens its fields; `edit` names it for screen readers. */
  editButton: 'Modifier',
  edit: (name: string) => `Modifier ${name}`,
  close: 'Fermer',
  /** How many persons and registrations name it. */
  uses: (persons: number, registrations: number) =>
    `${persons} personne${plural('fr', persons, '', 's')} · ${registrations} bulletin${plural('fr', registrations, '', 's')}`,
  mergeInto: 'Fusionner avec…',
  mergeChoose: 'Choisir la collectivité qui reste',
  /** One of the collectivités to merge with, told apart from its namesakes. */
  mergeOption: (name: string, country: string, kind: string) => `${name} (${country}, ${kind})`,
  merge: 'Fusionner',
  confirmMerge: (from: string, into: string) =>
    `Fusionner ${from} dans ${into} ? Ses personnes et ses bulletins passent à ${into}, puis ${from} disparaît.`,
  confirmMergeButton: 'Fusionner',
  delete: 'Supprimer',
  confirmDelete: (name: string) => `Supprimer ${name} ?`,
  confirm: 'Supprimer',
  /** Why a collectivité that something names cannot be deleted. */
  inUse:
    'Nommée par des personnes ou des bulletins : pour la supprimer, fusionnez-la avec une autre ou changez leur collectivité.',
  unnamed: 'Sans nom',
}

/** The strings of the collectivites view. */
export type CollectivitesMessages = typeof collectivitesFr

export const collectivitesMessages: CataloguePart<CollectivitesMessages> = {
  fr: collectivitesFr,
  ja: {
    tab: '自治体',
    intro: '今回の会議に関わる日仏の自治体。人物と参加申込書はここに登録された自治体に所属します。',
    countryFilter: '国で絞り込み',
    allCountries: 'すべての国',
    countries: { FR: 'フランス', JP: '日本' },
    kinds: {
      commune: 'コミューン（市町村）',
      departement: '県（デパルトマン）',
      region: '地域圏（レジオン）',
      intercommunality: '広域行政組織',
      city: '市',
      town: '町',
      village: '村',
      prefecture: '都道府県',
    },
    shown: (shown, total) =>
      shown === total ? `自治体${total}件` : `全${total}件中${shown}件を表示`,
    none: 'まだ自治体が登録されていません。',
    noMatch: 'この国の自治体はありません。',
    add: '自治体を追加',
    addTitle: '新しい自治体',
    nameFr: '名称（フランス語）',
    nameJa: '名称（日本語）',
    name: '名称',
    country: '国',
    kind: '種別',
    create: '追加',
    cancel: 'キャンセル',
    needName: '日本語またはフランス語の名称を入力してください。',
    editButton: '編集',
    edit: (name) => `${name}を編集`,
    close: '閉じる',
    uses: (persons, registrations) => `人物${persons}名・申込書${registrations}件`,
    mergeInto: '統合先…',
    mergeChoose: '残す自治体を選択',
    mergeOption: (name, country, kind) => `${name}（${country}・${kind}）`,
    merge: '統合',
    confirmMerge: (from, into) =>
      `${from}を${into}に統合しますか？人物と申込書は${into}に移り、${from}は削除されます。`,
    confirmMergeButton: '統合する',
    delete: '削除',
    confirmDelete: (name) => `${name}を削除しますか？`,
    confirm: '削除する',
    inUse:
      '所属する人物・申込書があるため削除できません。他の自治体と統合するか、所属を変更してください。',
    unnamed: '名称未入力',
  },
  en: {
    tab: 'Local authorities',
    intro:
      'The French and Japanese local authorities of the edition, to which people and participation forms belong.',
    countryFilter: 'Filter by country',
    allCountries: 'All countries',
    countries: { FR: 'France', JP: 'Japan' },
    kinds: {
      commune: 'Commune',
      departement: 'Department',
      region: 'Region',
      intercommunality: 'Intercommunality',
      city: 'City',
      town: 'Town',
      village: 'Village',
      prefecture: 'Prefecture',
    },
    shown: (shown, total) =>
      shown === total
        ? `${total} local ${plural('en', total, 'authority', 'authorities')}`
        : `${shown} of ${total} local ${plural('en', total, 'authority', 'authorities')}`,
    none: 'No local authority yet.',
    noMatch: 'No local authority in this country.',
    add: 'Add a local authority',
    addTitle: 'New local authority',
    nameFr: 'Name (French)',
    nameJa: 'Name (Japanese)',
    name: 'Name',
    country: 'Country',
    kind: 'Kind',
    create: 'Add',
    cancel: 'Cancel',
    needName: 'Give at least the French or the Japanese name.',
    editButton: 'Edit',
    edit: (name) => `Edit ${name}`,
    close: 'Close',
    uses: (persons, registrations) =>
      `${persons} ${plural('en', persons, 'person', 'people')} · ${registrations} participation form${plural('en', registrations, '', 's')}`,
    mergeInto: 'Merge with…',
    mergeChoose: 'Choose the one that stays',
    mergeOption: (name, country, kind) => `${name} (${country}, ${kind})`,
    merge: 'Merge',
    confirmMerge: (from, into) =>
      `Merge ${from} into ${into}? Its people and participation forms move to ${into}, then ${from} is removed.`,
    confirmMergeButton: 'Merge',
    delete: 'Delete',
    confirmDelete: (name) => `Delete ${name}?`,
    confirm: 'Delete',
    inUse:
      'People or participation forms name it: to delete it, merge it with another one or change theirs.',
    unnamed: 'Unnamed',
  },
}
