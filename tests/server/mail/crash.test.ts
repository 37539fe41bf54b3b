import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createDb } from '../../../db'
import { type NewMessage, OutboxStore } from '../../../server/mail/outbox-store'
import { MessageState, SendKind } from '../../../shared/mail'
import { until } from '../../helpers/clients'
import { freePort, killSpawnedServers, spawnServer } from '../../helpers/server-process'
import { type SmtpSink, startSmtpSink } from './smtp-sink'

const EDITION = 'shizuoka-2024'
const folder = mkdtempSync(join(tmpdir(), 'kaigi-mail-crash-'))
let sink: SmtpSink | undefined

afterAll(async () => {
  killSpawnedServers()
  await sink?.close()
  rmSync(folder, { recursive: true, force: true })
})

const message = (n: number): NewMessage => ({
  collectiviteId: null,
  toName: n % 2 ? `自治体 ${n}` : `Collectivité ${n}`,
  toEmail: `contact-${n}@example.org`,
  language: n % 2 ? 'ja' : 'fr',
  subject: n % 2 ? `第8回のご案内 ${n}` : `Invitation ${n}`,
  text: `Message ${n}`,
  html: `<p>Message ${n}</p>`,
  attachments: [],
})

describe('the outbox across a crash', () => {
  it('delivers every message of a 50-message send exactly once when the server is killed with kill -9 in the middle', async () => {
    const port = await freePort()
    const databaseUrl = `file:${join(folder, 'kaigi.db')}`
    // The 21st message arrives at the SMTP server, which has not answered it when Kaigi dies.
    const HELD = 20
    sink = await startSmtpSink(undefined, { hold: (index) => index === HELD })
    const env = {
      port,
      databaseUrl,
      SMTP_URL: sink.url,
      MAIL_FROM: 'Comité <comite@rencontres.example>',
      MAIL_PER_MINUTE: 1200,
      MAIL_LEASE_SECONDS: 1,
    }
    let server = await spawnServer(env)

    // Queued as a send's route would: one batch, from another connection to the same file.
    const database = await createDb(databaseUrl)
    const outbox = new OutboxStore(database.db, { messageIdDomain: 'rencontres.example' })
    const messages = Array.from({ length: 50 }, (_, n) => message(n + 1))
    await database.client.batch(
      outbox.sendStatements(
        { id: 'big-send', editionId: EDITION, kind: SendKind.Pack, createdBy: null },
        messages,
      ),
      'write',
    )

    await until(() => sink?.data === HELD + 1, 60_000, 'the held message')
    server.child.kill('SIGKILL')
    expect(await server.exited).toBe('SIGKILL')
    const beforeCrash = sink.received.length
    expect(beforeCrash).toBe(HELD)
    const sentAtCrash = await database.client.execute(
      `SELECT count(*) AS n FROM outbox_messages WHERE state = '${MessageState.Sent}'`,
    )
    expect(Number(sentAtCrash.rows[0]?.n)).toBe(HELD)

    server = await spawnServer(env)
    await sink.receivedCount(50)
    const pending = async () =>
      Number(
        (
          await database.client.execute(
            `SELECT count(*) AS n FROM outbox_messages WHERE state != '${MessageState.Sent}'`,
          )
        ).rows[0]?.n,
      )
    while ((await pending()) > 0) await new Promise((resolve) => setTimeout(resolve, 20))

    // A last message, after all the others: any second copy would have come before it.
    await database.client.batch(
      outbox.sendStatements(
        { id: 'sentinel', editionId: EDITION, kind: SendKind.Pack, createdBy: null },
        [message(51)],
      ),
      'write',
    )
    await sink.receivedCount(51)
    expect(sink.received.at(-1)?.recipients).toEqual(['contact-51@example.org'])

    const stored = await database.client.execute(
      "SELECT message_id, to_email FROM outbox_messages WHERE send_id = 'big-send'",
    )
    const expected = stored.rows.map((row) => String(row.message_id)).sort()
    const delivered = sink.received.slice(0, -1).map((each) => each.messageId)
    // The SMTP server's log: every Message-ID once, and nothing else.
    const counts = new Map<string, number>()
    for (const id of delivered) counts.set(id, (counts.get(id) ?? 0) + 1)
    expect([...counts.values()].every((count) => count === 1)).toBe(true)
    expect([...counts.keys()].sort()).toEqual(expected)
    expect(delivered).toHaveLength(50)
    // In the order they were queued, the held one taken up again after the
    // restart: once its lease (1 s) has run out, which may be after the
    // restarted worker has sent some of the next ones, as those were due.
    const order = sink.received.slice(0, 50).map((each) => each.recipients[0])
    const held = messages[HELD]?.toEmail
    expect(order.filter((address) => address !== held)).toEqual(
      messages.map((each) => each.toEmail).filter((address) => address !== held),
    )
    expect(order.indexOf(held)).toBeGreaterThanOrEqual(HELD)
    database.close()
    server.child.kill('SIGTERM')
    await server.exited
  })
})
