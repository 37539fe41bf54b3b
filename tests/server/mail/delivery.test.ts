import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Writable } from 'node:stream'
import { simpleParser } from 'mailparser'
import { pino } from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import { seedDemoEdition } from '../../../server/editions/demo'
import type { NewMessage } from '../../../server/mail/outbox-store'
import { MessageState, type OutboxMessage, SendKind } from '../../../shared/mail'
import { startServer, type TestServer } from '../../helpers/start-server'
import { type SmtpSink, startSmtpSink, WAKE_ONLY_POLL_MS } from './smtp-sink'

const EDITION = 'shizuoka-2024'
const FROM = 'Comité des Rencontres <comite@rencontres.example>'
const REPLY_TO = 'secretariat@rencontres.example'

const message = (toName: string, toEmail: string, language: 'fr' | 'ja'): NewMessage => ({
  collectiviteId: null,
  toName,
  toEmail,
  language,
  subject:
    language === 'ja'
      ? '第8回日仏自治体交流会議のご案内（静岡市）'
      : 'Invitation aux 8es Rencontres franco-japonaises',
  text:
    language === 'ja'
      ? '拝啓　時下ますますご清栄のこととお慶び申し上げます。'
      : 'Madame, Monsieur,',
  html: language === 'ja' ? '<p>拝啓</p>' : '<p>Madame, Monsieur,</p>',
  attachments: [],
})

let server: TestServer | undefined
let sink: SmtpSink | undefined
const removeAfter: string[] = []

afterEach(async () => {
  await server?.close()
  server?.cleanup()
  await sink?.close()
  server = undefined
  sink = undefined
  for (const folder of removeAfter.splice(0)) await rm(folder, { recursive: true, force: true })
})

/** The server's log lines, as JSON objects. */
const logged: Record<string, unknown>[] = []
const logSink = new Writable({
  write(chunk, _encoding, done) {
    for (const line of String(chunk).split('\n')) if (line) logged.push(JSON.parse(line))
    done()
  },
})

async function start(mail: {
  smtpUrl?: string
  outboxDir?: string
  backoffMs?: number
}): Promise<TestServer> {
  server = await startServer({
    log: pino({ level: 'info', base: undefined }, logSink),
    seeds: [{ id: EDITION, readOnly: false, fill: (doc) => seedDemoEdition(doc) }],
    mail: {
      from: FROM,
      replyTo: REPLY_TO,
      perMinute: 60_000,
      outboxDir: mail.outboxDir ?? 'unused',
      backoffMs: mail.backoffMs ?? 20,
      maxAttempts: 4,
      pollMs: WAKE_ONLY_POLL_MS,
      ...(mail.smtpUrl ? { smtpUrl: mail.smtpUrl } : {}),
    },
  })
  return server
}

async function queue(test: TestServer, messages: NewMessage[]): Promise<void> {
  const statements = test.kaigi.outbox.sendStatements(
    { id: `send-${Date.now()}`, editionId: EDITION, kind: SendKind.Pack, createdBy: null },
    messages,
  )
  await test.kaigi.database.client.batch(statements, 'write')
  test.kaigi.mail?.wake()
}

async function messages(test: TestServer): Promise<OutboxMessage[]> {
  return (await test.kaigi.outbox.list(EDITION)).flatMap((send) => send.messages)
}

/** Waits until no message is queued or retrying any more. */
async function settled(test: TestServer): Promise<OutboxMessage[]> {
  for (;;) {
    const last = await messages(test)
    const pending = last.some(
      (each) => each.state === MessageState.Queued || each.state === MessageState.Retrying,
    )
    if (!pending) return last
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('the outbox’s delivery through SMTP', () => {
  it('sends a Japanese message with its subject and name encoded, a text and an HTML part, From and Reply-To', async () => {
    sink = await startSmtpSink()
    const test = await start({ smtpUrl: sink.url })
    await queue(test, [message('佐藤 花子', 'hanako.sato@matsumoto.example', 'ja')])
    await sink.receivedCount(1)
    const [got] = sink.received
    const headers = got?.raw.toString('latin1').split(/\r?\n\r?\n/)[0] ?? ''
    // RFC 2047: the raw header is ASCII, its words encoded as UTF-8.
    expect(headers).toMatch(/^Subject: =\?UTF-8\?[BQ]\?/im)
    expect(headers).toMatch(/^To: =\?UTF-8\?[BQ]\?.*\?= <hanako\.sato@matsumoto\.example>/im)
    expect([...headers].every((char) => char.charCodeAt(0) < 0x80)).toBe(true)
    expect(got?.mail.subject).toBe('第8回日仏自治体交流会議のご案内（静岡市）')
    expect(got?.mail.to).toMatchObject({
      value: [{ name: '佐藤 花子', address: 'hanako.sato@matsumoto.example' }],
    })
    expect(got?.mail.from?.value).toEqual([
      { name: 'Comité des Rencontres', address: 'comite@rencontres.example' },
    ])
    expect(got?.mail.replyTo?.value[0]?.address).toBe(REPLY_TO)
    expect(got?.mail.text?.trim()).toBe('拝啓　時下ますますご清栄のこととお慶び申し上げます。')
    expect(got?.mail.html).toContain('<p>拝啓</p>')
    expect(got?.messageId).toMatch(/^<[0-9a-f-]+@rencontres\.example>$/)
    const [state] = await settled(test)
    expect(state).toMatchObject({ state: MessageState.Sent, attempts: 1, lastError: null })
    expect(state?.sentAt).not.toBeNull()
  })

  it('keeps a refused recipient failed with the server’s reason, retries a transient failure until accepted, and sends nothing twice', async () => {
    sink = await startSmtpSink((address, asked) => {
      if (address === 'refused@example.fr') {
        return { accept: false, code: 550, message: 'Mailbox unavailable: no such user' }
      }
      if (address === 'busy@example.jp' && asked < 2) {
        return { accept: false, code: 451, message: 'Greylisted, try again later' }
      }
      return { accept: true }
    })
    const test = await start({ smtpUrl: sink.url })
    await queue(test, [
      message('Refusé', 'refused@example.fr', 'fr'),
      message('忙しい市', 'busy@example.jp', 'ja'),
      message('Accepté', 'ok@example.fr', 'fr'),
    ])
    const states = await settled(test)
    const byEmail = Object.fromEntries(states.map((each) => [each.toEmail, each]))
    expect(byEmail['refused@example.fr']).toMatchObject({ state: MessageState.Failed, attempts: 1 })
    expect(byEmail['refused@example.fr']?.lastError).toContain('550')
    expect(byEmail['refused@example.fr']?.lastError).toContain('no such user')
    expect(byEmail['busy@example.jp']).toMatchObject({ state: MessageState.Sent, attempts: 3 })
    // The reason of its last failure stays shown until it is sent; then it is cleared.
    expect(byEmail['busy@example.jp']?.lastError).toBeNull()
    expect(byEmail['ok@example.fr']).toMatchObject({ state: MessageState.Sent, attempts: 1 })
    // The refused address was asked once, the busy one three times; each accepted message arrived once.
    expect(sink.asked.filter((each) => each === 'refused@example.fr')).toHaveLength(1)
    expect(sink.asked.filter((each) => each === 'busy@example.jp')).toHaveLength(3)
    expect(sink.received.map((each) => each.recipients[0]).sort()).toEqual([
      'busy@example.jp',
      'ok@example.fr',
    ])
    expect(new Set(sink.received.map((each) => each.messageId)).size).toBe(2)
  })

  it('sends a failed message again once it is resent from the outbox, without waiting for a poll', async () => {
    // Refused at the first attempt only: the address has since been mended.
    sink = await startSmtpSink((_address, asked) =>
      asked < 1 ? { accept: false, code: 550, message: 'Mailbox unavailable' } : { accept: true },
    )
    // The worker's own poll is an hour apart (WAKE_ONLY_POLL_MS): the resend must wake it.
    const test = await start({ smtpUrl: sink.url })
    await queue(test, [message('Claire Martin', 'claire.martin@nantes.example', 'fr')])
    const [failed] = await settled(test)
    expect(failed).toMatchObject({ state: MessageState.Failed, attempts: 1 })
    const resent = await fetch(
      `${test.url}/api/editions/${EDITION}/outbox/messages/${failed?.id}/resend`,
      { method: 'POST', headers: { cookie: test.ownerCookie } },
    )
    expect(resent.status).toBe(204)
    await sink.receivedCount(1)
    expect(sink.received[0]?.recipients).toEqual(['claire.martin@nantes.example'])
    const [sent] = await settled(test)
    expect(sent).toMatchObject({ id: failed?.id, state: MessageState.Sent, attempts: 1 })
  })

  it('records a transient failure as retrying with its reason, then gives up after the last attempt', async () => {
    sink = await startSmtpSink(() => ({ accept: false, code: 452, message: 'Mailbox full' }))
    // Waits of 200, 400 then 800 ms between the four attempts.
    const test = await start({ smtpUrl: sink.url, backoffMs: 200 })
    await queue(test, [message('Plein', 'full@example.fr', 'fr')])
    let retrying: OutboxMessage | undefined
    while (!retrying) {
      const [current] = await messages(test)
      if (current?.state === MessageState.Retrying) retrying = current
      else await new Promise((resolve) => setTimeout(resolve, 10))
    }
    expect(retrying.lastError).toContain('452')
    expect(retrying.lastError).toContain('Mailbox full')
    expect(retrying.nextAttemptAt).not.toBeNull()
    const [state] = await settled(test)
    expect(state).toMatchObject({ state: MessageState.Failed, attempts: 4 })
    expect(state?.lastError).toContain('Mailbox full')
    expect(sink.asked).toHaveLength(4)
    expect(sink.received).toHaveLength(0)
  })

  it('without SMTP_URL writes each message as an .eml file that mailparser opens', async () => {
    const folder = await mkdtemp(join(tmpdir(), 'kaigi-outbox-'))
    removeAfter.push(folder)
    logged.length = 0
    const test = await start({ outboxDir: folder })
    expect(test.kaigi.mail?.delivery).toBe('files')
    // Said at start, where whoever runs Kaigi looks.
    expect(logged).toContainEqual(
      expect.objectContaining({
        event: 'mail-delivery',
        delivery: 'files',
        folder,
        msg: `no SMTP_URL: mail is not sent but written as .eml files under ${folder}`,
      }),
    )
    await queue(test, [
      message('Claire Martin', 'claire.martin@nantes.example', 'fr'),
      message('佐藤 花子', 'hanako.sato@matsumoto.example', 'ja'),
    ])
    const states = await settled(test)
    expect(states.map((each) => each.state)).toEqual([MessageState.Sent, MessageState.Sent])
    const files = (await readdir(folder)).sort()
    expect(files).toHaveLength(2)
    for (const file of files) expect(file).toMatch(/^[0-9a-f-]+@rencontres\.example\.eml$/)
    const parsed = await Promise.all(
      files.map(async (file) => simpleParser(await readFile(join(folder, file)))),
    )
    const japanese = parsed.find(
      (mail) => mail.to && 'value' in mail.to && mail.to.value[0]?.name === '佐藤 花子',
    )
    expect(japanese?.subject).toBe('第8回日仏自治体交流会議のご案内（静岡市）')
    expect(japanese?.text?.trim()).toContain('拝啓')
    expect(`${japanese?.messageId?.slice(1, -1)}.eml`).toBe(
      files.find((file) => japanese?.messageId?.includes(file.slice(0, -4))),
    )
  })
})
