import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Database } from '../../../db'
import { editions } from '../../../db/schema'
import { type NewMessage, OutboxStore } from '../../../server/mail/outbox-store'
import { ErrorCode } from '../../../shared/errors'
import { MessageState, OutboxSendSchema, SendKind } from '../../../shared/mail'
import { tempDatabase } from '../../helpers/temp-database'

const EDITION = 'shizuoka-2024'

const message = (name: string, email: string, language: 'fr' | 'ja'): NewMessage => ({
  collectiviteId: `c-${name}`,
  toName: name,
  toEmail: email,
  language,
  subject: language === 'fr' ? 'Invitation' : 'ご案内',
  text: 'texte',
  html: '<p>texte</p>',
  attachments: [{ kind: 'calendar' }],
})

let database: Database
let remove: () => void
let store: OutboxStore

beforeEach(async () => {
  ;({ database, remove } = await tempDatabase())
  await database.db
    .insert(editions)
    .values({ id: EDITION, docName: `edition:${EDITION}`, createdAt: new Date() })
  store = new OutboxStore(database.db, { messageIdDomain: 'kaigi.example.org' })
})
afterEach(() => remove())

describe('OutboxStore', () => {
  it('queues a send and its messages in one batch, each with its own stable Message-ID', async () => {
    const statements = store.sendStatements(
      { id: 'send-1', editionId: EDITION, kind: SendKind.Pack, createdBy: null },
      [
        message('Nantes', 'nantes@example.fr', 'fr'),
        message('松本市', 'matsumoto@example.jp', 'ja'),
      ],
    )
    await database.client.batch(statements, 'write')
    const sends = await store.list(EDITION)
    expect(sends).toHaveLength(1)
    const [send] = sends
    expect(OutboxSendSchema.parse(send)).toEqual(send)
    expect(send?.messages.map((m) => [m.toName, m.state, m.attempts])).toEqual([
      ['Nantes', MessageState.Queued, 0],
      ['松本市', MessageState.Queued, 0],
    ])
    const ids = await database.client.execute('SELECT message_id FROM outbox_messages')
    const messageIds = ids.rows.map((row) => String(row.message_id))
    expect(new Set(messageIds).size).toBe(2)
    for (const id of messageIds) expect(id).toMatch(/^<[0-9a-f-]+@kaigi\.example\.org>$/)
  })

  it('finds messages by recipient, taking % and _ literally', async () => {
    await database.client.batch(
      store.sendStatements({ id: 's', editionId: EDITION, kind: SendKind.Pack, createdBy: null }, [
        message('Nantes', 'nantes@example.fr', 'fr'),
        message('松本市', 'matsumoto@example.jp', 'ja'),
      ]),
      'write',
    )
    const found = await store.list(EDITION, '松本')
    expect(found[0]?.messages.map((m) => m.toName)).toEqual(['松本市'])
    expect(await store.list(EDITION, '%')).toEqual([])
  })

  it('queues a failed message again under the same Message-ID, and refuses one still queued', async () => {
    await database.client.batch(
      store.sendStatements({ id: 's', editionId: EDITION, kind: SendKind.Pack, createdBy: null }, [
        message('Nantes', 'nantes@example.fr', 'fr'),
      ]),
      'write',
    )
    const [before] = (await database.client.execute('SELECT id, message_id FROM outbox_messages'))
      .rows
    const id = String(before?.id)
    await expect(store.resend(EDITION, id)).rejects.toMatchObject({ code: ErrorCode.InUse })
    await database.client.execute({
      sql: "UPDATE outbox_messages SET state = 'failed', attempts = 5, last_error = '550 no' WHERE id = ?",
      args: [id],
    })
    await store.resend(EDITION, id)
    const [after] = (
      await database.client.execute(
        'SELECT state, attempts, last_error, message_id FROM outbox_messages',
      )
    ).rows
    expect(after).toMatchObject({
      state: MessageState.Queued,
      attempts: 0,
      last_error: null,
      message_id: before?.message_id,
    })
    await expect(store.resend(EDITION, 'nope')).rejects.toMatchObject({ code: ErrorCode.NotFound })
    await expect(store.resend('other-edition', id)).rejects.toMatchObject({
      code: ErrorCode.NotFound,
    })
  })
})
