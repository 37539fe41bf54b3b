import { mkdir, open, rename } from 'node:fs/promises'
import { join } from 'node:path'
import type { NodemailerError, SendMailOptions, Transporter } from 'nodemailer'

/**
 * How messages leave: `smtp` through the server of `SMTP_URL`, `files` as
 * `.eml` files in a folder (the embedded default, which shows what would
 * go out).
 */
export type DeliveryKind = 'smtp' | 'files'

export interface Delivery {
  kind: DeliveryKind
  /** Where messages go, as the log says it (the SMTP server's host, never its password; the folder). */
  target: string
  /** Resolves once the message is the server's (it answered 250) or on disk (fsync'd). */
  send(message: SendMailOptions & { messageId: string }): Promise<void>
  close(): void
}

/**
 * Longer waits than these mean the server is gone: the attempt fails as a
 * transient error and is retried, and the claim on the message (its lease)
 * outlasts them all.
 */
const SMTP_TIMEOUTS = {
  connectionTimeout: 30_000,
  greetingTimeout: 30_000,
  socketTimeout: 60_000,
}

/**
 * A transport made with the first message: nodemailer then loads, not at
 * start (most instances send nothing for weeks).
 */
function lazyTransport(make: (mailer: typeof import('nodemailer').default) => Transporter) {
  let transport: Promise<Transporter> | undefined
  return {
    get: () => {
      transport ??= import('nodemailer').then((loaded) => make(loaded.default))
      return transport
    },
    close: () => void transport?.then((made) => made.close()),
  }
}

/** Sends through the SMTP server of `url`, one connection per message. */
export function smtpDelivery(url: string): Delivery {
  const transport = lazyTransport((mailer) => mailer.createTransport({ url, ...SMTP_TIMEOUTS }))
  const { host, port } = new URL(url)
  return {
    kind: 'smtp',
    target: `${host}${port ? `:${port}` : ''}`,
    async send(message) {
      await (await transport.get()).sendMail(message)
    },
    close: transport.close,
  }
}

/** A Message-ID as a file name: `<id@domain>` → `id@domain`, nothing that leaves the folder. */
export function emlFileName(messageId: string): string {
  return `${messageId.replace(/^<|>$/g, '').replace(/[^A-Za-z0-9@._-]/g, '_')}.eml`
}

/**
 * Writes each message, as nodemailer would send it (the same MIME), to
 * `<folder>/<Message-ID>.eml`: written beside, fsync'd, then renamed into
 * place, so that a file that is there is whole. Sending the same message
 * again writes the same file.
 */
export function fileDelivery(folder: string): Delivery {
  const transport = lazyTransport((mailer) =>
    mailer.createTransport({ streamTransport: true, buffer: true }),
  )
  return {
    kind: 'files',
    target: folder,
    async send(message) {
      const info = await (await transport.get()).sendMail(message)
      await mkdir(folder, { recursive: true })
      const name = emlFileName(message.messageId)
      const partial = join(folder, `.${name}.partial`)
      const file = await open(partial, 'w')
      try {
        await file.writeFile(info.message as Buffer)
        await file.sync()
      } finally {
        await file.close()
      }
      await rename(partial, join(folder, name))
      const directory = await open(folder, 'r')
      try {
        await directory.sync()
      } finally {
        await directory.close()
      }
    },
    close: transport.close,
  }
}

/**
 * Whether a failed attempt is worth another: not once the server refused the
 * message for good (a 5xx reply but 503, as nodemailer reads RFC 5321), yes
 * for a 4xx or a connection that failed.
 */
export function isPermanent(error: unknown): boolean {
  return (error as NodemailerError | null)?.permanent === true
}

/** What the outbox screen says of a failure: the server's reply, else the error. */
export function failureReason(error: unknown): string {
  const failure = error as NodemailerError | null
  const reason = failure?.response ?? (error instanceof Error ? error.message : String(error))
  return reason.slice(0, 1000)
}
