import type { Database } from '../../db'
import { type AttachmentRecipe, MessageState } from '../../shared/mail'
import { AppError } from '../app-error'
import type { Logger } from '../logger'
import { type Delivery, failureReason, isPermanent } from './delivery'
import type { AttachmentMaker } from './outbox-store'

export interface MailWorkerOptions {
  database: Database
  delivery: Delivery
  makeAttachment: AttachmentMaker
  log: Logger
  /** Every message's `From`. */
  from: string
  /** The committee's address for an edition's answers (`Reply-To`); none when undefined. */
  replyTo?: (editionId: string) => Promise<string | undefined>
  /** Messages sent per minute at most. */
  perMinute: number
  /** How long a claimed message is held: longer than any attempt (SMTP's own timeouts). */
  leaseMs?: number
  /** Attempts before a message that keeps failing transiently is given up as failed. */
  maxAttempts?: number
  /** The wait after a first transient failure; it doubles at each next one. */
  backoffMs?: number
  /** The longest wait between two attempts. */
  maxBackoffMs?: number
  /**
   * The longest an idle worker sleeps before it looks again, for messages
   * another process queued: this process's own wake it (`wake`), and one
   * due later (a retry, a reminder's day) is looked for when it is due.
   */
  pollMs?: number
  now?: () => number
}

const DEFAULTS = {
  leaseMs: 180_000,
  maxAttempts: 8,
  backoffMs: 30_000,
  maxBackoffMs: 3_600_000,
  pollMs: 10_000,
}

/** A claimed message, as the worker sends it. */
interface Claimed {
  id: string
  editionId: string
  toName: string
  toEmail: string
  language: 'fr' | 'ja'
  subject: string
  text: string
  html: string
  attachments: AttachmentRecipe[]
  messageId: string
  attempts: number
}

/** A claimed row, its columns by name. */
const claimedOf = (row: Readonly<Record<string, unknown>>): Claimed => ({
  id: String(row.id),
  editionId: String(row.edition_id),
  toName: String(row.to_name),
  toEmail: String(row.to_email),
  language: row.language === 'ja' ? 'ja' : 'fr',
  subject: String(row.subject),
  text: String(row.text),
  html: String(row.html),
  attachments: JSON.parse(String(row.attachments)) as AttachmentRecipe[],
  messageId: String(row.message_id),
  attempts: Number(row.attempts),
})

/**
 * Claims the next due message, oldest first, in one statement: its lease
 * is committed before anything is sent, so that a second process, or this
 * one restarted after a crash, leaves it alone until the lease lapses.
 */
const CLAIM_SQL = `
UPDATE outbox_messages SET lease_until = ?, attempts = attempts + 1
WHERE id = (
  SELECT id FROM outbox_messages
  WHERE state IN ('${MessageState.Queued}', '${MessageState.Retrying}')
    AND next_attempt_at <= ?
    AND (lease_until IS NULL OR lease_until <= ?)
  ORDER BY next_attempt_at, created_at, send_id, position
  LIMIT 1
)
RETURNING *`

/** When the next message still to send is due: its next attempt, or its lease's end if later. */
const NEXT_DUE_SQL = `
SELECT MIN(MAX(next_attempt_at, COALESCE(lease_until, 0))) AS due FROM outbox_messages
WHERE state IN ('${MessageState.Queued}', '${MessageState.Retrying}')`

/**
 * Delivers the outbox: takes due messages one at a time, in the order they
 * were queued, at most `perMinute` a minute; makes their attachments (on
 * the export thread) and hands them to the delivery; marks a message sent
 * only once the delivery resolved (the SMTP server answered 250, or the
 * `.eml` file is on disk). A 4xx or a lost connection makes it `retrying`
 * with its reason and a doubling wait, a 5xx or too many attempts
 * `failed`. Everything is awaited: the server's thread goes on relaying
 * edits meanwhile.
 *
 * At a crash, a message whose attempt was under way keeps its lease, and is
 * sent again once the lease lapses: if the server had accepted it before
 * the crash, its recipient gets it twice, under the same Message-ID, which
 * mail clients take as one message. A message recorded sent is never sent
 * again unless someone resends it.
 */
export class MailWorker {
  private readonly leaseMs: number
  private readonly maxAttempts: number
  private readonly backoffMs: number
  private readonly maxBackoffMs: number
  private readonly pollMs: number
  private readonly now: () => number
  private readonly spacingMs: number
  private running: Promise<void> | null = null
  private stopping = false
  private wakeUp: (() => void) | null = null
  /** Whether `wake` was called since the last claim began: the worker then looks again at once. */
  private woken = false
  private nextStartAt = 0

  constructor(private readonly options: MailWorkerOptions) {
    this.leaseMs = options.leaseMs ?? DEFAULTS.leaseMs
    this.maxAttempts = options.maxAttempts ?? DEFAULTS.maxAttempts
    this.backoffMs = options.backoffMs ?? DEFAULTS.backoffMs
    this.maxBackoffMs = options.maxBackoffMs ?? DEFAULTS.maxBackoffMs
    this.pollMs = options.pollMs ?? DEFAULTS.pollMs
    this.now = options.now ?? Date.now
    this.spacingMs = 60_000 / options.perMinute
  }

  get delivery(): Delivery['kind'] {
    return this.options.delivery.kind
  }

  /** Starts delivering; what is due is taken at once. */
  start(): void {
    if (this.running) return
    this.stopping = false
    this.running = this.loop().catch((error: unknown) => {
      this.options.log.error({ err: error }, 'the mail worker stopped')
    })
  }

  /**
   * Messages were queued, or made due sooner (committed already): look
   * now. Called while a claim is under way, it makes the worker look once
   * more, as the claim may have read the outbox before that commit.
   */
  wake(): void {
    this.woken = true
    this.wakeUp?.()
  }

  /** Finishes the attempt under way, then stops; the queue waits for the next start. */
  async stop(): Promise<void> {
    this.stopping = true
    this.wake()
    await this.running
    this.running = null
    this.options.delivery.close()
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      const wait = this.nextStartAt - this.now()
      if (wait > 0) {
        await this.sleep(wait)
        continue
      }
      let claimed: Claimed | null
      this.woken = false
      try {
        claimed = await this.claim()
      } catch (error) {
        // The database is away for a moment: try again at the next poll.
        this.options.log.warn({ err: error }, 'the outbox could not be read')
        await this.sleep(this.pollMs)
        continue
      }
      if (!claimed) {
        const wait = await this.untilNextDue()
        if (!this.woken) await this.sleep(wait)
        continue
      }
      this.nextStartAt = this.now() + this.spacingMs
      await this.attempt(claimed)
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.stopping) return Promise.resolve()
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer)
        this.wakeUp = null
        resolve()
      }
      const timer = setTimeout(done, ms)
      this.wakeUp = done
    })
  }

  /**
   * How long to sleep when nothing can be claimed: until the next message
   * is due, at most `pollMs`. A failed read waits `pollMs`, as a failed
   * claim does.
   */
  private async untilNextDue(): Promise<number> {
    try {
      const { rows } = await this.options.database.client.execute(NEXT_DUE_SQL)
      const due = rows[0]?.due
      if (due === null || due === undefined) return this.pollMs
      return Math.min(this.pollMs, Math.max(0, Number(due) - this.now()))
    } catch (error) {
      this.options.log.warn({ err: error }, 'the outbox could not be read')
      return this.pollMs
    }
  }

  private async claim(): Promise<Claimed | null> {
    const now = this.now()
    const [row] = await this.options.database.writeReturning({
      sql: CLAIM_SQL,
      args: [now + this.leaseMs, now, now],
    })
    return row ? claimedOf(row) : null
  }

  private async attempt(message: Claimed): Promise<void> {
    const { log } = this.options
    try {
      const attachments = []
      for (const recipe of message.attachments) {
        attachments.push(
          await this.options.makeAttachment(message.editionId, recipe, message.language),
        )
      }
      const replyTo = await this.options.replyTo?.(message.editionId)
      await this.options.delivery.send({
        messageId: message.messageId,
        from: this.options.from,
        to: { name: message.toName, address: message.toEmail },
        ...(replyTo ? { replyTo } : {}),
        subject: message.subject,
        text: message.text,
        html: message.html,
        attachments: attachments.map((each) => ({
          filename: each.filename,
          content: Buffer.from(each.content.buffer, each.content.byteOffset, each.content.length),
          contentType: each.contentType,
        })),
      })
    } catch (error) {
      await this.failed(message, error)
      return
    }
    // The window in which a crash sends a message twice: from the server's
    // 250 to this commit, one statement.
    await this.record(message.id, {
      sql: `UPDATE outbox_messages SET state = '${MessageState.Sent}', sent_at = ?, lease_until = NULL, last_error = NULL WHERE id = ?`,
      args: [this.now(), message.id],
    })
    log.info(
      { event: 'mail-sent', messageId: message.messageId, attempts: message.attempts },
      `sent ${message.messageId}`,
    )
  }

  private async failed(message: Claimed, error: unknown): Promise<void> {
    // An attachment that cannot be made (a letter that lacks a fact) stays so until someone acts.
    const permanent = isPermanent(error) || error instanceof AppError
    const reason = failureReason(error)
    const givenUp = permanent || message.attempts >= this.maxAttempts
    const wait = Math.min(this.maxBackoffMs, this.backoffMs * 2 ** (message.attempts - 1))
    await this.record(message.id, {
      sql: 'UPDATE outbox_messages SET state = ?, last_error = ?, next_attempt_at = ?, lease_until = NULL WHERE id = ?',
      args: [
        givenUp ? MessageState.Failed : MessageState.Retrying,
        reason,
        givenUp ? this.now() : this.now() + wait,
        message.id,
      ],
    })
    this.options.log.warn(
      { event: givenUp ? 'mail-failed' : 'mail-retrying', messageId: message.messageId, reason },
      givenUp ? `could not send ${message.messageId}` : `will try ${message.messageId} again`,
    )
  }

  /**
   * Records an attempt's outcome; if the database refuses, the lease stays
   * and the message is taken up again when it lapses.
   */
  private async record(
    id: string,
    statement: { sql: string; args: (string | number | null)[] },
  ): Promise<void> {
    try {
      await this.options.database.client.execute(statement)
    } catch (error) {
      this.options.log.error(
        { err: error, id },
        'an outbox message’s outcome could not be recorded',
      )
    }
  }
}
