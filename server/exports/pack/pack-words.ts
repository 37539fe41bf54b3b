/**
 * The words printed in the invitation pack's files, in the two languages a
 * letter is written in (a collectivité reads French or Japanese: its
 * contact's language, else its country's). Kept here, in one place, where
 * the committees can correct them; the letter's own text is theirs, in the
 * edition's template.
 */
import type { ContactLanguage } from '../../../shared/directory'

export interface PackWords {
  /** The attachments' titles, as the letter's list names them. */
  agendaTitle: string
  formTitle: string
  programmeTitle: string
  /** Under the agenda's title: which meeting it is. */
  agendaMeeting: string
  when: string
  where: string
  within: string
  agendaItems: string
  /** The agenda's item numbers: « 1. », 「１．」 */
  itemNumber: (n: number) => string
  /** The form's parts. */
  returnBefore: (deadline: string, returnTo: string) => string
  onlineHeading: string
  onlineText: string
  collectiviteHeading: string
  collectivite: string
  address: string
  contact: string
  function: string
  email: string
  delegationHeading: string
  delegationHint: string
  memberName: string
  memberNameOther: string
  daysHeading: string
  workshopsHeading: string
  noWorkshops: string
  interpretationHeading: string
  interpretationChoices: readonly string[]
  needsHeading: string
  dietary: string
  accessibility: string
  wishesHeading: string
  wishToSpeak: string
  wishToPropose: string
  yes: string
  no: string
  dateAndSignature: string
  weekdays: readonly string[]
  /** The themes' page of the proposed programme. */
  themesHeading: string
  globalTheme: string
  workshops: string
  workshopNumber: (n: number) => string
  noThemes: string
}

export const PACK_WORDS: Readonly<Record<ContactLanguage, PackWords>> = {
  fr: {
    agendaTitle: 'Ordre du jour prévisionnel',
    formTitle: 'Bulletin de participation',
    programmeTitle: 'Proposition du programme et des thèmes',
    agendaMeeting: 'Première réunion du comité de pilotage',
    when: 'Date et horaires',
    where: 'Lieu',
    within: 'Dans le cadre de',
    agendaItems: 'Ordre du jour',
    itemNumber: (n) => `${n}.`,
    returnBefore: (deadline, returnTo) => `À retourner avant le ${deadline} à : ${returnTo}`,
    onlineHeading: 'Ou en ligne',
    onlineText:
      'Votre collectivité peut aussi remplir ce bulletin en ligne, déjà prérempli, par son lien personnel (à ne pas transmettre) :',
    collectiviteHeading: 'La collectivité',
    collectivite: 'Collectivité',
    address: 'Adresse',
    contact: 'Personne à contacter',
    function: 'Fonction',
    email: 'Courriel',
    delegationHeading: 'La délégation',
    delegationHint: 'Nom et prénom de chaque membre, sa fonction et son courriel.',
    memberName: 'Nom (en lettres latines)',
    memberNameOther: 'Nom (en japonais, s’il y a lieu)',
    daysHeading: 'Jours de présence',
    workshopsHeading: 'Ateliers qui vous intéressent',
    noWorkshops: 'Les thèmes des ateliers restent à définir.',
    interpretationHeading: 'Interprétation',
    interpretationChoices: [
      'Du japonais vers le français',
      'Du français vers le japonais',
      'Pas nécessaire',
    ],
    needsHeading: 'Besoins particuliers',
    dietary: 'Régime alimentaire',
    accessibility: 'Accessibilité',
    wishesHeading: 'Vos souhaits',
    wishToSpeak: 'Votre collectivité souhaite-t-elle intervenir ?',
    wishToPropose: 'Souhaite-t-elle proposer un atelier ?',
    yes: 'Oui',
    no: 'Non',
    dateAndSignature: 'Date et signature',
    weekdays: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
    themesHeading: 'Les thèmes proposés',
    globalTheme: 'Thème général',
    workshops: 'Ateliers',
    workshopNumber: (n) => `Atelier ${n}`,
    noThemes: 'Les thèmes restent à définir.',
  },
  ja: {
    agendaTitle: '会議次第（案）',
    formTitle: '参加申込書',
    programmeTitle: 'プログラム及びテーマ（案）',
    agendaMeeting: '実行委員会　第1回会合',
    when: '日時',
    where: '場所',
    within: '関連行事',
    agendaItems: '議事',
    itemNumber: (n) =>
      `${String(n).replace(/[0-9]/g, (d) => String.fromCharCode(0xff10 + Number(d)))}．`,
    returnBefore: (deadline, returnTo) => `${deadline}までに、${returnTo}へご返送ください。`,
    onlineHeading: 'オンラインでのお申し込み',
    onlineText:
      '貴自治体専用のリンク（入力済み）からもお申し込みいただけます。このリンクは他の方に転送しないでください。',
    collectiviteHeading: '自治体',
    collectivite: '自治体名',
    address: '住所',
    contact: 'ご担当者',
    function: '役職',
    email: 'メール',
    delegationHeading: '参加者',
    delegationHint: '参加される方のお名前、役職及びメールアドレスをご記入ください。',
    memberName: '氏名（漢字）',
    memberNameOther: '氏名（ローマ字）',
    daysHeading: '参加日',
    workshopsHeading: '関心のある分科会',
    noWorkshops: '分科会のテーマは調整中です。',
    interpretationHeading: '通訳',
    interpretationChoices: ['日本語から仏語', '仏語から日本語', '不要'],
    needsHeading: '特別な配慮',
    dietary: '食事（アレルギー等）',
    accessibility: 'バリアフリー',
    wishesHeading: 'ご希望',
    wishToSpeak: '会議での発表を希望されますか。',
    wishToPropose: '分科会の提案を希望されますか。',
    yes: 'はい',
    no: 'いいえ',
    dateAndSignature: '記入日・署名',
    weekdays: ['日', '月', '火', '水', '木', '金', '土'],
    themesHeading: 'テーマ（案）',
    globalTheme: '全体テーマ',
    workshops: '分科会',
    workshopNumber: (n) => `第${n}分科会`,
    noThemes: 'テーマは調整中です。',
  },
}
