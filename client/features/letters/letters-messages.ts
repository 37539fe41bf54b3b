import type { ContactLanguage } from '../../../shared/directory'
import type { LetterField } from '../../../shared/letters/letter-fields'
import type { PackFile } from '../../../shared/letters/pack'
import type { CataloguePart } from '../../lib/i18n/catalogue'
import type { PlaceKey } from './field-places'

/** The strings of the letter tab: its two templates, the letter's settings, the preview and the downloads. */
export interface LettersMessages {
  /** The edition's tab. */
  tab: string
  title: string
  intro: string
  /** Each template's label: « Lettre en français ». */
  template: Record<ContactLanguage, string>
  templateHint: string
  /** Each field as the insert menu and the warnings name it. */
  field: Record<LetterField, string>
  insertLabel: string
  insertChoose: string
  insert: string
  /** The insert button, for a screen reader: « Insérer le champ dans la lettre en japonais ». */
  insertInto: (template: string) => string
  startFromModel: string
  modelHint: string
  readOnly: string
  settings: string
  place: string
  date: string
  signatories: string
  signatoriesHint: string
  noSignatories: string
  addSignatory: string
  choosePerson: string
  add: string
  remove: (name: string) => string
  earlier: (name: string) => string
  later: (name: string) => string
  /** A signatory's function missing in some languages. */
  functionMissing: (langs: string) => string
  setFunction: string
  unnamed: string
  formReturn: string
  formReturnHint: string
  firstMeeting: string
  noMeeting: string
  openMeetings: string
  preview: string
  collectivite: string
  noCollectivite: string
  language: string
  langName: Record<ContactLanguage, string>
  /** Beside the language its letters are written in, with its brackets. */
  recipientLanguage: string
  loading: string
  failed: string
  retry: string
  /** Above the list of fields without a value. */
  missingTitle: string
  /** « Pas de valeur : date limite du bulletin ». */
  missingEntry: (field: string) => string
  /** After a sentence without a value: which of its facts lack one. */
  lacking: (facts: string) => string
  /** The link to where a field is set. */
  setIn: Record<PlaceKey, string>
  unknownTitle: string
  unknownHint: string
  placeholderHint: string
  noInputs: string
  complete: string
  emptyTemplate: (template: string) => string
  downloads: string
  downloadsHint: string
  /** Which programme the pack proposes: the live draft or a saved version. */
  programmeSource: string
  draft: string
  file: Record<PackFile, string>
  zip: string
  chooseFirst: string
  /** A pack the server refused: whose files lack what. */
  refusedFor: (who: string, problems: string) => string
  downloadFailed: string
  /** A file the server would refuse: what it lacks. */
  fileRefused: (problems: string) => string
  /** Each thing a file may lack, besides a field's value (named by the field). */
  problem: { emptyTemplate: string; unknown: (code: string) => string; missingAgenda: string }
  /** The pack refused: which language's letters lack what. */
  packRefused: (lang: string, fields: string) => string
  packComplete: string
  packLoading: string
  noRecipients: string
}

const FR_FIELDS: Record<LetterField, string> = {
  edition_number: 'Numéro de l’édition',
  ordinal: 'Ordinal de l’édition (« 8e »)',
  host_city: 'Ville hôte',
  dates: 'Dates de l’édition',
  theme: 'Thème général',
  history: 'Historique des Rencontres',
  previous_edition: 'Édition précédente (phrase)',
  previous_ordinal: 'Ordinal de l’édition précédente',
  previous_city: 'Ville de l’édition précédente',
  previous_dates: 'Dates de l’édition précédente',
  previous_french_collectivites: 'Collectivités françaises de l’édition précédente',
  previous_japanese_collectivites: 'Collectivités japonaises de l’édition précédente',
  previous_theme: 'Thème de l’édition précédente',
  first_meeting: 'Première réunion (phrase)',
  meeting_date: 'Date de la réunion',
  meeting_hours: 'Horaires de la réunion',
  meeting_place: 'Lieu de la réunion',
  meeting_event: 'Événement de la réunion',
  deadline: 'Date limite du bulletin',
  form_return: 'Retour du bulletin',
  form_link: 'Lien du bulletin en ligne',
  signatories: 'Signataires',
  place_date: 'Lieu et date de la lettre',
  recipient: 'Destinataire (adresse)',
  salutation: 'Formule d’appel',
  collectivite: 'Collectivité destinataire',
  attachments: 'Pièces jointes',
}

const JA_FIELDS: Record<LetterField, string> = {
  edition_number: '回の番号',
  ordinal: '回（第8回）',
  host_city: '開催都市',
  dates: '開催日程',
  theme: '全体テーマ',
  history: '交流会議の沿革',
  previous_edition: '前回の概要（文）',
  previous_ordinal: '前回の回',
  previous_city: '前回の開催都市',
  previous_dates: '前回の開催日程',
  previous_french_collectivites: '前回のフランス側参加自治体数',
  previous_japanese_collectivites: '前回の日本側参加自治体数',
  previous_theme: '前回の全体テーマ',
  first_meeting: '第1回会合（文）',
  meeting_date: '会合の日付',
  meeting_hours: '会合の時間',
  meeting_place: '会合の場所',
  meeting_event: '会合の関連行事',
  deadline: '申込締切日',
  form_return: '申込書の返送先',
  form_link: '申込フォームのリンク',
  signatories: '署名者',
  place_date: '発信地と日付',
  recipient: '宛先',
  salutation: '宛名（様・御中）',
  collectivite: '宛先の自治体名',
  attachments: '添付資料',
}

const EN_FIELDS: Record<LetterField, string> = {
  edition_number: 'Edition number',
  ordinal: 'Edition ordinal (“8th”)',
  host_city: 'Host city',
  dates: 'Edition dates',
  theme: 'Global theme',
  history: 'History of the Rencontres',
  previous_edition: 'Previous edition (sentence)',
  previous_ordinal: 'Previous edition’s ordinal',
  previous_city: 'Previous edition’s city',
  previous_dates: 'Previous edition’s dates',
  previous_french_collectivites: 'Previous edition’s French local authorities',
  previous_japanese_collectivites: 'Previous edition’s Japanese local authorities',
  previous_theme: 'Previous edition’s theme',
  first_meeting: 'First meeting (sentence)',
  meeting_date: 'Meeting date',
  meeting_hours: 'Meeting hours',
  meeting_place: 'Meeting place',
  meeting_event: 'Meeting event',
  deadline: 'Form deadline',
  form_return: 'Form’s return address',
  form_link: 'Online form link',
  signatories: 'Signatories',
  place_date: 'Letter’s place and date',
  recipient: 'Recipient (address block)',
  salutation: 'Salutation',
  collectivite: 'Recipient local authority',
  attachments: 'Attachments',
}

export const lettersMessages: CataloguePart<LettersMessages> = {
  fr: {
    tab: 'Lettre d’invitation',
    title: 'Lettre d’invitation',
    intro:
      'Chaque comité écrit sa lettre, en français et en japonais ; Kaigi en remplit les champs ({host_city}…) avec les données de l’édition pour chaque collectivité. Les deux lettres s’écrivent à plusieurs, en direct.',
    template: { fr: 'Lettre en français', ja: 'Lettre en japonais' },
    templateHint:
      'Les champs s’écrivent entre accolades, {host_city} ; un champ inconnu est signalé dans l’aperçu.',
    field: FR_FIELDS,
    insertLabel: 'Champ à insérer',
    insertChoose: 'Choisir un champ…',
    insert: 'Insérer',
    insertInto: (template) => `Insérer le champ choisi dans : ${template}`,
    startFromModel: 'Partir de la lettre modèle',
    modelHint: 'La lettre des dernières Rencontres, ses faits remplacés par des champs.',
    readOnly: 'Lecture seule : seuls les éditeurs modifient la lettre.',
    settings: 'Réglages de la lettre',
    place: 'Lieu de la lettre',
    date: 'Date de la lettre',
    signatories: 'Signataires',
    signatoriesHint:
      'Des personnes de l’édition, dans l’ordre où elles signent, avec leur fonction.',
    noSignatories: 'Aucun signataire pour l’instant.',
    addSignatory: 'Ajouter un signataire',
    choosePerson: 'Choisir une personne…',
    add: 'Ajouter',
    remove: (name) => `Retirer ${name} des signataires`,
    earlier: (name) => `Faire signer ${name} plus tôt`,
    later: (name) => `Faire signer ${name} plus tard`,
    functionMissing: (langs) => `Fonction manquante en ${langs}`,
    setFunction: 'La compléter',
    unnamed: 'Sans nom',
    formReturn: 'Retour du bulletin',
    formReturnHint: 'À qui le bulletin est renvoyé : nom, adresse postale, courriel.',
    firstMeeting: 'Première réunion',
    noMeeting: 'Aucune réunion pour l’instant.',
    openMeetings: 'Modifier dans l’onglet Réunions',
    preview: 'Aperçu',
    collectivite: 'Collectivité destinataire',
    noCollectivite: 'Aucune (aperçu général)',
    language: 'Langue de la lettre',
    langName: { fr: 'français', ja: 'japonais' },
    recipientLanguage: ' (langue du destinataire)',
    loading: 'Chargement des données du destinataire…',
    failed: 'Les données du destinataire n’ont pas pu être obtenues.',
    retry: 'Réessayer',
    missingTitle: 'Champs sans valeur',
    missingEntry: (field) => `Pas de valeur : ${field}`,
    lacking: (facts) => `(il manque : ${facts})`,
    setIn: {
      details: 'à renseigner dans Détails',
      meetings: 'à renseigner dans Réunions',
      registrations: 'à renseigner dans Inscriptions',
      collectivites: 'à renseigner dans Collectivités',
      people: 'à renseigner dans Personnes',
      letter: 'à renseigner dans les réglages de la lettre',
      editions: 'à renseigner dans la fiche de l’édition précédente',
    },
    unknownTitle: 'Champs inconnus',
    unknownHint: 'Ces codes ne nomment aucun champ : ils seraient imprimés tels quels.',
    placeholderHint:
      'Sans collectivité choisie, les champs du destinataire restent des repères : choisissez-en une pour les voir remplis.',
    noInputs:
      'Les données gardées par le serveur (édition précédente, date limite) restent des repères.',
    complete: 'Tous les champs de la lettre ont une valeur.',
    emptyTemplate: (template) => `${template} : rien d’écrit pour l’instant.`,
    downloads: 'Dossier d’invitation',
    downloadsHint: 'La lettre dans la langue du destinataire et ses trois pièces jointes.',
    programmeSource: 'Programme proposé',
    draft: 'Le brouillon actuel',
    file: {
      'letter.pdf': 'Lettre (PDF)',
      'letter.docx': 'Lettre (Word)',
      'agenda.pdf': 'Ordre du jour prévisionnel (PDF)',
      'form.pdf': 'Bulletin de participation (PDF)',
      'programme.pdf': 'Proposition du programme et des thèmes (PDF)',
    },
    zip: 'Tout le dossier, pour toutes les collectivités (ZIP)',
    chooseFirst: 'Choisissez une collectivité pour télécharger ses fichiers.',
    fileRefused: (problems) => `Indisponible : il manque ${problems}.`,
    refusedFor: (who, problems) => `Indisponible : pour ${who}, il manque ${problems}.`,
    downloadFailed: 'Le fichier n’a pas pu être obtenu. Réessayez.',
    problem: {
      emptyTemplate: 'la lettre elle-même (modèle vide)',
      unknown: (code) => `un champ connu à la place de {${code}}`,
      missingAgenda: 'l’ordre du jour de la première réunion dans cette langue',
    },
    packRefused: (lang, fields) => `Les lettres en ${lang} n’ont pas de valeur pour : ${fields}.`,
    packComplete: 'Toutes les lettres de l’édition sont complètes.',
    packLoading: 'Vérification des lettres de l’édition…',
    noRecipients: 'Aucune collectivité à qui écrire.',
  },
  ja: {
    tab: '案内状',
    title: '案内状',
    intro:
      '各委員会がフランス語と日本語の案内状を書き、Kaigiが各自治体あてに回のデータで項目（{host_city}など）を埋めます。二つの文面は複数人で同時に編集できます。',
    template: { fr: 'フランス語の案内状', ja: '日本語の案内状' },
    templateHint: '項目は波括弧で書きます（{host_city}）。不明な項目はプレビューで示されます。',
    field: JA_FIELDS,
    insertLabel: '挿入する項目',
    insertChoose: '項目を選択…',
    insert: '挿入',
    insertInto: (template) => `選んだ項目を挿入：${template}`,
    startFromModel: 'ひな形から始める',
    modelHint: '前回の案内状をもとに、事実を項目に置き換えた文面です。',
    readOnly: '閲覧のみ：案内状は編集者のみ変更できます。',
    settings: '案内状の設定',
    place: '発信地',
    date: '日付',
    signatories: '署名者',
    signatoriesHint: '回の人物から、署名の順に。役職も記載されます。',
    noSignatories: 'まだ署名者がいません。',
    addSignatory: '署名者を追加',
    choosePerson: '人物を選択…',
    add: '追加',
    remove: (name) => `${name}を署名者から外す`,
    earlier: (name) => `${name}の署名を前へ`,
    later: (name) => `${name}の署名を後ろへ`,
    functionMissing: (langs) => `${langs}の役職がありません`,
    setFunction: '入力する',
    unnamed: '名前なし',
    formReturn: '申込書の返送先',
    formReturnHint: '申込書の送り先：氏名、住所、メールアドレス。',
    firstMeeting: '第1回会合',
    noMeeting: 'まだ会合がありません。',
    openMeetings: '「会合」タブで編集',
    preview: 'プレビュー',
    collectivite: '宛先の自治体',
    noCollectivite: 'なし（一般のプレビュー）',
    language: '案内状の言語',
    langName: { fr: 'フランス語', ja: '日本語' },
    recipientLanguage: '（宛先の言語）',
    loading: '宛先のデータを読み込み中…',
    failed: '宛先のデータを取得できませんでした。',
    retry: '再試行',
    missingTitle: '値のない項目',
    missingEntry: (field) => `値がありません：${field}`,
    lacking: (facts) => `（不足：${facts}）`,
    setIn: {
      details: '「詳細」で設定',
      meetings: '「会合」で設定',
      registrations: '「参加申込」で設定',
      collectivites: '「自治体」で設定',
      people: '「人物」で設定',
      letter: '案内状の設定で入力',
      editions: '前回の記録で設定',
    },
    unknownTitle: '不明な項目',
    unknownHint: 'これらのコードはどの項目にも当たらず、そのまま印刷されます。',
    placeholderHint: '自治体を選ぶまで、宛先の項目は仮の表示です。選ぶと値が入ります。',
    noInputs: 'サーバーが持つデータ（前回の記録、締切日）は仮の表示です。',
    complete: '案内状のすべての項目に値があります。',
    emptyTemplate: (template) => `${template}：まだ何も書かれていません。`,
    downloads: '案内一式',
    downloadsHint: '宛先の言語の案内状と、三つの添付資料。',
    programmeSource: '添付するプログラム',
    draft: '現在の草案',
    file: {
      'letter.pdf': '案内状（PDF）',
      'letter.docx': '案内状（Word）',
      'agenda.pdf': '会議次第（案）（PDF）',
      'form.pdf': '参加申込書（PDF）',
      'programme.pdf': 'プログラム及びテーマ（案）（PDF）',
    },
    zip: '全自治体の案内一式（ZIP）',
    chooseFirst: 'ファイルをダウンロードする自治体を選んでください。',
    fileRefused: (problems) => `作成できません。不足：${problems}`,
    refusedFor: (who, problems) => `作成できません。${who}の不足：${problems}`,
    downloadFailed: 'ファイルを取得できませんでした。もう一度お試しください。',
    problem: {
      emptyTemplate: '案内状の文面（空）',
      unknown: (code) => `{${code}}に当たる項目`,
      missingAgenda: 'この言語の第1回会合の議題',
    },
    packRefused: (lang, fields) => `${lang}の案内状に値のない項目：${fields}`,
    packComplete: 'この回のすべての案内状がそろっています。',
    packLoading: 'この回の案内状を確認中…',
    noRecipients: '宛先の自治体がありません。',
  },
  en: {
    tab: 'Invitation letter',
    title: 'Invitation letter',
    intro:
      'Each committee writes its letter, in French and in Japanese; Kaigi fills its fields ({host_city}…) from the edition’s data for each local authority. Both letters are written together, live.',
    template: { fr: 'Letter in French', ja: 'Letter in Japanese' },
    templateHint:
      'Fields are written between braces, {host_city}; an unknown one is flagged in the preview.',
    field: EN_FIELDS,
    insertLabel: 'Field to insert',
    insertChoose: 'Choose a field…',
    insert: 'Insert',
    insertInto: (template) => `Insert the chosen field into: ${template}`,
    startFromModel: 'Start from the model letter',
    modelHint: 'The last Rencontres’ letter, its facts replaced by fields.',
    readOnly: 'Read only: only editors change the letter.',
    settings: 'The letter’s settings',
    place: 'Letter’s place',
    date: 'Letter’s date',
    signatories: 'Signatories',
    signatoriesHint: 'People of the edition, in the order they sign, with their functions.',
    noSignatories: 'No signatory yet.',
    addSignatory: 'Add a signatory',
    choosePerson: 'Choose a person…',
    add: 'Add',
    remove: (name) => `Remove ${name} from the signatories`,
    earlier: (name) => `Move ${name} earlier`,
    later: (name) => `Move ${name} later`,
    functionMissing: (langs) => `Function missing in ${langs}`,
    setFunction: 'Add it',
    unnamed: 'Unnamed',
    formReturn: 'Form’s return address',
    formReturnHint: 'Who the form goes back to: name, postal address, e-mail.',
    firstMeeting: 'First meeting',
    noMeeting: 'No meeting yet.',
    openMeetings: 'Change it in Meetings',
    preview: 'Preview',
    collectivite: 'Recipient local authority',
    noCollectivite: 'None (general preview)',
    language: 'Letter’s language',
    langName: { fr: 'French', ja: 'Japanese' },
    recipientLanguage: ' (the recipient’s language)',
    loading: 'Loading the recipient’s data…',
    failed: 'The recipient’s data could not be had.',
    retry: 'Try again',
    missingTitle: 'Fields without a value',
    missingEntry: (field) => `No value for: ${field}`,
    lacking: (facts) => `(lacking: ${facts})`,
    setIn: {
      details: 'set it in Details',
      meetings: 'set it in Meetings',
      registrations: 'set it in Registrations',
      collectivites: 'set it in Local authorities',
      people: 'set it in People',
      letter: 'set it in the letter’s settings',
      editions: 'set it in the previous edition’s record',
    },
    unknownTitle: 'Unknown fields',
    unknownHint: 'These codes name no field: they would be printed as written.',
    placeholderHint:
      'Without a chosen local authority, the recipient’s fields stay placeholders: choose one to see them filled.',
    noInputs: 'What the server keeps (previous edition, deadline) stays as placeholders.',
    complete: 'Every field of the letter has a value.',
    emptyTemplate: (template) => `${template}: nothing written yet.`,
    downloads: 'Invitation pack',
    downloadsHint: 'The letter in the recipient’s language, and its three attachments.',
    programmeSource: 'Proposed programme',
    draft: 'The current draft',
    file: {
      'letter.pdf': 'Letter (PDF)',
      'letter.docx': 'Letter (Word)',
      'agenda.pdf': 'Provisional agenda (PDF)',
      'form.pdf': 'Participation form (PDF)',
      'programme.pdf': 'Proposed programme and themes (PDF)',
    },
    zip: 'The whole pack, for every local authority (ZIP)',
    chooseFirst: 'Choose a local authority to download its files.',
    fileRefused: (problems) => `Unavailable: it lacks ${problems}.`,
    refusedFor: (who, problems) => `Unavailable: for ${who}, it lacks ${problems}.`,
    downloadFailed: 'The file could not be had. Try again.',
    problem: {
      emptyTemplate: 'the letter itself (empty template)',
      unknown: (code) => `a known field instead of {${code}}`,
      missingAgenda: 'the first meeting’s agenda in this language',
    },
    packRefused: (lang, fields) => `The letters in ${lang} have no value for: ${fields}.`,
    packComplete: 'Every letter of the edition is complete.',
    packLoading: 'Checking the edition’s letters…',
    noRecipients: 'No local authority to write to.',
  },
}
