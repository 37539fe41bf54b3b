import { randomUUID } from 'node:crypto'
import { and, asc, desc, eq, inArray, or, type SQLWrapper, sql } from 'drizzle-orm'
import type { Db } from '../../db'
import type { RowWrite } from '../../db/row-write'
import { outboxMessages, outboxSends } from '../../db/schema'
import { ErrorCode } from '../../shared/errors'
import {
  type AttachmentRecipe,
  MessageState,
  type OutboxMessage,
  type OutboxSend,
  type SendKind,
} from '../../shared/mail'
import { AppError } from '../app-error'

/** A message to queue: what it says and to whom; its attachments as recipes. */
export interface NewMessage {
  collectiviteId: string | null
  toName: string
  toEmail: string
  language: 'fr' | 'ja'
  subject: string
  text: string
  html: string
  attachments: AttachmentRecipe[]
}

/** What a send is, as its action names it. */
export interface NewSend {
  id: string
  editionId: string
  kind: SendKind
  createdBy: string | null
}

export interface OutboxStoreOptions {
  /** The right-hand side of every Message-ID (`<id@domain>`): MAIL_FROM's domain. */
  messageIdDomain?: string
  now?: () => number
}

/** The domain of an address (`Comité <comite@example.org>` → `example.org`), for Message-IDs. */
export function addressDomain(address: string | undefined): string | undefined {
  const match = address?.match(/@([A-Za-z0-9.-]+)>?\s*$/)
  return match?.[1]
}

// drizzle's like() names no escape character, so that a searched % or _ would match anything.
const contains = (column: SQLWrapper, pattern: string) => sql`${column} LIKE ${pattern} ESCAPE '\\'`

const iso = (date: Date | null): string | null => (date ? date.toISOString() : null)

/**
 * The outbox's queries: queuing a send's messages (as statements, to commit
 * with the action that asks for them), listing them for the outbox screen,
 * resending one. The mail worker's own claims are in `mail-worker.ts`.
 */
export class OutboxStore {
  private readonly domain: string
  private readonly now: () => number

  constructor(
    private readonly db: Db,
    options: OutboxStoreOptions = {},
  ) {
    this.domain = options.messageIdDomain ?? 'kaigi.invalid'
    this.now = options.now ?? Date.now
  }

  /**
   * The statements that queue a send and its messages, to be committed with
   * the action that asks for them: pass them as `rooms.change`'s
   * `statements`, or to `client.batch(statements, 'write')`. They are
   * libSQL `RowWrite`s (SQL with positional arguments), not drizzle
   * batch items. Each message gets its stable Message-ID here: every attempt
   * to send it carries the same one.
   */
  sendStatements(send: NewSend, messages: readonly NewMessage[]): RowWrite[] {
    const now = this.now()
    const statements: RowWrite[] = [
      {
        sql: 'INSERT INTO outbox_sends (id, edition_id, kind, created_by, created_at) VALUES (?, ?, ?, ?, ?)',
        args: [send.id, send.editionId, send.kind, send.createdBy, now],
      },
    ]
    messages.forEach((message, position) => {
      const id = randomUUID()
      statements.push({
        sql:
          'INSERT INTO outbox_messages (id, send_id, edition_id, position, collectivite_id, to_name, to_email, ' +
          'language, subject, text, html, attachments, message_id, state, attempts, next_attempt_at, created_at) ' +
          'VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)',
        args: [
          id,
          send.id,
          send.editionId,
          position,
          message.collectiviteId,
          message.toName,
          message.toEmail,
          message.language,
          message.subject,
          message.text,
          message.html,
          JSON.stringify(message.attachments),
          `<${id}@${this.domain}>`,
          MessageState.Queued,
          now,
          now,
        ],
      })
    })
    return statements
  }

  /**
   * An edition's sends, newest first, each with its messages in their
   * order; with `search`, only the messages whose recipient's name, address
   * or collectivité matches it (and the sends that keep some).
   */
  async list(editionId: string, search?: string): Promise<OutboxSend[]> {
    const sends = await this.db
      .select()
      .from(outboxSends)
      .where(eq(outboxSends.editionId, editionId))
      .orderBy(desc(outboxSends.createdAt), desc(outboxSends.id))
    if (sends.length === 0) return []
    const term = search?.trim()
    const pattern = term ? `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null
    const rows = await this.db
      .select()
      .from(outboxMessages)
      .where(
        and(
          inArray(
            outboxMessages.sendId,
            sends.map((send) => send.id),
          ),
          pattern
            ? or(
                contains(outboxMessages.toName, pattern),
                contains(outboxMessages.toEmail, pattern),
                contains(outboxMessages.collectiviteId, pattern),
              )
            : undefined,
        ),
      )
      .orderBy(asc(outboxMessages.sendId), asc(outboxMessages.position))
    const bySend = new Map<string, OutboxMessage[]>()
    for (const row of rows) {
      const list = bySend.get(row.sendId) ?? []
      list.push({
        id: row.id,
        sendId: row.sendId,
        collectiviteId: row.collectiviteId,
        toName: row.toName,
        toEmail: row.toEmail,
        language: row.language,
        subject: row.subject,
        state: row.state,
        attempts: row.attempts,
        lastError: row.lastError,
        nextAttemptAt:
          row.state === MessageState.Queued || row.state === MessageState.Retrying
            ? iso(row.nextAttemptAt)
            : null,
        sentAt: iso(row.sentAt),
        createdAt: row.createdAt.toISOString(),
      })
      bySend.set(row.sendId, list)
    }
    return sends
      .map((send) => ({
        id: send.id,
        kind: send.kind,
        createdAt: send.createdAt.toISOString(),
        createdBy: send.createdBy,
        messages: bySend.get(send.id) ?? [],
      }))
      .filter((send) => !pattern || send.messages.length > 0)
  }

  /**
   * Queues a failed or sent message again, as a new attempt of the same
   * message (same Message-ID): its attempts start again from none. A message
   * still queued or retrying is refused (it will go out anyway), an unknown
   * one is not found.
   */
  async resend(editionId: string, messageId: string): Promise<void> {
    const now = this.now()
    const [row] = await this.db
      .update(outboxMessages)
      .set({
        state: MessageState.Queued,
        attempts: 0,
        lastError: null,
        nextAttemptAt: new Date(now),
        leaseUntil: null,
      })
      .where(
        and(
          eq(outboxMessages.id, messageId),
          eq(outboxMessages.editionId, editionId),
          inArray(outboxMessages.state, [MessageState.Failed, MessageState.Sent]),
        ),
      )
      .returning({ id: outboxMessages.id })
    if (row) return
    const [existing] = await this.db
      .select({ state: outboxMessages.state })
      .from(outboxMessages)
      .where(and(eq(outboxMessages.id, messageId), eq(outboxMessages.editionId, editionId)))
    if (!existing) throw new AppError(404, ErrorCode.NotFound, 'no such message in this outbox')
    throw new AppError(
      409,
      ErrorCode.InUse,
      `this message is ${existing.state}: it will be sent without being asked again`,
    )
  }

  /** How many messages of every edition are in each state, in one query (for the metrics). */
  async countByState(): Promise<Partial<Record<MessageState, number>>> {
    const rows = await this.db
      .select({ state: outboxMessages.state, count: sql<number>`count(*)` })
      .from(outboxMessages)
      .groupBy(outboxMessages.state)
    return Object.fromEntries(rows.map((row) => [row.state, Number(row.count)]))
  }
}

/** Makes an attachment from its recipe, for the edition as it now is committed. */
export type AttachmentMaker = (
  editionId: string,
  recipe: AttachmentRecipe,
  language: 'fr' | 'ja',
) => Promise<{ filename: string; content: Uint8Array; contentType: string }>
