import * as z from 'zod'
import { type ContactLanguage, ContactLanguageSchema } from './directory'
import { IdSchema, IsoDateSchema, LocalizedTextSchema } from './doc/edition/schema'

/**
 * The sends' API: `POST /api/editions/<id>/sends/pack` (the invitation
 * pack), `GET /api/editions/<id>/sends/pack/preview` (one message as it
 * would go, and the recipients), `POST /api/editions/<id>/sends/reminder`,
 * `POST /api/editions/<id>/outbox/messages/<messageId>/resend`.
 */

export const SendPackSchema = z
  .object({
    /** The collectivités to write to; every linked one with a contact when absent. */
    collectiviteIds: z.array(IdSchema).min(1).max(2000).optional(),
    /** Send again to those that already had the pack. */
    resend: z.boolean().default(false),
  })
  .strict()
export type SendPack = z.infer<typeof SendPackSchema>

const TemplateTextSchema = z.string().max(20_000)

/** The reminder's text in each language, its fields written as the letter's (`{deadline}`). */
export type ReminderTemplate = Record<ContactLanguage, string>

/** The reminder's text until the committees write their own. */
export const DEFAULT_REMINDER: ReminderTemplate = {
  fr: [
    '{salutation}',
    'Le bulletin de participation de {collectivite} aux {ordinal} Rencontres franco-japonaises de la coopération décentralisée, à {host_city} {dates}, ne nous est pas encore parvenu.',
    'Il est à retourner avant le {deadline}, en ligne :\n{form_link}',
    'Avec nos salutations distinguées,',
  ].join('\n\n'),
  ja: [
    '{salutation}',
    '{host_city}で開催される{ordinal}日仏自治体交流会議（{dates}）について、{collectivite}の参加申込書をまだ頂いておりません。',
    '{deadline}までに、次のフォームよりお申し込みください。\n{form_link}',
    'よろしくお願い申し上げます。',
  ].join('\n\n'),
}

export const SendReminderSchema = z
  .object({ template: z.object({ fr: TemplateTextSchema, ja: TemplateTextSchema }).optional() })
  .strict()
export type SendReminder = z.infer<typeof SendReminderSchema>

/**
 * `PUT /api/editions/<id>/reminder`: the reminder to the unregistered on
 * `day` (09:00 on the edition's clocks), before the form's deadline.
 */
export const ScheduleReminderSchema = z
  .object({
    day: IsoDateSchema,
    template: z.object({ fr: TemplateTextSchema, ja: TemplateTextSchema }).optional(),
  })
  .strict()
export type ScheduleReminder = z.infer<typeof ScheduleReminderSchema>

/** `GET /api/editions/<id>/reminder`: the reminder waiting for its day, if any. */
export const ReminderStateSchema = z.object({
  scheduled: z.object({ at: z.iso.datetime(), count: z.number().int() }).nullable(),
})
export type ReminderState = z.infer<typeof ReminderStateSchema>

/** What a send queued, and how many it left out because they already had it. */
export const SendResultSchema = z.object({
  sendId: z.string().nullable(),
  queued: z.number().int(),
  skipped: z.number().int(),
})
export type SendResult = z.infer<typeof SendResultSchema>

export const PackPreviewSchema = z.object({
  /** One message as it would go; null while no one has a contact to write to. */
  message: z
    .object({
      collectiviteId: z.string().nullable(),
      toName: z.string(),
      toEmail: z.string(),
      language: ContactLanguageSchema,
      subject: z.string(),
      text: z.string(),
      html: z.string(),
      attachments: z.array(z.string()),
    })
    .nullable(),
  recipients: z.array(
    z.object({
      collectiviteId: z.string(),
      name: LocalizedTextSchema,
      language: ContactLanguageSchema,
      /** It had the pack already: a send without `resend` leaves it out. */
      alreadySent: z.boolean(),
    }),
  ),
  counts: z.object({ fr: z.number().int(), ja: z.number().int() }),
})
export type PackPreview = z.infer<typeof PackPreviewSchema>
