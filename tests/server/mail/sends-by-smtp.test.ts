/**
 * The sends as a collectivité receives them: through a real SMTP server
 * started here, read back with mailparser. The confirmations of two
 * registrations, the reminder to the one collectivité that has not
 * registered and to no other, and the change notice after a publication
 * with a moved session's old and new times in each recipient's language.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { SERVER_ORIGIN } from '../../../server/sync/room-deps'
import {
  formatClockTime,
  moveSession,
  parseClockTime,
  readEdition,
} from '../../../shared/doc/edition'
import { editionDocName } from '../../../shared/editions'
import { type Outbox, OutboxSchema } from '../../../shared/mail'
import { apiRequest } from '../../helpers/api'
import {
  INVITATION_EDITION,
  INVITATION_SEEDS,
  PUBLIC_URL,
  prepareInvitation,
  registerByOwnLink,
} from '../../helpers/invitation-edition'
import { startServer, type TestServer } from '../../helpers/start-server'
import { type SmtpSink, startSmtpSink, WAKE_ONLY_POLL_MS } from './smtp-sink'

const EDITION = INVITATION_EDITION

let server: TestServer
let sink: SmtpSink
let nantes: string
let matsumoto: string

const owner = (path: string, init: { method?: string; body?: unknown } = {}) =>
  apiRequest(server.url, `/api/editions/${EDITION}${path}`, {
    ...init,
    cookie: server.ownerCookie,
    origin: server.url,
  })
const change = <T>(edit: (doc: Y.Doc) => T): Promise<T> =>
  server.kaigi.registry.change(editionDocName(EDITION), edit)
const outbox = async (): Promise<Outbox> => {
  const response = await owner('/outbox')
  expect(response.status).toBe(200)
  return OutboxSchema.parse(await response.json())
}
const register = (collectiviteId: string, country: 'FR' | 'JP', email: string) =>
  registerByOwnLink(server, collectiviteId, country, email)

beforeAll(async () => {
  sink = await startSmtpSink()
  server = await startServer({
    publicUrl: PUBLIC_URL,
    mail: {
      smtpUrl: sink.url,
      from: 'Comité de pilotage <comite@rencontres.example>',
      perMinute: 6000,
      outboxDir: 'unused',
      pollMs: WAKE_ONLY_POLL_MS,
    },
    seeds: INVITATION_SEEDS,
  })
  ;({ nantes, matsumoto } = await prepareInvitation(server))
})

afterAll(async () => {
  await server.close()
  server.cleanup()
  await sink.close()
})

/** The messages the SMTP server accepted for `address`, in order. */
const receivedBy = (address: string) =>
  sink.received.filter((each) => each.recipients.includes(address))

/** Waits, turn after turn, until `check` holds (the test's own timeout ends a wait that never does). */
async function eventually(check: () => boolean | Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 20))
}

/** Once every queued message was delivered: what the SMTP server holds is then all there is. */
const drained = () =>
  eventually(async () =>
    (await outbox()).sends.every((send) => send.messages.every((each) => each.state === 'sent')),
  )

describe('the sends, as an SMTP server receives them', () => {
  it('confirms each registration, then reminds only the collectivité that has not registered', async () => {
    const form = await apiRequest(server.url, `/api/editions/${EDITION}/registration-form`, {
      method: 'PUT',
      body: { deadline: '2099-09-04T09:00:00.000Z' },
      cookie: server.ownerCookie,
      origin: server.url,
    })
    expect(form.status).toBe(200)
    expect((await register(nantes, 'FR', 'relations@nantes.example')).status).toBe(201)
    expect((await register(matsumoto, 'JP', 'kokusai@matsumoto.example')).status).toBe(201)
    await drained()
    expect(receivedBy('relations@nantes.example')).toHaveLength(1)
    expect(receivedBy('kokusai@matsumoto.example')[0]?.mail.text).toContain('/f/')

    const reminder = await owner('/sends/reminder', { method: 'POST', body: {} })
    expect(reminder.status).toBe(201)
    await drained()
    const [sent] = receivedBy('paul.durand@tours.example')
    expect(sent?.mail.text).toContain('Ville de Tours')
    expect(sent?.mail.text).toContain('avant le 4 septembre 2099')
    expect(receivedBy('relations@nantes.example')).toHaveLength(1)
    expect(receivedBy('kokusai@matsumoto.example')).toHaveLength(1)
    expect(sink.received).toHaveLength(3)
  })

  it('tells the registered a moved session’s old and new times in their language, with the calendar', async () => {
    const publish = async (name: string) => {
      const saved = await owner('/versions', { method: 'POST', body: { name } })
      expect(saved.status).toBe(201)
      const { id } = (await saved.json()) as { id: string }
      expect((await owner(`/versions/${id}/publish`, { method: 'POST' })).status).toBe(204)
    }
    await publish('Programme provisoire')
    // The first publication's notices, one to each registered collectivité.
    await drained()
    expect(receivedBy('relations@nantes.example')).toHaveLength(2)
    expect(receivedBy('kokusai@matsumoto.example')).toHaveLength(2)

    const moved = await change((doc) => {
      const session = readEdition(doc).value.sessions.find(
        (each) => each.day !== null && each.start !== null && each.title.fr.trim() !== '',
      )
      if (!session?.day || !session.start) throw new Error('the demo has no placed session')
      const start = parseClockTime(session.start) ?? 0
      moveSession(doc, session.id, { day: session.day, startMinutes: start + 60 }, SERVER_ORIGIN)
      const end = (minutes: number) => formatClockTime(minutes + session.durationMinutes)
      return {
        title: session.title,
        from: `${session.start}–${end(start)}`,
        to: `${formatClockTime(start + 60)}–${end(start + 60)}`,
      }
    })
    await publish('Programme définitif')
    await drained()
    expect(receivedBy('relations@nantes.example')).toHaveLength(3)
    expect(receivedBy('kokusai@matsumoto.example')).toHaveLength(3)
    const fr = receivedBy('relations@nantes.example')[2]?.mail
    expect(fr?.subject).toBe(
      '8es Rencontres franco-japonaises de la coopération décentralisée : le programme a changé',
    )
    expect(fr?.text).toContain(`${moved.title.fr} : déplacée, de`)
    expect(fr?.text).toContain(moved.from)
    expect(fr?.text).toContain(moved.to)
    expect(fr?.attachments.map((each) => each.contentType)).toContain('text/calendar')
    const ja = receivedBy('kokusai@matsumoto.example')[2]?.mail
    expect(ja?.subject).toBe('第8回日仏自治体交流会議 プログラム更新のお知らせ')
    expect(ja?.text).toContain(moved.from)
    expect(ja?.text).toContain(moved.to)
    expect(ja?.text).toContain('から 2024年11月')
    // Nobody else was written to: the reminder's collectivité never registered.
    expect(receivedBy('paul.durand@tours.example')).toHaveLength(1)
  })
})
