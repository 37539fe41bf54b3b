import * as z from 'zod'
import { ContactLanguageSchema } from './directory'
import { IdSchema } from './doc/edition/schema'
import { PACK_FILES } from './letters/pack'

/**
 * The outbox: every message Kaigi sends is queued in the database in the
 * same transaction as the action that asked for it, then delivered by the
 * mail worker (SMTP, or `.eml` files under `./data/outbox/` without
 * `SMTP_URL`). A message is marked sent only once the server accepted it.
 */

/** Why a send was made. */
export const SendKind = {
  /** The invitation pack: each collectivité's letter and its three attachments. */
  Pack: 'pack',
  /** Before the form's deadline, to the collectivités that have not registered. */
  Reminder: 'reminder',
  /** After a publication, to the registered: what changed since the version they were last sent. */
  ChangeNotice: 'change_notice',
  /** To a collectivité whose registration arrived or was amended, with its personal link. */
  Confirmation: 'confirmation',
} as const
export type SendKind = (typeof SendKind)[keyof typeof SendKind]
export const SendKindSchema = z.enum(SendKind)

/**
 * A message's way through the outbox: `queued` until its first attempt;
 * `retrying` after a transient failure (4xx, a connection lost), with its
 * reason and next attempt; `sent` once the server accepted it; `failed`
 * after a permanent refusal (5xx) or too many attempts: it stays, shown,
 * until someone resends it.
 */
export const MessageState = {
  Queued: 'queued',
  Retrying: 'retrying',
  Sent: 'sent',
  Failed: 'failed',
} as const
export type MessageState = (typeof MessageState)[keyof typeof MessageState]
export const MessageStateSchema = z.enum(MessageState)

/**
 * An attachment as its recipe: made when the message is sent, from the
 * edition as it then is committed, so that the outbox stores no copies.
 */
export const AttachmentRecipeSchema = z.discriminatedUnion('kind', [
  /** One of a collectivité's pack files (letter.pdf, agenda.pdf…). */
  z.object({
    kind: z.literal('pack'),
    collectiviteId: IdSchema,
    file: z.enum(PACK_FILES as [string, ...string[]]),
  }),
  /** The published programme's calendar (programme.ics). */
  z.object({ kind: z.literal('calendar') }),
])
export type AttachmentRecipe = z.infer<typeof AttachmentRecipeSchema>

/** A message of the outbox, as the outbox screen lists it. */
export const OutboxMessageSchema = z.object({
  id: z.string(),
  sendId: z.string(),
  /** The edition's collectivité it is written to; null for a message to someone else. */
  collectiviteId: z.string().nullable(),
  toName: z.string(),
  toEmail: z.string(),
  language: ContactLanguageSchema,
  subject: z.string(),
  state: MessageStateSchema,
  attempts: z.number().int(),
  /** The last failure's reason, as the server gave it. */
  lastError: z.string().nullable(),
  nextAttemptAt: z.iso.datetime().nullable(),
  sentAt: z.iso.datetime().nullable(),
  createdAt: z.iso.datetime(),
})
export type OutboxMessage = z.infer<typeof OutboxMessageSchema>

/** A send with its messages, newest first in `GET /api/editions/<id>/outbox`. */
export const OutboxSendSchema = z.object({
  id: z.string(),
  kind: SendKindSchema,
  createdAt: z.iso.datetime(),
  /** The member who asked for it; null for Kaigi itself (a confirmation). */
  createdBy: z.string().nullable(),
  messages: z.array(OutboxMessageSchema),
})
export type OutboxSend = z.infer<typeof OutboxSendSchema>

export const OutboxSchema = z.object({
  sends: z.array(OutboxSendSchema),
  /** How messages leave: through SMTP, or written as `.eml` files (no `SMTP_URL`). */
  delivery: z.enum(['smtp', 'files']),
})
export type Outbox = z.infer<typeof OutboxSchema>
