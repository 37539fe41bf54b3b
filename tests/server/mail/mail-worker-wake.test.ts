/**
 * The mail worker sleeps while nothing is due, until whatever queues mail
 * wakes it. A wake that comes after the worker read the outbox and found
 * nothing, before it sleeps, must make it look once more rather than sleep
 * through it.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, expect, it } from 'vitest'
import type { Database } from '../../../db'
import { seedDemoEdition } from '../../../server/editions/demo'
import { createLogger } from '../../../server/logger'
import { fileDelivery } from '../../../server/mail/delivery'
import { MailWorker } from '../../../server/mail/mail-worker'
import { MessageState, SendKind } from '../../../shared/mail'
import { startServer, type TestServer } from '../../helpers/start-server'
import { WAKE_ONLY_POLL_MS } from './smtp-sink'

const EDITION = 'shizuoka-2024'

let server: TestServer | undefined
let worker: MailWorker | undefined
const folder = mkdtempSync(join(tmpdir(), 'kaigi-wake-'))

afterEach(async () => {
  await worker?.stop()
  await server?.close()
  server?.cleanup()
  rmSync(folder, { recursive: true, force: true })
})

it('looks again when woken after it found nothing to claim, before it sleeps', async () => {
  server = await startServer({
    seeds: [{ id: EDITION, readOnly: false, fill: (doc) => seedDemoEdition(doc) }],
  })
  const { database, outbox } = server.kaigi
  let claims = 0
  const queueAndWake = async () => {
    await database.client.batch(
      outbox.sendStatements(
        { id: 'late', editionId: EDITION, kind: SendKind.Confirmation, createdBy: null },
        [
          {
            collectiviteId: null,
            toName: 'Claire Martin',
            toEmail: 'claire.martin@nantes.example',
            language: 'fr',
            subject: 'Confirmation',
            text: 'Votre inscription est enregistrée.',
            html: '<p>Votre inscription est enregistrée.</p>',
            attachments: [],
          },
        ],
      ),
      'write',
    )
    worker?.wake()
  }
  // The worker finds nothing to claim and reads when the next message is
  // due: none. Right after that read, before the worker sleeps, a message is
  // committed and the worker woken.
  let reads = 0
  const client = new Proxy(database.client, {
    get(target, property, receiver) {
      if (property !== 'execute') return Reflect.get(target, property, receiver)
      return async (statement: Parameters<typeof target.execute>[0]) => {
        const result = await target.execute(statement)
        reads += 1
        if (reads === 1) await queueAndWake()
        return result
      }
    },
  })
  const watched: Database = {
    ...database,
    client,
    async writeReturning(statement) {
      claims += 1
      return database.writeReturning(statement)
    },
  }
  worker = new MailWorker({
    database: watched,
    delivery: fileDelivery(folder),
    makeAttachment: () => Promise.reject(new Error('no attachment here')),
    log: createLogger('silent'),
    from: 'Kaigi <kaigi@example.org>',
    perMinute: 6000,
    pollMs: WAKE_ONLY_POLL_MS,
  })
  worker.start()
  for (;;) {
    const [send] = await outbox.list(EDITION)
    if (send?.messages[0]?.state === MessageState.Sent) break
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  expect(claims).toBeGreaterThanOrEqual(2)
})
