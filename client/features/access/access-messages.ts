import type { Role } from '../../../shared/access'
import type { CataloguePart } from '../../lib/i18n/catalogue'

/** A role as the object of « comme … », « … として », "as …". */
const ROLE_AS: Record<'fr' | 'ja' | 'en', Record<Role, string>> = {
  fr: { owner: 'propriétaire', editor: 'éditrice/éditeur', viewer: 'lectrice/lecteur' },
  ja: { owner: 'オーナー', editor: '編集者', viewer: '閲覧者' },
  en: { owner: 'an owner', editor: 'an editor', viewer: 'a viewer' },
}

/** The French words: the shape the other languages fill. */
const accessFr = {
  /** In the revoke confirmation: the member's links that go with them. */
  linksRevokedToo: (count: number) =>
    count === 0
      ? 'Aucun de ses liens d’invitation n’est encore utilisable.'
      : count === 1
        ? 'Son lien d’invitation sera aussi révoqué.'
        : `Ses ${count} liens d’invitation seront aussi révoqués.`,
  /** The heading of the arrivals waiting for an owner. */
  arrivalsTitle: 'En attente d’approbation',
  /** Why they wait. */
  arrivalsHint:
    'Ces personnes ont ouvert un lien créé avant une révocation : elles n’ont aucun accès tant qu’une ou un propriétaire ne les a pas approuvées.',
  /** One arrival: the link they came through, who made it and when. */
  arrivedThrough: (maker: string | null, createdAt: string) =>
    `par le lien de ${maker ?? 'Kaigi'} créé le ${createdAt}`,
  /** What approving makes them. */
  wouldBe: (role: string) => `deviendrait : ${role}`,
  approve: 'Approuver',
  refuse: 'Refuser',
  /** The accessible name of the approve and refuse buttons, naming the person. */
  approveLabel: (name: string) => `Approuver ${name}`,
  refuseLabel: (name: string) => `Refuser ${name}`,
  arrivalFailed: 'La décision n’a pas pu être enregistrée. Réessayez.',
  /** The invitation page, once a new arrival is recorded as waiting. */
  pendingTitle: 'En attente d’approbation',
  pendingBody:
    'Ce lien a été créé avant une révocation : une ou un propriétaire de l’édition doit approuver votre arrivée. Votre navigateur est reconnu ; revenez ici ou rouvrez Kaigi une fois approuvé.',
  /** Asks again whether an owner has approved. */
  checkAgain: 'Vérifier à nouveau',
  stillPending: 'Pas encore approuvé.',
  /** The invitation page's sentence: who invites whom to what, as what. */
  invitesYou: (inviter: string | null, edition: string | null, role: Role) =>
    `${inviter ?? 'Kaigi'} vous invite à rejoindre ${edition ? `« ${edition} »` : 'toutes les éditions'} comme ${ROLE_AS.fr[role]}.`,
  /** A link made before a revocation, in the invitations panel. */
  beforeRevocation:
    'Créé avant une révocation : les nouvelles personnes doivent être approuvées par une ou un propriétaire.',
  /** The heading of the revoked links. */
  revokedLinks: 'Liens révoqués',
  revoked: 'Révoqué',
  /** Who came in through a multi-use link. */
  usedBy: (names: string) => `Entrés par ce lien : ${names}`,
  /** The hint under the max-uses field: one use by default. */
  maxUsesHint: 'Un seul usage par défaut ; videz le champ pour un lien partagé sans limite.',
  /** The owner link's committee question, and its error. */
  ownCommittee: 'Votre comité de pilotage',
  ownCommitteeError: 'Choisissez votre comité.',
  /** The signed-in person's menu. */
  menu: 'Mon compte',
  addDevice: 'Ajouter un appareil',
  addDeviceTitle: 'Se connecter sur un autre appareil',
  addDeviceHint: (minutes: number) =>
    `Ouvrez ce lien ou scannez ce code sur l’autre appareil : il vous y connecte, une seule fois, pendant ${minutes} minutes. Ne le transmettez à personne.`,
  addDeviceQr: 'Code QR du lien de connexion de l’autre appareil',
  addDeviceFailed: 'Le lien n’a pas pu être créé. Réessayez.',
  close: 'Fermer',
  /** The page `/device/<token>`. */
  deviceTitle: 'Connecter cet appareil',
  deviceOffer: (name: string) => `Ce lien connecte cet appareil en tant que ${name}.`,
  deviceSubmit: 'Me connecter ici',
  deviceSubmitting: 'Connexion…',
  deviceLoading: 'Vérification du lien…',
  deviceProblem:
    'Ce lien de connexion a expiré ou a déjà servi. Créez-en un autre depuis l’appareil où vous êtes connecté.',
  deviceFailed: 'La connexion a échoué. Réessayez.',
}

/**
 * The strings of revocation's consequences, arrivals waiting for approval,
 * device links and the invitation's wording, beyond those of the main
 * catalogue's access part.
 */
export type AccessMessages = typeof accessFr

export const accessMessages: CataloguePart<AccessMessages> = {
  fr: accessFr,
  ja: {
    linksRevokedToo: (count) =>
      count === 0
        ? 'この人が作成した招待リンクで有効なものはありません。'
        : `この人が作成した招待リンク${count}件も無効になります。`,
    arrivalsTitle: '承認待ち',
    arrivalsHint:
      '取り消しより前に作成されたリンクから参加した人です。オーナーが承認するまでアクセスできません。',
    arrivedThrough: (maker, createdAt) => `${maker ?? 'Kaigi'}が${createdAt}に作成したリンクから`,
    wouldBe: (role) => `承認後の権限：${role}`,
    approve: '承認',
    refuse: '拒否',
    approveLabel: (name) => `${name}を承認`,
    refuseLabel: (name) => `${name}を拒否`,
    arrivalFailed: '操作を保存できませんでした。もう一度お試しください。',
    pendingTitle: '承認待ち',
    pendingBody:
      'このリンクは取り消しより前に作成されたため、この回のオーナーによる承認が必要です。このブラウザは記憶されています。承認後にこのページに戻るか、Kaigiを開き直してください。',
    checkAgain: 'もう一度確認',
    stillPending: 'まだ承認されていません。',
    invitesYou: (inviter, edition, role) =>
      `${inviter ?? 'Kaigi'}さんから、${edition ? `「${edition}」` : 'すべての回'}に${ROLE_AS.ja[role]}として招待されています。`,
    beforeRevocation: '取り消しより前に作成：新しく参加する人にはオーナーの承認が必要です。',
    revokedLinks: '無効にしたリンク',
    revoked: '無効',
    usedBy: (names) => `このリンクから参加：${names}`,
    maxUsesHint: '既定では1回のみ。空欄にすると回数無制限の共有リンクになります。',
    ownCommittee: '所属する実行委員会',
    ownCommitteeError: '実行委員会を選んでください。',
    menu: 'アカウント',
    addDevice: '端末を追加',
    addDeviceTitle: '別の端末でログイン',
    addDeviceHint: (minutes) =>
      `別の端末でこのリンクを開くか、コードを読み取ってください。${minutes}分間、1回だけその端末でログインできます。他の人には渡さないでください。`,
    addDeviceQr: '別の端末用ログインリンクのQRコード',
    addDeviceFailed: 'リンクを作成できませんでした。もう一度お試しください。',
    close: '閉じる',
    deviceTitle: 'この端末でログイン',
    deviceOffer: (name) => `このリンクで、この端末に${name}としてログインします。`,
    deviceSubmit: 'ここでログイン',
    deviceSubmitting: 'ログイン中…',
    deviceLoading: 'リンクを確認中…',
    deviceProblem:
      'このログインリンクは期限切れか、すでに使用されています。ログイン中の端末から新しいリンクを作成してください。',
    deviceFailed: 'ログインできませんでした。もう一度お試しください。',
  },
  en: {
    linksRevokedToo: (count) =>
      count === 0
        ? 'None of their invitation links can still be used.'
        : count === 1
          ? 'Their invitation link will be revoked too.'
          : `Their ${count} invitation links will be revoked too.`,
    arrivalsTitle: 'Waiting for approval',
    arrivalsHint:
      'These people opened a link created before a revocation: they have no access until an owner approves them.',
    arrivedThrough: (maker, createdAt) =>
      `through the link ${maker ?? 'Kaigi'} created on ${createdAt}`,
    wouldBe: (role) => `would become: ${role}`,
    approve: 'Approve',
    refuse: 'Refuse',
    approveLabel: (name) => `Approve ${name}`,
    refuseLabel: (name) => `Refuse ${name}`,
    arrivalFailed: 'The decision could not be saved. Try again.',
    pendingTitle: 'Waiting for approval',
    pendingBody:
      'This link was created before a revocation: an owner of the edition must approve your arrival. Your browser is remembered; come back here or reopen Kaigi once approved.',
    checkAgain: 'Check again',
    stillPending: 'Not approved yet.',
    invitesYou: (inviter, edition, role) =>
      `${inviter ?? 'Kaigi'} invites you to join ${edition ? `“${edition}”` : 'every edition'} as ${ROLE_AS.en[role]}.`,
    beforeRevocation: 'Created before a revocation: newcomers need an owner’s approval.',
    revokedLinks: 'Revoked links',
    revoked: 'Revoked',
    usedBy: (names) => `Came in through it: ${names}`,
    maxUsesHint: 'One use by default; empty the field for a shared link without limit.',
    ownCommittee: 'Your steering committee',
    ownCommitteeError: 'Choose your committee.',
    menu: 'My account',
    addDevice: 'Add a device',
    addDeviceTitle: 'Sign in on another device',
    addDeviceHint: (minutes) =>
      `Open this link or scan this code on the other device: it signs you in there, once, within ${minutes} minutes. Do not pass it on.`,
    addDeviceQr: 'QR code of the other device’s sign-in link',
    addDeviceFailed: 'The link could not be created. Try again.',
    close: 'Close',
    deviceTitle: 'Sign this device in',
    deviceOffer: (name) => `This link signs this device in as ${name}.`,
    deviceSubmit: 'Sign me in here',
    deviceSubmitting: 'Signing in…',
    deviceLoading: 'Checking the link…',
    deviceProblem:
      'This sign-in link has expired or was already used. Make another from the device where you are signed in.',
    deviceFailed: 'Signing in failed. Try again.',
  },
}
