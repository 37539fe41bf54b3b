import type { AddressInfo } from 'node:net'
import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

/**
 * The mail worker's own poll in the tests of delivery through SMTP: an hour
 * apart, so that a message goes out within a test only if whatever queued
 * it (the pack, a reminder, a confirmation, a change notice, a resend) woke
 * the worker, as it must.
 */
export const WAKE_ONLY_POLL_MS = 3_600_000

/** A message the test's SMTP server accepted (answered 250 to), in order. */
export interface Received {
  raw: Buffer
  mail: ParsedMail
  messageId: string
  recipients: string[]
  /** When the server accepted it (performance.now()). */
  at: number
}

/** What the server answers one recipient: accept, or refuse with a reply code. */
export type RcptAnswer = { accept: true } | { accept: false; code: number; message: string }

export interface SmtpSink {
  url: string
  /** Every message accepted, in the order the server accepted them: its log. */
  received: Received[]
  /** Every RCPT TO the server was asked, accepted or not. */
  asked: string[]
  /** Every DATA the server was sent, whether it answered it or not (a held one). */
  data: number
  /** Resolves once `count` messages were accepted in all. */
  receivedCount(count: number): Promise<void>
  close(): Promise<void>
}

/**
 * A real SMTP server (nodemailer's smtp-server) on a free port, without TLS
 * or authentication; `answer` decides each recipient, by its address and
 * how many times it has been asked before.
 */
export async function startSmtpSink(
  answer: (address: string, asked: number) => RcptAnswer = () => ({ accept: true }),
  options: {
    /**
     * Called with each message's number (0 first) once its content arrived:
     * true leaves it unanswered for good, as a server that never gets to
     * say 250 (its sender killed meanwhile).
     */
    hold?: (index: number) => boolean
    /**
     * False: keep each message raw, unparsed (`mail` stays empty but for
     * its Message-ID), for a bench whose own parsing would share the
     * server's thread.
     */
    parse?: boolean
  } = {},
): Promise<SmtpSink> {
  let data = 0
  const received: Received[] = []
  const asked: string[] = []
  const waiters: { count: number; resolve: () => void }[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      const times = asked.filter((each) => each === address.address).length
      asked.push(address.address)
      const decision = answer(address.address, times)
      if (decision.accept) return callback()
      const error = Object.assign(new Error(decision.message), { responseCode: decision.code })
      callback(error)
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('end', () => {
        const index = data++
        if (options.hold?.(index)) return
        const raw = Buffer.concat(chunks)
        const at = performance.now()
        const parsed =
          options.parse === false
            ? Promise.resolve({
                attachments: [],
                messageId: raw.toString('latin1').match(/^Message-ID:\s*(\S+)/im)?.[1],
              } as unknown as ParsedMail)
            : simpleParser(raw)
        void parsed.then((mail) => {
          received.push({
            raw,
            mail,
            messageId: mail.messageId ?? '',
            recipients: session.envelope.rcptTo.map((each) => each.address),
            at,
          })
          for (const waiter of [...waiters]) {
            if (received.length >= waiter.count) {
              waiters.splice(waiters.indexOf(waiter), 1)
              waiter.resolve()
            }
          }
          callback()
        }, callback)
      })
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    asked,
    get data() {
      return data
    },
    receivedCount(count) {
      if (received.length >= count) return Promise.resolve()
      return new Promise((resolve) => waiters.push({ count, resolve }))
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
