import type { CataloguePart } from '../../lib/i18n/catalogue'
import { plural } from '../../lib/i18n/plural'

/** The French words: the shape the other languages fill. */
const outboxFr = {
  /** The edition's tab. */
  tab: 'Envois',
  title: 'Envois et boîte d’envoi',
  intro:
    'Le dossier d’invitation, les relances et les avis de changement partent d’ici ; chaque message est suivi jusqu’à ce que le serveur de courrier l’accepte.',
  /** Said to a viewer, who sees nothing of the outbox. */
  editorsOnly: 'Les envois sont réservés aux éditeurs et aux propriétaires de l’édition.',
  /** No SMTP server configured: messages are written as files. */
  filesDelivery:
    'Aucun serveur SMTP n’est configuré : les messages sont écrits en fichiers .eml dans ./data/outbox/ sur le serveur, rien ne part.',
  smtpDelivery: 'Les messages partent par le serveur SMTP configuré.',
  packTitle: 'Envoyer le dossier d’invitation',
  packIntro:
    'À chaque collectivité liée à l’annuaire qui a un contact, dans la langue de son contact : un message d’accompagnement, la lettre et ses trois pièces jointes.',
  /** The count of recipients per language. */
  recipients: (fr: number, ja: number) =>
    `${fr + ja} destinataire${plural('fr', fr + ja, '', 's')} : ${fr} en français, ${ja} en japonais`,
  /** How many already had the pack. */
  alreadySent: (count: number) =>
    `${count} l’${plural('fr', count, 'a', 'ont')} déjà reçu : ${plural('fr', count, 'elle ne le recevra', 'elles ne le recevront')} pas une seconde fois.`,
  noRecipients:
    'Aucune collectivité de l’édition n’a de contact avec une adresse électronique dans l’annuaire.',
  previewOf: 'Aperçu du message à',
  previewLabel: 'Aperçu du message',
  to: 'À',
  subject: 'Objet',
  attachments: 'Pièces jointes',
  /** The language a message is written in. */
  language: { fr: 'français', ja: 'japonais' },
  resendAll: 'Renvoyer aussi à celles qui l’ont déjà reçu',
  send: (count: number) => `Envoyer le dossier (${count})`,
  confirmQuestion: (count: number) =>
    `Envoyer le dossier à ${count} collectivité${plural('fr', count, '', 's')} ? Les messages ne peuvent pas être rappelés.`,
  confirm: 'Confirmer l’envoi',
  cancel: 'Annuler',
  /** What a send did. */
  sent: (queued: number, skipped: number) =>
    `${queued} message${plural('fr', queued, '', 's')} en file d’envoi${skipped > 0 ? ` ; ${skipped} collectivité${plural('fr', skipped, '', 's')} déjà servie${plural('fr', skipped, '', 's')}, laissée${plural('fr', skipped, '', 's')} de côté` : ''}.`,
  nothingToSend: (skipped: number) =>
    `Rien n’est parti : les ${skipped} destinataires ont déjà reçu le dossier.`,
  reminderTitle: 'Relance',
  reminderIntro:
    'Un rappel de la date limite aux collectivités qui n’ont pas encore renvoyé leur bulletin.',
  sendReminder: 'Envoyer la relance maintenant',
  reminderQuestion:
    'Envoyer la relance à toutes les collectivités qui n’ont pas encore renvoyé leur bulletin ?',
  /** The day input of the scheduled reminder. */
  reminderDay: 'Jour de la relance (à 9 h, heure de l’édition)',
  scheduleReminder: 'Programmer la relance',
  /** The reminder waiting for its day: when, to how many. */
  reminderScheduled: (when: string, count: number) =>
    `Relance programmée le ${when} pour ${count} collectivité${plural('fr', count, '', 's')} ; celles qui s’inscrivent d’ici là ne la recevront pas.`,
  cancelSchedule: 'Annuler la relance programmée',
  /** The reminder's two templates, folded. */
  templateTitle: 'Texte de la relance',
  templateHint:
    'Les champs s’écrivent comme dans la lettre : {salutation}, {collectivite}, {deadline}, {form_link}, {host_city}, {dates}, {ordinal}.',
  templateIn: { fr: 'En français', ja: 'En japonais' },
  /** A queued message waiting for its day. */
  dueOn: (when: string) => `Prévu le ${when}`,
  listTitle: 'Boîte d’envoi',
  search: 'Chercher une collectivité',
  searchPlaceholder: 'Nom, contact ou adresse',
  empty: 'Aucun message envoyé pour l’instant.',
  noMatch: 'Aucun message pour cette recherche.',
  kind: {
    pack: 'Dossier d’invitation',
    reminder: 'Relance',
    change_notice: 'Avis de changement',
    confirmation: 'Accusé de réception',
  },
  /** A send's heading: its kind, when, how many messages. */
  sendHeading: (kind: string, when: string, count: number) =>
    `${kind} — ${when} — ${count} message${plural('fr', count, '', 's')}`,
  state: { queued: 'En attente', retrying: 'Nouvel essai', sent: 'Envoyé', failed: 'Échec' },
  recipient: 'Destinataire',
  status: 'État',
  action: 'Action',
  /** A failed message's reason. */
  reason: (reason: string) => `Motif : ${reason}`,
  /** A retrying message's next attempt, and how many were made. */
  nextAttempt: (when: string, attempts: number) =>
    `Prochain essai ${when} (${attempts} essai${plural('fr', attempts, '', 's')})`,
  sentAt: (when: string) => `Envoyé ${when}`,
  resend: 'Renvoyer',
  /** The resend button's full name for a screen reader. */
  resendTo: (name: string) => `Renvoyer le message à ${name}`,
  /** Said while the list is asked again every few seconds. */
  watching: 'Des messages attendent : la liste se met à jour toute seule.',
  loading: 'Chargement…',
  failedToLoad: (reason: string) => `Impossible de charger : ${reason}`,
  /** A send refused: the form's deadline has passed. */
  formClosed: 'La date limite du bulletin est passée : il n’y a plus personne à relancer.',
  /** A send refused: a letter or the reminder lacks a fact (the server's words follow). */
  incomplete: (detail: string) =>
    `Rien n’est parti : il manque des éléments (voir l’onglet Lettre d’invitation). Détail : ${detail}`,
  /** Any other refusal, with the server's words. */
  refused: (detail: string) => `Refusé : ${detail}`,
}

/** The strings of the mail tab: the pack's send with its preview, and the outbox. */
export type OutboxMessages = typeof outboxFr

export const outboxMessages: CataloguePart<OutboxMessages> = {
  fr: outboxFr,
  ja: {
    tab: '送信',
    title: '送信と送信箱',
    intro:
      '案内一式、督促、変更のお知らせをここから送信します。各メッセージはメールサーバーが受け付けるまで追跡されます。',
    editorsOnly: '送信は、この回の編集者と所有者のみが利用できます。',
    filesDelivery:
      'SMTPサーバーが設定されていません。メッセージはサーバーの ./data/outbox/ に .eml ファイルとして保存され、実際には送信されません。',
    smtpDelivery: 'メッセージは設定されたSMTPサーバーから送信されます。',
    packTitle: '案内一式を送る',
    packIntro:
      '名簿に連絡先のある各自治体へ、連絡先の言語で、送付状・案内状・添付書類3点を送ります。',
    recipients: (fr, ja) => `送信先 ${fr + ja}件（フランス語 ${fr}件、日本語 ${ja}件）`,
    alreadySent: (count) => `${count}件は送信済みのため、再度は送りません。`,
    noRecipients: 'メールアドレスのある連絡先が名簿に登録された自治体がありません。',
    previewOf: 'プレビューする送信先',
    previewLabel: 'メッセージのプレビュー',
    to: '宛先',
    subject: '件名',
    attachments: '添付ファイル',
    language: { fr: 'フランス語', ja: '日本語' },
    resendAll: '送信済みの自治体にも再送する',
    send: (count) => `案内一式を送る（${count}件）`,
    confirmQuestion: (count) =>
      `${count}件の自治体に案内一式を送信しますか？送信後は取り消せません。`,
    confirm: '送信を確定',
    cancel: 'キャンセル',
    sent: (queued, skipped) =>
      `${queued}件を送信待ちに追加しました${skipped > 0 ? `（送信済みの${skipped}件は除外）` : ''}。`,
    nothingToSend: (skipped) => `送信先${skipped}件はすべて送信済みのため、何も送っていません。`,
    reminderTitle: '督促',
    reminderIntro: 'まだ参加申込書を提出していない自治体に、締切をお知らせします。',
    sendReminder: '督促を今すぐ送る',
    reminderQuestion: '参加申込書をまだ提出していないすべての自治体に督促を送信しますか？',
    reminderDay: '督促の送信日（開催地時間の9時）',
    scheduleReminder: '督促を予約する',
    reminderScheduled: (when, count) =>
      `${when}に${count}件の自治体へ督促を送信予定です。それまでに申し込んだ自治体には送信されません。`,
    cancelSchedule: '督促の予約を取り消す',
    templateTitle: '督促の文面',
    templateHint:
      '差し込み項目は案内状と同じ書き方です：{salutation}、{collectivite}、{deadline}、{form_link}、{host_city}、{dates}、{ordinal}',
    templateIn: { fr: 'フランス語', ja: '日本語' },
    dueOn: (when) => `${when} 送信予定`,
    listTitle: '送信箱',
    search: '自治体を検索',
    searchPlaceholder: '名称、担当者、メールアドレス',
    empty: 'まだ送信したメッセージはありません。',
    noMatch: '該当するメッセージはありません。',
    kind: {
      pack: '案内一式',
      reminder: '督促',
      change_notice: '変更のお知らせ',
      confirmation: '受付のお知らせ',
    },
    sendHeading: (kind, when, count) => `${kind}（${when}・${count}件）`,
    state: { queued: '送信待ち', retrying: '再試行中', sent: '送信済み', failed: '失敗' },
    recipient: '送信先',
    status: '状態',
    action: '操作',
    reason: (reason) => `理由：${reason}`,
    nextAttempt: (when, attempts) => `次回の試行 ${when}（${attempts}回試行）`,
    sentAt: (when) => `${when} 送信`,
    resend: '再送',
    resendTo: (name) => `${name}へのメッセージを再送`,
    watching: '送信待ちのメッセージがあります。一覧は自動で更新されます。',
    loading: '読み込み中…',
    failedToLoad: (reason) => `読み込めません：${reason}`,
    formClosed: '参加申込書の締切が過ぎているため、督促は送れません。',
    incomplete: (detail) =>
      `不足している項目があるため、送信していません（案内状タブを確認してください）。詳細：${detail}`,
    refused: (detail) => `送信できません：${detail}`,
  },
  en: {
    tab: 'Mail',
    title: 'Mail and outbox',
    intro:
      'The invitation pack, the reminders and the change notices leave from here; each message is followed until the mail server accepts it.',
    editorsOnly: 'Mail is for the edition’s editors and owners only.',
    filesDelivery:
      'No SMTP server is configured: messages are written as .eml files under ./data/outbox/ on the server, and nothing leaves.',
    smtpDelivery: 'Messages leave through the configured SMTP server.',
    packTitle: 'Send the invitation pack',
    packIntro:
      'To each collectivité linked to the directory that has a contact, in its contact’s language: a covering note, the letter and its three attachments.',
    recipients: (fr, ja) =>
      `${fr + ja} recipient${plural('en', fr + ja, '', 's')}: ${fr} in French, ${ja} in Japanese`,
    alreadySent: (count) => `${count} already had it: they will not get it twice.`,
    noRecipients: 'No collectivité of the edition has a contact with an e-mail in the directory.',
    previewOf: 'Preview the message to',
    previewLabel: 'Message preview',
    to: 'To',
    subject: 'Subject',
    attachments: 'Attachments',
    language: { fr: 'French', ja: 'Japanese' },
    resendAll: 'Send again to those that already had it',
    send: (count) => `Send the pack (${count})`,
    confirmQuestion: (count) =>
      `Send the pack to ${count} collectivité${plural('en', count, '', 's')}? Messages cannot be called back.`,
    confirm: 'Confirm the send',
    cancel: 'Cancel',
    sent: (queued, skipped) =>
      `${queued} message${plural('en', queued, '', 's')} queued${skipped > 0 ? `; ${skipped} that already had it left out` : ''}.`,
    nothingToSend: (skipped) => `Nothing sent: all ${skipped} recipients already had the pack.`,
    reminderTitle: 'Reminder',
    reminderIntro: 'A reminder of the deadline to the collectivités that have not registered yet.',
    sendReminder: 'Send the reminder now',
    reminderQuestion: 'Send the reminder to every collectivité that has not registered yet?',
    reminderDay: 'Reminder day (9:00, the edition’s time)',
    scheduleReminder: 'Schedule the reminder',
    reminderScheduled: (when, count) =>
      `Reminder scheduled for ${when} to ${count} collectivité${plural('en', count, '', 's')}; those that register before then will not get it.`,
    cancelSchedule: 'Cancel the scheduled reminder',
    templateTitle: 'The reminder’s text',
    templateHint:
      'Fields are written as in the letter: {salutation}, {collectivite}, {deadline}, {form_link}, {host_city}, {dates}, {ordinal}.',
    templateIn: { fr: 'In French', ja: 'In Japanese' },
    dueOn: (when) => `Due ${when}`,
    listTitle: 'Outbox',
    search: 'Search a collectivité',
    searchPlaceholder: 'Name, contact or address',
    empty: 'No message sent yet.',
    noMatch: 'No message for this search.',
    kind: {
      pack: 'Invitation pack',
      reminder: 'Reminder',
      change_notice: 'Change notice',
      confirmation: 'Confirmation',
    },
    sendHeading: (kind, when, count) =>
      `${kind} — ${when} — ${count} message${plural('en', count, '', 's')}`,
    state: { queued: 'Queued', retrying: 'Retrying', sent: 'Sent', failed: 'Failed' },
    recipient: 'Recipient',
    status: 'State',
    action: 'Action',
    reason: (reason) => `Reason: ${reason}`,
    nextAttempt: (when, attempts) =>
      `Next attempt ${when} (${attempts} attempt${plural('en', attempts, '', 's')})`,
    sentAt: (when) => `Sent ${when}`,
    resend: 'Resend',
    resendTo: (name) => `Resend the message to ${name}`,
    watching: 'Messages are waiting: the list updates by itself.',
    loading: 'Loading…',
    failedToLoad: (reason) => `Could not load: ${reason}`,
    formClosed: 'The form’s deadline has passed: there is no one left to remind.',
    incomplete: (detail) =>
      `Nothing sent: some facts are missing (see the letter tab). Details: ${detail}`,
    refused: (detail) => `Refused: ${detail}`,
  },
}
