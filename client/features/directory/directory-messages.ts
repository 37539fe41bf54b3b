import type { DirectoryColumn, DirectoryRowProblem } from '../../../shared/directory'
import type { CataloguePart } from '../../lib/i18n/catalogue'
import { counted, frenchOrdinal } from '../../lib/i18n/plural'

/** The strings of the directory page, its import and the directory link of an edition's collectivité. */
export interface DirectoryMessages {
  title: string
  intro: string
  /** The header's and the editions page's link to the directory. */
  nav: string
  loading: string
  loadFailed: string
  forbidden: string
  search: string
  searchHint: string
  shown: (shown: number, total: number) => string
  none: string
  noMatch: string
  address: string
  noAddress: string
  contacts: string
  noContact: string
  editions: string
  noEditions: string
  /** The editions an entry took part in, by number: "5e, 6e, 7e". */
  editionNumbers: (numbers: readonly number[]) => string
  languages: Record<'fr' | 'ja', string>
  add: string
  addTitle: string
  editTitle: (name: string) => string
  editButton: string
  edit: (name: string) => string
  nameFr: string
  nameJa: string
  contactsLegend: string
  contactNumber: (n: number) => string
  contactName: string
  contactFunction: string
  contactEmail: string
  contactLanguage: string
  addContact: string
  removeContact: (n: number) => string
  moveUp: (n: number) => string
  moveDown: (n: number) => string
  /** The first contact receives the letters. */
  firstContactHint: string
  save: string
  create: string
  cancel: string
  saving: string
  saved: (name: string) => string
  deleted: (name: string) => string
  delete: string
  confirmDelete: (name: string) => string
  confirm: string
  needName: string
  invalidEmail: string
  needContactName: string
  tooLong: string
  invalid: string
  exists: string
  /** Why an entry cannot be deleted: editions link to it. */
  linked: (count: number) => string
  failed: string
  unnamed: string
  // The import.
  importTitle: string
  importIntro: string
  chooseFile: string
  previewing: string
  previewTitle: (file: string) => string
  added: (n: number) => string
  updated: (n: number) => string
  unchanged: (n: number) => string
  refused: (n: number) => string
  /** A refused line: "Ligne 7, colonne Pays : pays inconnu". */
  refusedRow: (line: number, column: string | null, reason: string) => string
  columns: Record<DirectoryColumn, string>
  problems: Record<DirectoryRowProblem, string>
  /** After a refused row's reason, with its own leading space where the language wants one. */
  sameAsLine: (line: number) => string
  unknownEditions: (numbers: readonly number[]) => string
  nothingToWrite: string
  confirmImport: string
  cancelImport: string
  importing: string
  doneTitle: string
  done: (added: number, updated: number) => string
  fileRefused: (reason: string) => string
  missingColumns: (columns: string) => string
  importAgain: string
  export: string
  // The link from an edition's collectivité.
  linkLegend: string
  linkedTo: (name: string) => string
  notLinked: string
  hasContact: (name: string) => string
  lacksContact: string
  entryGone: string
  linkSearch: string
  linkChoose: string
  linkButton: string
  /** The link button named for screen readers. */
  linkTo: (name: string) => string
  isLinked: string
  unlink: string
  addToDirectory: string
  changeLink: string
  noneFound: string
  existsLinkIt: string
}

const EN_ORDINAL = (n: number) => {
  const tens = n % 100
  if (tens >= 11 && tens <= 13) return `${n}th`
  return `${n}${['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`
}
// French counts nothing and one alike: « 0 mise à jour ».

export const directoryMessages: CataloguePart<DirectoryMessages> = {
  fr: {
    title: 'Annuaire des collectivités',
    intro:
      'Les collectivités de toutes les éditions, avec les personnes à qui écrire. Leurs coordonnées restent dans la base de Kaigi, jamais dans le programme partagé.',
    nav: 'Annuaire',
    loading: 'Chargement de l’annuaire…',
    loadFailed: 'L’annuaire n’a pas pu être chargé.',
    forbidden: 'L’annuaire est réservé aux éditeurs et aux propriétaires d’une édition.',
    search: 'Rechercher',
    searchHint: 'Nom en français ou en japonais, contact, courriel',
    shown: (shown, total) =>
      shown === total
        ? counted('fr', total, 'collectivité', 'collectivités')
        : `${shown} sur ${counted('fr', total, 'collectivité', 'collectivités')}`,
    none: 'L’annuaire est vide : ajoutez une collectivité ou importez le tableau du comité.',
    noMatch: 'Aucune collectivité ne correspond.',
    address: 'Adresse',
    noAddress: 'Pas d’adresse',
    contacts: 'Contacts',
    noContact: 'Aucun contact : les lettres n’ont pas de destinataire.',
    editions: 'Éditions',
    noEditions: 'Aucune participation connue',
    editionNumbers: (numbers) => numbers.map(frenchOrdinal).join(', '),
    languages: { fr: 'français', ja: 'japonais' },
    add: 'Ajouter une collectivité',
    addTitle: 'Nouvelle collectivité de l’annuaire',
    editTitle: (name) => `Modifier ${name}`,
    editButton: 'Modifier',
    edit: (name) => `Modifier ${name}`,
    nameFr: 'Nom (français)',
    nameJa: 'Nom (japonais)',
    contactsLegend: 'Contacts',
    contactNumber: (n) => `Contact ${n}`,
    contactName: 'Nom',
    contactFunction: 'Fonction',
    contactEmail: 'Courriel',
    contactLanguage: 'Langue des lettres',
    addContact: 'Ajouter un contact',
    removeContact: (n) => `Retirer le contact ${n}`,
    moveUp: (n) => `Monter le contact ${n}`,
    moveDown: (n) => `Descendre le contact ${n}`,
    firstContactHint: 'Le premier contact reçoit les lettres.',
    save: 'Enregistrer',
    create: 'Ajouter',
    cancel: 'Annuler',
    saving: 'Enregistrement…',
    saved: (name) => `${name} est enregistrée.`,
    deleted: (name) => `${name} est supprimée de l’annuaire.`,
    delete: 'Supprimer',
    confirmDelete: (name) => `Supprimer ${name} de l’annuaire, avec ses contacts ?`,
    confirm: 'Supprimer',
    needName: 'Donnez au moins le nom en français ou en japonais.',
    invalidEmail: 'Ce courriel n’est pas une adresse valide.',
    needContactName: 'Donnez le nom du contact.',
    tooLong: 'Ce texte est trop long.',
    invalid: 'Cette valeur n’est pas acceptée.',
    exists: 'L’annuaire a déjà une collectivité de ce nom dans ce pays.',
    linked: (count) =>
      `Impossible de la supprimer : ${counted('fr', count, 'collectivité d’une édition y est liée', 'collectivités d’éditions y sont liées')}. Retirez d’abord le lien sur leur fiche.`,
    failed: 'L’enregistrement a échoué. Réessayez.',
    unnamed: 'Sans nom',
    importTitle: 'Importer un tableau',
    importIntro:
      'Le tableau du comité, en CSV ou en Excel (.xlsx), une ligne par contact. Rien n’est écrit avant votre confirmation.',
    chooseFile: 'Choisir un fichier CSV ou Excel',
    previewing: 'Lecture du fichier…',
    previewTitle: (file) => `Ce que l’import de « ${file} » ferait`,
    added: (n) => `${counted('fr', n, 'collectivité ajoutée', 'collectivités ajoutées')}`,
    updated: (n) => `${counted('fr', n, 'collectivité mise à jour', 'collectivités mises à jour')}`,
    unchanged: (n) => `${counted('fr', n, 'collectivité inchangée', 'collectivités inchangées')}`,
    refused: (n) => `${counted('fr', n, 'ligne refusée', 'lignes refusées')}`,
    refusedRow: (line, column, reason) =>
      column ? `Ligne ${line}, colonne ${column} : ${reason}` : `Ligne ${line} : ${reason}`,
    columns: {
      nameFr: 'Nom (FR)',
      nameJa: 'Nom (JA)',
      country: 'Pays',
      kind: 'Type',
      address: 'Adresse',
      contact: 'Contact',
      function: 'Fonction',
      email: 'Courriel',
      language: 'Langue',
      editions: 'Éditions',
    },
    problems: {
      missing_name: 'ni nom français ni nom japonais',
      invalid_country: 'pays inconnu (France ou Japon)',
      invalid_kind: 'type de collectivité inconnu',
      kind_not_in_country: 'ce type n’existe pas dans ce pays',
      invalid_email: 'courriel invalide',
      invalid_language: 'langue inconnue (français ou japonais)',
      incomplete_contact: 'contact incomplet : il faut son nom et son courriel',
      too_long: 'texte trop long',
      duplicate: 'doublon',
      conflicting: 'contredit une ligne précédente sur la même collectivité',
      ambiguous: 'ses noms désignent deux collectivités différentes de l’annuaire',
      invalid_editions: 'éditions illisibles (des numéros : 5; 6; 7)',
    },
    sameAsLine: (line) => ` (voir la ligne ${line})`,
    unknownEditions: (numbers) =>
      `Éditions absentes de Kaigi, participations non enregistrées : ${numbers.map(frenchOrdinal).join(', ')}.`,
    nothingToWrite: 'Rien à écrire : l’annuaire contient déjà tout ce fichier.',
    confirmImport: 'Confirmer l’import',
    cancelImport: 'Annuler',
    importing: 'Import en cours…',
    doneTitle: 'Import terminé',
    done: (added, updated) =>
      `${counted('fr', added, 'collectivité ajoutée', 'collectivités ajoutées')}, ${counted('fr', updated, 'mise à jour', 'mises à jour')}.`,
    fileRefused: (reason) => `Ce fichier ne peut pas être importé : ${reason}`,
    missingColumns: (columns) => `il lui manque les colonnes ${columns}.`,
    importAgain: 'Importer un autre fichier',
    export: 'Exporter l’annuaire (CSV)',
    linkLegend: 'Fiche de l’annuaire',
    linkedTo: (name) => `Liée à l’annuaire : ${name}`,
    notLinked: 'Pas liée à l’annuaire',
    hasContact: (name) => `Contact : ${name}`,
    lacksContact: 'Sans contact : les lettres n’ont pas de destinataire',
    entryGone: 'La fiche liée n’existe plus dans l’annuaire',
    linkSearch: 'Chercher dans l’annuaire',
    linkChoose: 'Fiches trouvées',
    linkButton: 'Lier',
    linkTo: (name) => `Lier à ${name}`,
    isLinked: 'Liée à l’annuaire',
    unlink: 'Retirer le lien',
    addToDirectory: 'Ajouter à l’annuaire',
    changeLink: 'Lier à l’annuaire',
    noneFound: 'Aucune fiche ne correspond.',
    existsLinkIt: 'L’annuaire a déjà une fiche de ce nom : cherchez-la et liez-la.',
  },
  ja: {
    title: '自治体名簿',
    intro:
      '全回の参加自治体と、案内状の宛先となる担当者。連絡先はKaigiのデータベースにのみ保存され、共有プログラムには書き込まれません。',
    nav: '自治体名簿',
    loading: '名簿を読み込んでいます…',
    loadFailed: '名簿を読み込めませんでした。',
    forbidden: '名簿は各回の編集者・管理者のみ閲覧できます。',
    search: '検索',
    searchHint: '日本語・フランス語の名称、担当者、メール',
    shown: (shown, total) =>
      shown === total ? `自治体${total}件` : `全${total}件中${shown}件を表示`,
    none: '名簿は空です。自治体を追加するか、実行委員会の一覧表を取り込んでください。',
    noMatch: '該当する自治体はありません。',
    address: '住所',
    noAddress: '住所未登録',
    contacts: '担当者',
    noContact: '担当者未登録：案内状の宛先がありません。',
    editions: '参加回',
    noEditions: '参加記録なし',
    editionNumbers: (numbers) => numbers.map((n) => `第${n}回`).join('・'),
    languages: { fr: 'フランス語', ja: '日本語' },
    add: '自治体を追加',
    addTitle: '名簿に自治体を追加',
    editTitle: (name) => `${name}を編集`,
    editButton: '編集',
    edit: (name) => `${name}を編集`,
    nameFr: '名称（フランス語）',
    nameJa: '名称（日本語）',
    contactsLegend: '担当者',
    contactNumber: (n) => `担当者${n}`,
    contactName: '氏名',
    contactFunction: '役職',
    contactEmail: 'メール',
    contactLanguage: '案内状の言語',
    addContact: '担当者を追加',
    removeContact: (n) => `担当者${n}を削除`,
    moveUp: (n) => `担当者${n}を上へ`,
    moveDown: (n) => `担当者${n}を下へ`,
    firstContactHint: '案内状は最初の担当者宛てに送られます。',
    save: '保存',
    create: '追加',
    cancel: 'キャンセル',
    saving: '保存しています…',
    saved: (name) => `${name}を保存しました。`,
    deleted: (name) => `${name}を名簿から削除しました。`,
    delete: '削除',
    confirmDelete: (name) => `${name}を担当者ごと名簿から削除しますか？`,
    confirm: '削除する',
    needName: '日本語またはフランス語の名称を入力してください。',
    invalidEmail: 'メールアドレスが正しくありません。',
    needContactName: '担当者の氏名を入力してください。',
    tooLong: '文字数が多すぎます。',
    invalid: 'この値は使用できません。',
    exists: '同じ国に同じ名称の自治体がすでに名簿にあります。',
    linked: (count) =>
      `削除できません：${count}件の回の自治体がこの項目に紐付いています。先に各自治体カードで紐付けを解除してください。`,
    failed: '保存できませんでした。もう一度お試しください。',
    unnamed: '名称未入力',
    importTitle: '一覧表の取り込み',
    importIntro:
      '実行委員会の一覧表（CSVまたはExcel .xlsx、担当者ごとに1行）。確定するまで何も書き込まれません。',
    chooseFile: 'CSVまたはExcelファイルを選択',
    previewing: 'ファイルを読み込んでいます…',
    previewTitle: (file) => `「${file}」を取り込んだ場合の内容`,
    added: (n) => `追加 ${n}件`,
    updated: (n) => `更新 ${n}件`,
    unchanged: (n) => `変更なし ${n}件`,
    refused: (n) => `取り込めない行 ${n}行`,
    refusedRow: (line, column, reason) =>
      column ? `${line}行目・「${column}」列：${reason}` : `${line}行目：${reason}`,
    columns: {
      nameFr: '名称 (FR)',
      nameJa: '名称 (JA)',
      country: '国',
      kind: '種別',
      address: '住所',
      contact: '担当者',
      function: '役職',
      email: 'メール',
      language: '言語',
      editions: '回',
    },
    problems: {
      missing_name: '日本語・フランス語の名称がありません',
      invalid_country: '国が不明です（フランスまたは日本）',
      invalid_kind: '自治体の種別が不明です',
      kind_not_in_country: 'この国にはない種別です',
      invalid_email: 'メールアドレスが正しくありません',
      invalid_language: '言語が不明です（フランス語または日本語）',
      incomplete_contact: '担当者の氏名とメールの両方が必要です',
      too_long: '文字数が多すぎます',
      duplicate: '重複しています',
      conflicting: '同じ自治体の前の行と内容が異なります',
      ambiguous: '名称が名簿の別々の自治体に当たります',
      invalid_editions: '参加回が読み取れません（例：5; 6; 7）',
    },
    sameAsLine: (line) => `（${line}行目を参照）`,
    unknownEditions: (numbers) =>
      `Kaigiにない回のため参加記録は登録されません：${numbers.map((n) => `第${n}回`).join('・')}。`,
    nothingToWrite: '書き込む内容はありません。このファイルの内容はすべて名簿にあります。',
    confirmImport: '取り込みを確定',
    cancelImport: 'キャンセル',
    importing: '取り込んでいます…',
    doneTitle: '取り込み完了',
    done: (added, updated) => `追加 ${added}件、更新 ${updated}件。`,
    fileRefused: (reason) => `このファイルは取り込めません：${reason}`,
    missingColumns: (columns) => `${columns}の列がありません。`,
    importAgain: '別のファイルを取り込む',
    export: '名簿を書き出す（CSV）',
    linkLegend: '名簿との紐付け',
    linkedTo: (name) => `名簿に紐付け済み：${name}`,
    notLinked: '名簿に未紐付け',
    hasContact: (name) => `担当者：${name}`,
    lacksContact: '担当者なし：案内状の宛先がありません',
    entryGone: '紐付いた名簿の項目はもう存在しません',
    linkSearch: '名簿を検索',
    linkChoose: '該当する項目',
    linkButton: '紐付ける',
    linkTo: (name) => `${name}に紐付ける`,
    isLinked: '名簿に紐付け済み',
    unlink: '紐付けを解除',
    addToDirectory: '名簿に追加',
    changeLink: '名簿に紐付ける',
    noneFound: '該当する項目はありません。',
    existsLinkIt: '同じ名称の項目が名簿にあります。検索して紐付けてください。',
  },
  en: {
    title: 'Directory',
    intro:
      'The local authorities of every edition, with the people to write to. Their contact details stay in Kaigi’s database, never in the shared programme.',
    nav: 'Directory',
    loading: 'Loading the directory…',
    loadFailed: 'The directory could not be loaded.',
    forbidden: 'The directory is for the editors and owners of an edition.',
    search: 'Search',
    searchHint: 'Name in French or Japanese, contact, e-mail',
    shown: (shown, total) =>
      shown === total
        ? counted('en', total, 'local authority', 'local authorities')
        : `${shown} of ${counted('en', total, 'local authority', 'local authorities')}`,
    none: 'The directory is empty: add a local authority or import the committee’s spreadsheet.',
    noMatch: 'No local authority matches.',
    address: 'Address',
    noAddress: 'No address',
    contacts: 'Contacts',
    noContact: 'No contact: the letters have no recipient.',
    editions: 'Editions',
    noEditions: 'No known participation',
    editionNumbers: (numbers) => numbers.map(EN_ORDINAL).join(', '),
    languages: { fr: 'French', ja: 'Japanese' },
    add: 'Add a local authority',
    addTitle: 'New local authority in the directory',
    editTitle: (name) => `Edit ${name}`,
    editButton: 'Edit',
    edit: (name) => `Edit ${name}`,
    nameFr: 'Name (French)',
    nameJa: 'Name (Japanese)',
    contactsLegend: 'Contacts',
    contactNumber: (n) => `Contact ${n}`,
    contactName: 'Name',
    contactFunction: 'Function',
    contactEmail: 'E-mail',
    contactLanguage: 'Language of the letters',
    addContact: 'Add a contact',
    removeContact: (n) => `Remove contact ${n}`,
    moveUp: (n) => `Move contact ${n} up`,
    moveDown: (n) => `Move contact ${n} down`,
    firstContactHint: 'The first contact receives the letters.',
    save: 'Save',
    create: 'Add',
    cancel: 'Cancel',
    saving: 'Saving…',
    saved: (name) => `${name} is saved.`,
    deleted: (name) => `${name} is deleted from the directory.`,
    delete: 'Delete',
    confirmDelete: (name) => `Delete ${name} and its contacts from the directory?`,
    confirm: 'Delete',
    needName: 'Give at least the French or the Japanese name.',
    invalidEmail: 'This is not a valid e-mail address.',
    needContactName: 'Give the contact’s name.',
    tooLong: 'This text is too long.',
    invalid: 'This value is not accepted.',
    exists: 'The directory already has a local authority of this name in this country.',
    linked: (count) =>
      `It cannot be deleted: ${counted('en', count, 'local authority of an edition links', 'local authorities of editions link')} to it. Remove the link on their card first.`,
    failed: 'Saving failed. Try again.',
    unnamed: 'Unnamed',
    importTitle: 'Import a spreadsheet',
    importIntro:
      'The committee’s spreadsheet, as CSV or Excel (.xlsx), one row per contact. Nothing is written before you confirm.',
    chooseFile: 'Choose a CSV or Excel file',
    previewing: 'Reading the file…',
    previewTitle: (file) => `What importing “${file}” would do`,
    added: (n) => `${counted('en', n, 'local authority', 'local authorities')} added`,
    updated: (n) => `${counted('en', n, 'local authority', 'local authorities')} updated`,
    unchanged: (n) => `${counted('en', n, 'local authority', 'local authorities')} unchanged`,
    refused: (n) => `${counted('en', n, 'row', 'rows')} refused`,
    refusedRow: (line, column, reason) =>
      column ? `Row ${line}, column ${column}: ${reason}` : `Row ${line}: ${reason}`,
    columns: {
      nameFr: 'Name (FR)',
      nameJa: 'Name (JA)',
      country: 'Country',
      kind: 'Kind',
      address: 'Address',
      contact: 'Contact',
      function: 'Function',
      email: 'E-mail',
      language: 'Language',
      editions: 'Editions',
    },
    problems: {
      missing_name: 'neither a French nor a Japanese name',
      invalid_country: 'unknown country (France or Japan)',
      invalid_kind: 'unknown kind of local authority',
      kind_not_in_country: 'this kind does not exist in this country',
      invalid_email: 'invalid e-mail',
      invalid_language: 'unknown language (French or Japanese)',
      incomplete_contact: 'incomplete contact: both a name and an e-mail are needed',
      too_long: 'text too long',
      duplicate: 'duplicate',
      conflicting: 'contradicts an earlier row about the same local authority',
      ambiguous: 'its names are two different local authorities of the directory',
      invalid_editions: 'unreadable editions (numbers: 5; 6; 7)',
    },
    sameAsLine: (line) => ` (see row ${line})`,
    unknownEditions: (numbers) =>
      `Editions not in Kaigi, participations not recorded: ${numbers.map(EN_ORDINAL).join(', ')}.`,
    nothingToWrite: 'Nothing to write: the directory already holds all of this file.',
    confirmImport: 'Confirm the import',
    cancelImport: 'Cancel',
    importing: 'Importing…',
    doneTitle: 'Import done',
    done: (added, updated) => `${added} added, ${updated} updated.`,
    fileRefused: (reason) => `This file cannot be imported: ${reason}`,
    missingColumns: (columns) => `it lacks the columns ${columns}.`,
    importAgain: 'Import another file',
    export: 'Export the directory (CSV)',
    linkLegend: 'Directory entry',
    linkedTo: (name) => `Linked to the directory: ${name}`,
    notLinked: 'Not linked to the directory',
    hasContact: (name) => `Contact: ${name}`,
    lacksContact: 'No contact: the letters have no recipient',
    entryGone: 'The linked entry is no longer in the directory',
    linkSearch: 'Search the directory',
    linkChoose: 'Entries found',
    linkButton: 'Link',
    linkTo: (name) => `Link to ${name}`,
    isLinked: 'Linked to the directory',
    unlink: 'Remove the link',
    addToDirectory: 'Add to the directory',
    changeLink: 'Link to the directory',
    noneFound: 'No entry matches.',
    existsLinkIt: 'The directory has an entry of this name already: search for it and link it.',
  },
}
