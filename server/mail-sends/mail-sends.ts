/**
 * The sends: who each kind writes to, what it says, and the statements
 * that queue it in the outbox, committed with the action that asks for it
 * (the pack and the reminder by themselves, the confirmation with its
 * registration, the change notice with its publication).
 */
import type { Database } from '../../db'
import type { RowWrite } from '../../db/row-write'
import type { ContactLanguage } from '../../shared/directory'
import { type EditionSnapshot, instantToZoned, newId } from '../../shared/doc/edition'
import { ErrorCode, type FieldIssue } from '../../shared/errors'
import { PACK_FILES } from '../../shared/letters/pack'
import { MessageState, type OutboxSend, SendKind } from '../../shared/mail'
import { DEFAULT_REMINDER, type ReminderTemplate } from '../../shared/mail-sends'
import { AppError } from '../app-error'
import { DirectoryStore } from '../directory/directory-store'
import { VersionReader } from '../editions/published-programme'
import type { SummaryCache } from '../editions/summaries'
import { type EditionLetterSources, letterLanguage, letterSources } from '../letters/letter-sources'
import { fileProblems } from '../letters/pack-check'
import { attachmentName } from '../mail/attachment-names'
import type { OutboxStore } from '../mail/outbox-store'
import { PersonalLinks } from '../registrations/personal-links'
import { RegistrationStore } from '../registrations/registration-store'
import type { RoomRegistry } from '../sync/room-registry'
import { changeNotices } from './change-notices'
import { confirmationMessage } from './confirmation-message'
import { type ComposedMessage, packMessage } from './pack-message'
import { linkedCollectivites, type MailRecipient, mailRecipients } from './recipients'
import { reminderMessage } from './reminder-message'
import {
  cancelFor,
  cancelScheduled,
  dueAt,
  reminderInstant,
  scheduledReminder,
} from './reminder-schedule'

export interface MailSendsDeps {
  database: Database
  rooms: RoomRegistry
  summaries: SummaryCache
  outbox: OutboxStore
  publicUrl?: string | undefined
  /** The clock the reminder's day is read on. */
  now?: () => number
  /**
   * Called once messages were queued, or made due sooner, and committed:
   * wakes the mail worker (without one, the outbox only fills).
   */
  onMailQueued?: (() => void) | undefined
}

/** What a send queued, and whom it left out because they already had it. */
export interface SendResult {
  sendId: string | null
  queued: number
  skipped: number
}

const byLanguage = (recipients: readonly { language: ContactLanguage }[]) => ({
  fr: recipients.filter((each) => each.language === 'fr').length,
  ja: recipients.filter((each) => each.language === 'ja').length,
})

/** The collectivités a kind of send reached (a message not failed), from the outbox's sends. */
export function reached(sends: readonly OutboxSend[], kind: SendKind): Set<string> {
  const ids = new Set<string>()
  for (const send of sends) {
    if (send.kind !== kind) continue
    for (const message of send.messages) {
      if (message.collectiviteId && message.state !== MessageState.Failed) {
        ids.add(message.collectiviteId)
      }
    }
  }
  return ids
}

export class MailSends {
  private readonly registrations: RegistrationStore
  private readonly versionsRead: VersionReader

  readonly outbox: OutboxStore

  private readonly now: () => number
  /** Each edition's pack send under way, the next one waiting for it. */
  private readonly packSends = new Map<string, Promise<void>>()

  constructor(private readonly deps: MailSendsDeps) {
    this.now = deps.now ?? Date.now
    this.outbox = deps.outbox
    this.registrations = new RegistrationStore(deps.database.db)
    this.versionsRead = new VersionReader(deps.database, 16 * 1024 * 1024)
  }

  private queue(
    editionId: string,
    kind: SendKind,
    createdBy: string | null,
    messages: ComposedMessage[],
  ): { id: string; statements: RowWrite[] } {
    const id = newId()
    return {
      id,
      statements: this.deps.outbox.sendStatements({ id, editionId, kind, createdBy }, messages),
    }
  }

  private async commit(statements: RowWrite[]): Promise<void> {
    await this.deps.database.client.batch(statements, 'write')
    this.queued()
  }

  /**
   * Tells the mail worker that messages were queued: for those whose
   * statements another part committed (a confirmation, a change notice), or
   * a resend.
   */
  queued(): void {
    this.deps.onMailQueued?.()
  }

  /** The pack's recipients among `ids` (default: every linked collectivité with a contact). */
  async packRecipients(
    editionId: string,
    edition: EditionSnapshot,
    ids?: readonly string[],
  ): Promise<{ recipients: MailRecipient[]; sources: EditionLetterSources }> {
    let chosen = linkedCollectivites(edition.collectivites)
    if (ids) {
      const unknown = ids.filter((id) => !chosen.some((each) => each.id === id))
      if (unknown.length > 0) {
        throw new AppError(
          400,
          ErrorCode.InvalidInput,
          `not collectivités of this edition linked to the directory: ${unknown.join(', ')}`,
          unknown.map((id) => ({ path: 'collectiviteIds', message: id })),
        )
      }
      chosen = chosen.filter((each) => ids.includes(each.id))
    }
    const sources = await letterSources(this.deps, editionId, edition, chosen)
    return { recipients: mailRecipients(sources, chosen), sources }
  }

  /** Refuses with 409, naming who lacks what, while any recipient's pack would print a blank. */
  requireComplete(edition: EditionSnapshot, recipients: readonly MailRecipient[]): void {
    const issues: FieldIssue[] = []
    const refused = new Set<string>()
    for (const { collectivite, inputs, language } of recipients) {
      for (const file of PACK_FILES) {
        for (const issue of fileProblems(file, edition, inputs, language)) {
          issues.push({ ...issue, path: `collectivites.${collectivite.id}.${file}.${issue.path}` })
          refused.add(collectivite.name[language] || collectivite.name.fr || collectivite.id)
        }
      }
    }
    if (issues.length === 0) return
    const fields = [...new Set(issues.map((issue) => issue.message))]
    throw new AppError(
      409,
      ErrorCode.LetterIncomplete,
      `the pack cannot be sent: ${[...refused].join(', ')} lack ${fields.join(', ')}`,
      issues,
      issues[0]?.code,
    )
  }

  /** Queues the pack to `ids`' contacts; those who already had it are skipped unless `resend`. */
  sendPack(
    editionId: string,
    edition: EditionSnapshot,
    createdBy: string | null,
    options: { collectiviteIds?: readonly string[] | undefined; resend?: boolean | undefined },
  ): Promise<SendResult> {
    // One pack send of an edition at a time: two clicks at once would each
    // find no one served yet and write to everyone twice.
    const previous = this.packSends.get(editionId) ?? Promise.resolve()
    const next = previous
      .catch(() => {})
      .then(() => this.sendPackNow(editionId, edition, createdBy, options))
    const settled = next.then(
      () => {},
      () => {},
    )
    this.packSends.set(editionId, settled)
    void settled.then(() => {
      if (this.packSends.get(editionId) === settled) this.packSends.delete(editionId)
    })
    return next
  }

  private async sendPackNow(
    editionId: string,
    edition: EditionSnapshot,
    createdBy: string | null,
    options: { collectiviteIds?: readonly string[] | undefined; resend?: boolean | undefined },
  ): Promise<SendResult> {
    const { recipients } = await this.packRecipients(editionId, edition, options.collectiviteIds)
    if (recipients.length === 0) {
      throw new AppError(
        409,
        ErrorCode.LetterIncomplete,
        'no collectivité of this edition has a contact with an e-mail in the directory: the pack has no one to write to',
      )
    }
    this.requireComplete(edition, recipients)
    const already = options.resend
      ? new Set<string>()
      : reached(await this.deps.outbox.list(editionId), SendKind.Pack)
    const fresh = recipients.filter((each) => !already.has(each.collectivite.id))
    const skipped = recipients.length - fresh.length
    if (fresh.length === 0) return { sendId: null, queued: 0, skipped }
    const send = this.queue(
      editionId,
      SendKind.Pack,
      createdBy,
      fresh.map((each) => packMessage(edition, each)),
    )
    await this.commit(send.statements)
    return { sendId: send.id, queued: fresh.length, skipped }
  }

  /** One pack message as it would go, and how many go in each language. */
  async packPreview(editionId: string, edition: EditionSnapshot, collectiviteId?: string) {
    const { recipients } = await this.packRecipients(editionId, edition)
    const already = reached(await this.deps.outbox.list(editionId), SendKind.Pack)
    const shown = collectiviteId
      ? recipients.find((each) => each.collectivite.id === collectiviteId)
      : recipients[0]
    if (collectiviteId && !shown) {
      throw new AppError(
        404,
        ErrorCode.NotFound,
        `no collectivité ${collectiviteId} with a contact to write to in this edition`,
      )
    }
    const message = shown ? packMessage(edition, shown) : null
    return {
      message: message && {
        collectiviteId: message.collectiviteId,
        toName: message.toName,
        toEmail: message.toEmail,
        language: message.language,
        subject: message.subject,
        text: message.text,
        html: message.html,
        attachments: message.attachments.map((each) => attachmentName(each, message.language)),
      },
      recipients: recipients.map((each) => ({
        collectiviteId: each.collectivite.id,
        name: each.collectivite.name,
        language: each.language,
        alreadySent: already.has(each.collectivite.id),
      })),
      counts: byLanguage(recipients),
    }
  }

  /** Queues the reminder to the linked collectivités with a contact that have not registered. */
  async sendReminder(
    editionId: string,
    edition: EditionSnapshot,
    createdBy: string | null,
    template: ReminderTemplate = DEFAULT_REMINDER,
    /** The day it is due, 'YYYY-MM-DD' on the edition's clocks; now without it. */
    day?: string,
  ): Promise<SendResult> {
    const registered = new Set(
      (await this.registrations.list(editionId)).flatMap((row) =>
        row.collectiviteId ? [row.collectiviteId] : [],
      ),
    )
    const late = linkedCollectivites(edition.collectivites).filter(
      (each) => !registered.has(each.id),
    )
    const sources = await letterSources(this.deps, editionId, edition, late)
    if (sources.deadline === null) {
      throw new AppError(
        409,
        ErrorCode.LetterIncomplete,
        'the edition has no form: there is nothing to remind',
        [{ path: 'deadline', code: 'missing_field', message: 'deadline' }],
      )
    }
    if (sources.deadline.getTime() <= this.now()) {
      throw new AppError(
        409,
        ErrorCode.FormClosed,
        `the form's deadline has passed (${sources.deadline.toISOString()}): there is nothing to remind`,
      )
    }
    const at = day ? reminderInstant(day, edition, sources.deadline, this.now()) : null
    const recipients = mailRecipients(sources, late)
    if (recipients.length === 0) return { sendId: null, queued: 0, skipped: 0 }
    const messages = recipients.map((each) => reminderMessage(edition, template, each))
    const send = this.queue(editionId, SendKind.Reminder, createdBy, messages)
    // A day chosen again replaces the reminder that waited for the one before.
    await this.commit(
      at
        ? [...cancelScheduled(editionId, this.now()), ...send.statements, dueAt(send.id, at)]
        : send.statements,
    )
    return { sendId: send.id, queued: messages.length, skipped: 0 }
  }

  /** The reminder waiting for its day, if one does. */
  async scheduled(editionId: string): Promise<{ at: string; count: number } | null> {
    return scheduledReminder(await this.outbox.list(editionId), this.now())
  }

  /** Withdraws the reminder waiting for its day. */
  async cancelScheduled(editionId: string): Promise<void> {
    await this.commit(cancelScheduled(editionId, this.now()))
  }

  /**
   * The statements that queue a registration's confirmation, to commit
   * with the registration itself: to the e-mail its form gave, in its
   * collectivité's letters' language, with its own link to amend it.
   */
  async confirmationStatements(
    editionId: string,
    edition: EditionSnapshot,
    registration: {
      collectiviteId: string | null
      collectiviteName: string
      country: 'FR' | 'JP'
      contactName: string
      email: string
      delegates: number
      amended: boolean
    },
    deadline: Date,
  ): Promise<RowWrite[]> {
    const collectivite = edition.collectivites.find(
      (each) => each.id === registration.collectiviteId,
    )
    const entry = collectivite?.directoryId
      ? (await new DirectoryStore(this.deps.database.db).list()).find(
          (each) => each.id === collectivite.directoryId,
        )
      : undefined
    const language = letterLanguage(registration.country, entry)
    const path =
      registration.collectiviteId && this.deps.publicUrl
        ? (
            await new PersonalLinks(this.deps.database.db).paths(editionId, [
              registration.collectiviteId,
            ])
          ).get(registration.collectiviteId)
        : undefined
    const message = confirmationMessage(edition, {
      collectiviteId: registration.collectiviteId,
      collectiviteName: collectivite?.name[language] || registration.collectiviteName,
      language,
      toName: registration.contactName,
      toEmail: registration.email,
      delegates: registration.delegates,
      amended: registration.amended,
      formUrl: path ? `${this.deps.publicUrl?.replace(/\/+$/, '')}${path}` : null,
      deadlineDay: instantToZoned(deadline, edition.meta.timeZone).day,
    })
    return [
      ...this.queue(editionId, SendKind.Confirmation, null, [message]).statements,
      // Registered: its reminder, if one waits, has no reason to go.
      ...(registration.collectiviteId ? cancelFor(editionId, registration.collectiviteId) : []),
    ]
  }

  /**
   * The statements that queue, after `versionId`'s publication at
   * `publishedAt`, a notice to each registered collectivité of what changed
   * since the version it was last sent (the one in force when its last
   * notice was queued; for one never sent a notice, the one in force until
   * now), with the updated calendar.
   */
  async changeNoticeStatements(
    editionId: string,
    edition: EditionSnapshot,
    versionId: string,
    publishedAt: Date,
    createdBy: string | null,
  ): Promise<RowWrite[]> {
    const messages = await changeNotices(
      {
        database: this.deps.database,
        outbox: this.outbox,
        registrations: this.registrations,
        versions: this.versionsRead,
      },
      editionId,
      edition,
      versionId,
      publishedAt,
    )
    return messages.length > 0
      ? this.queue(editionId, SendKind.ChangeNotice, createdBy, messages).statements
      : []
  }
}
