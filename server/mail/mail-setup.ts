import { resolve } from 'node:path'
import type { Database } from '../../db'
import { readEdition } from '../../shared/doc/edition'
import { editionDocName } from '../../shared/editions'
import type { SummaryCache } from '../editions/summaries'
import type { ExportRenderer } from '../exports/renderer'
import type { Logger } from '../logger'
import type { RoomRegistry } from '../sync/room-registry'
import { packAttachments } from './attachments'
import { type Delivery, fileDelivery, smtpDelivery } from './delivery'
import { MailWorker } from './mail-worker'

/** How Kaigi sends mail, from the environment (SMTP_URL, MAIL_FROM…). */
export interface MailConfig {
  /** Without it, messages are written as `.eml` files under `outboxDir`. */
  smtpUrl?: string | undefined
  from: string
  /** The committee's address; without it, the edition's form return address if it has one. */
  replyTo?: string | undefined
  perMinute: number
  outboxDir: string
  leaseMs?: number
  backoffMs?: number
  maxAttempts?: number
  pollMs?: number
}

export interface MailParts {
  database: Database
  rooms: RoomRegistry
  renderer: ExportRenderer
  summaries: SummaryCache
  log: Logger
  publicUrl?: string | undefined
}

const EMAIL = /[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/

/** The first e-mail address written in `text`, if any. */
export function firstEmail(text: string): string | undefined {
  return text.match(EMAIL)?.[0]
}

/** The worker that delivers the outbox as `config` says; the log tells where mail goes. */
export function createMailWorker(config: MailConfig, parts: MailParts): MailWorker {
  const delivery: Delivery = config.smtpUrl
    ? smtpDelivery(config.smtpUrl)
    : fileDelivery(resolve(config.outboxDir))
  if (delivery.kind === 'files') {
    parts.log.info(
      { event: 'mail-delivery', delivery: 'files', folder: delivery.target },
      `no SMTP_URL: mail is not sent but written as .eml files under ${delivery.target}`,
    )
  } else {
    parts.log.info(
      { event: 'mail-delivery', delivery: 'smtp', server: delivery.target },
      `mail is sent through ${delivery.target}, ${config.perMinute} a minute at most`,
    )
  }
  const replyTo = async (editionId: string): Promise<string | undefined> => {
    if (config.replyTo) return config.replyTo
    const formReturn = await parts.rooms.read(
      editionDocName(editionId),
      (doc) => readEdition(doc).value.meta.formReturn,
    )
    return firstEmail(formReturn.fr) ?? firstEmail(formReturn.ja)
  }
  return new MailWorker({
    database: parts.database,
    delivery,
    makeAttachment: packAttachments(parts),
    log: parts.log,
    from: config.from,
    replyTo,
    perMinute: config.perMinute,
    ...(config.leaseMs !== undefined ? { leaseMs: config.leaseMs } : {}),
    ...(config.backoffMs !== undefined ? { backoffMs: config.backoffMs } : {}),
    ...(config.maxAttempts !== undefined ? { maxAttempts: config.maxAttempts } : {}),
    ...(config.pollMs !== undefined ? { pollMs: config.pollMs } : {}),
  })
}
