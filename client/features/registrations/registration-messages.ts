import type { Interpretation } from '../../../shared/registrations'
import type { CataloguePart } from '../../lib/i18n/catalogue'

/**
 * The fuller bulletin's words (the delegation, its days and needs), a
 * collectivité's own link, and the editors' corrections and withdrawals.
 */
export interface RegistrationMessages {
  /** The heading of a collectivité's own bulletin: « Bulletin de Bourg de Matsuzaki ». */
  personalIntro: (name: string) => string
  /** Its bulletin arrived before: what sending again does. */
  amendIntro: string
  collectivite: string
  delegation: string
  delegationHint: string
  member: (index: number) => string
  nameLatin: string
  nameJapanese: string
  memberFunction: string
  memberEmail: string
  addMember: string
  removeMember: (index: number) => string
  days: string
  noDays: string
  interpretation: string
  interpretations: Record<Interpretation, string>
  dietaryNeeds: string
  accessibilityNeeds: string
  optional: string
  send: string
  amend: string
  amended: string
  amendedHint: string
  amendAgain: string
  errors: {
    members: string
    memberName: string
    memberEmail: string
    dayIds: string
    interpretation: string
    dietaryNeeds: string
    accessibilityNeeds: string
  }
  /** The registrations list. */
  list: {
    days: string
    actions: string
    edit: (name: string) => string
    correct: string
    withdrawFailed: string
    editTitle: (name: string) => string
    save: string
    saving: string
    cancel: string
    saved: string
    failed: string
    withdraw: string
    withdrawQuestion: (name: string) => string
    withdrawConfirm: string
    amendedAt: (when: string) => string
    loading: string
  }
}

export const registrationMessages: CataloguePart<RegistrationMessages> = {
  fr: {
    personalIntro: (name) => `Le bulletin de participation de ${name}.`,
    amendIntro:
      'Votre bulletin est déjà enregistré : modifiez-le ci-dessous et renvoyez-le, il remplacera le précédent jusqu’à la date limite.',
    collectivite: 'Collectivité',
    delegation: 'Membres de la délégation',
    delegationHint:
      'Chaque membre : son nom en caractères latins et japonais, sa fonction, son courriel.',
    member: (index) => `Membre ${index}`,
    nameLatin: 'Nom (caractères latins)',
    nameJapanese: 'Nom (caractères japonais)',
    memberFunction: 'Fonction',
    memberEmail: 'Courriel',
    addMember: 'Ajouter un membre',
    removeMember: (index) => `Retirer le membre ${index}`,
    days: 'Journées auxquelles vous participez',
    noDays: 'Les journées ne sont pas encore fixées.',
    interpretation: 'Interprétation',
    interpretations: {
      none: 'Pas besoin d’interprétation',
      'into-fr': 'Vers le français',
      'into-ja': 'Vers le japonais',
      both: 'Vers le français et le japonais',
    },
    dietaryNeeds: 'Régime alimentaire, allergies',
    accessibilityNeeds: 'Besoins d’accessibilité',
    optional: 'facultatif',
    send: 'Envoyer le bulletin',
    amend: 'Envoyer les modifications',
    amended: 'Merci ! Votre bulletin est modifié.',
    amendedHint: 'Vous pouvez le modifier par ce même lien jusqu’à la date limite.',
    amendAgain: 'Modifier à nouveau',
    errors: {
      members: 'Plus de membres nommés que de délégués : corrigez l’un ou l’autre.',
      memberName: 'Donnez le nom du membre, en caractères latins ou japonais.',
      memberEmail: 'Indiquez une adresse électronique valide, ou laissez vide.',
      dayIds: 'Une des journées choisies n’existe plus : décochez-la.',
      interpretation: 'Choisissez un besoin d’interprétation.',
      dietaryNeeds: '1 000 caractères au plus.',
      accessibilityNeeds: '1 000 caractères au plus.',
    },
    list: {
      days: 'Journées',
      actions: 'Actions',
      edit: (name) => `Corriger l’inscription de ${name}`,
      correct: 'Corriger',
      withdrawFailed: 'L’inscription n’a pas été retirée : vérifiez la connexion.',
      editTitle: (name) => `Inscription de ${name}`,
      save: 'Enregistrer la correction',
      saving: 'Enregistrement…',
      cancel: 'Annuler',
      saved: 'Correction enregistrée.',
      failed: 'La correction n’a pas été enregistrée : vérifiez les champs.',
      withdraw: 'Retirer',
      withdrawQuestion: (name) => `Retirer l’inscription de ${name} ?`,
      withdrawConfirm: 'Oui, retirer',
      amendedAt: (when) => `modifiée le ${when}`,
      loading: 'Chargement…',
    },
  },
  ja: {
    personalIntro: (name) => `${name}の参加申込書です。`,
    amendIntro:
      '参加申込書はすでに受け付けています。下記を修正して再送信すると、締切まで前回の内容に置き換わります。',
    collectivite: '自治体',
    delegation: '代表団メンバー',
    delegationHint: '各メンバーの氏名（ローマ字・日本語）、役職、メールアドレス。',
    member: (index) => `メンバー${index}`,
    nameLatin: '氏名（ローマ字）',
    nameJapanese: '氏名（日本語）',
    memberFunction: '役職',
    memberEmail: 'メールアドレス',
    addMember: 'メンバーを追加',
    removeMember: (index) => `メンバー${index}を削除`,
    days: '参加日',
    noDays: '日程はまだ決まっていません。',
    interpretation: '通訳',
    interpretations: {
      none: '通訳不要',
      'into-fr': 'フランス語へ',
      'into-ja': '日本語へ',
      both: 'フランス語と日本語へ',
    },
    dietaryNeeds: '食事制限・アレルギー',
    accessibilityNeeds: 'アクセシビリティ（配慮が必要な事項）',
    optional: '任意',
    send: '申込書を送信',
    amend: '修正を送信',
    amended: 'ありがとうございます。参加申込書を修正しました。',
    amendedHint: '締切までは同じリンクから修正できます。',
    amendAgain: 'もう一度修正する',
    errors: {
      members: 'メンバーの人数が参加人数を超えています。どちらかを修正してください。',
      memberName: 'メンバーの氏名をローマ字または日本語で入力してください。',
      memberEmail: '有効なメールアドレスを入力するか、空欄にしてください。',
      dayIds: '選択した日程の一部はもうありません。チェックを外してください。',
      interpretation: '通訳の要否を選んでください。',
      dietaryNeeds: '1000文字以内で入力してください。',
      accessibilityNeeds: '1000文字以内で入力してください。',
    },
    list: {
      days: '参加日',
      actions: '操作',
      edit: (name) => `${name}の申込を修正`,
      correct: '修正',
      withdrawFailed: '申込を取り消せませんでした。接続を確認してください。',
      editTitle: (name) => `${name}の参加申込`,
      save: '修正を保存',
      saving: '保存中…',
      cancel: 'キャンセル',
      saved: '修正を保存しました。',
      failed: '修正を保存できませんでした。入力内容を確認してください。',
      withdraw: '取り消す',
      withdrawQuestion: (name) => `${name}の申込を取り消しますか？`,
      withdrawConfirm: '取り消す',
      amendedAt: (when) => `${when}に修正`,
      loading: '読み込み中…',
    },
  },
  en: {
    personalIntro: (name) => `The participation form of ${name}.`,
    amendIntro:
      'Your form is already registered: change it below and send it again, it replaces the previous one until the deadline.',
    collectivite: 'Local authority',
    delegation: 'Members of the delegation',
    delegationHint: 'Each member: name in Latin and Japanese script, function, e-mail.',
    member: (index) => `Member ${index}`,
    nameLatin: 'Name (Latin script)',
    nameJapanese: 'Name (Japanese script)',
    memberFunction: 'Function',
    memberEmail: 'E-mail',
    addMember: 'Add a member',
    removeMember: (index) => `Remove member ${index}`,
    days: 'Days you attend',
    noDays: 'The days are not set yet.',
    interpretation: 'Interpretation',
    interpretations: {
      none: 'No interpretation needed',
      'into-fr': 'Into French',
      'into-ja': 'Into Japanese',
      both: 'Into French and Japanese',
    },
    dietaryNeeds: 'Dietary needs, allergies',
    accessibilityNeeds: 'Accessibility needs',
    optional: 'optional',
    send: 'Send the form',
    amend: 'Send the changes',
    amended: 'Thank you! Your form is amended.',
    amendedHint: 'You may change it through this same link until the deadline.',
    amendAgain: 'Change it again',
    errors: {
      members: 'More members named than delegates: correct one or the other.',
      memberName: 'Give the member’s name, in Latin or Japanese script.',
      memberEmail: 'Give a valid e-mail address, or leave it empty.',
      dayIds: 'One of the days picked no longer exists: untick it.',
      interpretation: 'Pick an interpretation need.',
      dietaryNeeds: '1,000 characters at most.',
      accessibilityNeeds: '1,000 characters at most.',
    },
    list: {
      days: 'Days',
      actions: 'Actions',
      edit: (name) => `Correct the registration of ${name}`,
      correct: 'Correct',
      withdrawFailed: 'The registration was not withdrawn: check the connection.',
      editTitle: (name) => `Registration of ${name}`,
      save: 'Save the correction',
      saving: 'Saving…',
      cancel: 'Cancel',
      saved: 'Correction saved.',
      failed: 'The correction was not saved: check the fields.',
      withdraw: 'Withdraw',
      withdrawQuestion: (name) => `Withdraw the registration of ${name}?`,
      withdrawConfirm: 'Yes, withdraw',
      amendedAt: (when) => `amended ${when}`,
      loading: 'Loading…',
    },
  },
}
