import { type Outbox, OutboxSchema } from '../../../shared/mail'
import {
  type PackPreview,
  PackPreviewSchema,
  type ReminderState,
  ReminderStateSchema,
  type ReminderTemplate,
  type SendPack,
  type SendResult,
  SendResultSchema,
} from '../../../shared/mail-sends'
import { callApi } from '../../lib/api'

const editionApi = (editionId: string) => `/api/editions/${encodeURIComponent(editionId)}`

/** The edition's sends with their messages, newest first; `search` by collectivité. */
export const fetchOutbox = (editionId: string, search: string): Promise<Outbox> =>
  callApi(
    `${editionApi(editionId)}/outbox${search.trim() ? `?search=${encodeURIComponent(search.trim())}` : ''}`,
    OutboxSchema,
  )

/** One pack message as it would go (to `collectiviteId`, or the first), and the recipients. */
export const fetchPackPreview = (
  editionId: string,
  collectiviteId: string | null,
): Promise<PackPreview> =>
  callApi(
    `${editionApi(editionId)}/sends/pack/preview${collectiviteId ? `?collectivite=${encodeURIComponent(collectiviteId)}` : ''}`,
    PackPreviewSchema,
  )

export const sendPack = (editionId: string, body: Partial<SendPack>): Promise<SendResult> =>
  callApi(`${editionApi(editionId)}/sends/pack`, SendResultSchema, { method: 'POST', body })

export const sendReminder = (editionId: string, template: ReminderTemplate): Promise<SendResult> =>
  callApi(`${editionApi(editionId)}/sends/reminder`, SendResultSchema, {
    method: 'POST',
    body: { template },
  })

export const resendMessage = (editionId: string, messageId: string): Promise<void> =>
  callApi(
    `${editionApi(editionId)}/outbox/messages/${encodeURIComponent(messageId)}/resend`,
    null,
    { method: 'POST' },
  )

/** The reminder waiting for its day, if one does. */
export const fetchReminder = (editionId: string): Promise<ReminderState> =>
  callApi(`${editionApi(editionId)}/reminder`, ReminderStateSchema)

/** The reminder to the unregistered on `day` ('YYYY-MM-DD', 09:00 on the edition's clocks). */
export const scheduleReminder = (
  editionId: string,
  day: string,
  template: ReminderTemplate,
): Promise<SendResult> =>
  callApi(`${editionApi(editionId)}/reminder`, SendResultSchema, {
    method: 'PUT',
    body: { day, template },
  })

export const cancelReminder = (editionId: string): Promise<void> =>
  callApi(`${editionApi(editionId)}/reminder`, null, { method: 'DELETE' })
