/**
 * The sends and the outbox, for an edition's editors and owners only (the
 * messages carry the directory's contacts): the invitation pack with its
 * preview, the reminder to the unregistered (at once, or on a chosen day:
 * `PUT /api/editions/<id>/reminder`), the outbox's list with a
 * search by collectivité, and the resend of one message. The confirmation
 * and the change notice are queued by the registration and publication
 * routes, in their own transactions.
 */
import { type Context, Hono } from 'hono'
import type { Database } from '../../db'
import { Role } from '../../shared/access'
import { ErrorCode } from '../../shared/errors'
import type { Outbox } from '../../shared/mail'
import {
  type PackPreview,
  type ReminderState,
  ScheduleReminderSchema,
  SendPackSchema,
  SendReminderSchema,
  type SendResult,
} from '../../shared/mail-sends'
import type { AccessStore } from '../access/access-store'
import type { AppEnv } from '../app-env'
import { AppError } from '../app-error'
import type { SummaryCache } from '../editions/summaries'
import { readBody } from '../http/read-body'
import { requireRole } from '../http/roles'
import { readSnapshot } from '../letters/letter-sources'
import { addressDomain, OutboxStore } from '../mail/outbox-store'
import type { RoomRegistry } from '../sync/room-registry'
import { MailSends, type MailSendsDeps } from './mail-sends'

export interface MailRouteDeps {
  database: Database
  access: AccessStore
  rooms: RoomRegistry
  summaries: SummaryCache
  publicUrl?: string | undefined
  /** How messages leave: `files` (`.eml` under ./data/outbox/) unless SMTP is configured. */
  mailDelivery?: 'smtp' | 'files' | undefined
  /** MAIL_FROM, whose domain the Message-IDs take. */
  mailFrom?: string | undefined
  /** Wakes the mail worker once messages are queued: see `MailSendsDeps`. */
  onMailQueued?: MailSendsDeps['onMailQueued']
}

/** The sends' service of an app, made once, shared with the routes that queue messages. */
export function mailSendsOf(deps: MailRouteDeps): MailSends {
  const domain = addressDomain(deps.mailFrom)
  const outbox = new OutboxStore(deps.database.db, domain ? { messageIdDomain: domain } : {})
  return new MailSends({ ...deps, outbox })
}

export function mailRoutes(deps: MailRouteDeps, sends: MailSends = mailSendsOf(deps)) {
  const outbox = sends.outbox

  const editor = async (c: Context<AppEnv>) => {
    const editionId = c.req.param('id') ?? ''
    const caller = await requireRole(c, deps.access, editionId, [Role.Owner, Role.Editor])
    return { editionId, caller }
  }
  const sender = async (c: Context<AppEnv>) => {
    const found = await editor(c)
    if (found.caller.readOnlyEdition) {
      throw new AppError(400, ErrorCode.BadRequest, 'this edition is a record: nothing is sent')
    }
    return found
  }

  return new Hono<AppEnv>()
    .get('/api/editions/:id/outbox', async (c) => {
      const { editionId } = await editor(c)
      const term = c.req.query('search')?.trim().toLowerCase() ?? ''
      let listed = await outbox.list(editionId)
      if (term) {
        // By the collectivité's names as the edition has them, or its contact.
        const edition = await readSnapshot(deps.rooms, editionId)
        const named = new Set(
          edition.collectivites
            .filter((each) =>
              [each.name.fr, each.name.ja, each.name.en].some((name) =>
                name.toLowerCase().includes(term),
              ),
            )
            .map((each) => each.id),
        )
        listed = listed
          .map((send) => ({
            ...send,
            messages: send.messages.filter(
              (message) =>
                (message.collectiviteId !== null && named.has(message.collectiviteId)) ||
                message.toName.toLowerCase().includes(term) ||
                message.toEmail.toLowerCase().includes(term),
            ),
          }))
          .filter((send) => send.messages.length > 0)
      }
      const body: Outbox = { sends: listed, delivery: deps.mailDelivery ?? 'files' }
      return c.json(body, 200, { 'Cache-Control': 'no-store' })
    })
    .get('/api/editions/:id/sends/pack/preview', async (c) => {
      const { editionId } = await editor(c)
      const edition = await readSnapshot(deps.rooms, editionId)
      const body: PackPreview = await sends.packPreview(
        editionId,
        edition,
        c.req.query('collectivite') || undefined,
      )
      return c.json(body, 200, { 'Cache-Control': 'no-store' })
    })
    .post('/api/editions/:id/sends/pack', async (c) => {
      const { editionId, caller } = await sender(c)
      const input = await readBody(c, SendPackSchema)
      const edition = await readSnapshot(deps.rooms, editionId)
      const body: SendResult = await sends.sendPack(editionId, edition, caller.personId, input)
      return c.json(body, body.queued > 0 ? 201 : 200)
    })
    .post('/api/editions/:id/sends/reminder', async (c) => {
      const { editionId, caller } = await sender(c)
      const input = await readBody(c, SendReminderSchema)
      const edition = await readSnapshot(deps.rooms, editionId)
      const body: SendResult = await sends.sendReminder(
        editionId,
        edition,
        caller.personId,
        input.template,
      )
      return c.json(body, body.queued > 0 ? 201 : 200)
    })
    .get('/api/editions/:id/reminder', async (c) => {
      const { editionId } = await editor(c)
      const body: ReminderState = { scheduled: await sends.scheduled(editionId) }
      return c.json(body, 200, { 'Cache-Control': 'no-store' })
    })
    .put('/api/editions/:id/reminder', async (c) => {
      const { editionId, caller } = await sender(c)
      const input = await readBody(c, ScheduleReminderSchema)
      const edition = await readSnapshot(deps.rooms, editionId)
      const body: SendResult = await sends.sendReminder(
        editionId,
        edition,
        caller.personId,
        input.template,
        input.day,
      )
      return c.json(body, 200)
    })
    .delete('/api/editions/:id/reminder', async (c) => {
      const { editionId } = await sender(c)
      await sends.cancelScheduled(editionId)
      return c.body(null, 204)
    })
    .post('/api/editions/:id/outbox/messages/:messageId/resend', async (c) => {
      const { editionId } = await sender(c)
      await outbox.resend(editionId, c.req.param('messageId'))
      sends.queued()
      return c.body(null, 204)
    })
}
