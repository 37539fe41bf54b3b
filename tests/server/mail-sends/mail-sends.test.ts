import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { createLogger } from '../../../server/logger'
import { fileDelivery } from '../../../server/mail/delivery'
import { MailWorker } from '../../../server/mail/mail-worker'
import { SERVER_ORIGIN } from '../../../server/sync/room-deps'
import {
  formatClockTime,
  moveSession,
  parseClockTime,
  readEdition,
} from '../../../shared/doc/edition'
import { editionDocName } from '../../../shared/editions'
import { type ErrorBody, ErrorCode } from '../../../shared/errors'
import { type Outbox, OutboxSchema, SendKind } from '../../../shared/mail'
import {
  PackPreviewSchema,
  ReminderStateSchema,
  SendResultSchema,
} from '../../../shared/mail-sends'
import { apiRequest } from '../../helpers/api'
import {
  INVITATION_SEEDS,
  PUBLIC_URL,
  prepareInvitation,
  registerByOwnLink,
  tokenOf,
} from '../../helpers/invitation-edition'
import { signIn } from '../../helpers/sign-in'
import { startServer, type TestServer } from '../../helpers/start-server'

const EDITION = 'shizuoka-2024'

let server: TestServer
let viewer: string
let nantes: string
let matsumoto: string
let tours: string

const owner = (path: string, init: { method?: string; body?: unknown } = {}) =>
  apiRequest(server.url, `/api/editions/${EDITION}${path}`, {
    ...init,
    cookie: server.ownerCookie,
    origin: server.url,
  })
const change = <T>(edit: (doc: Y.Doc) => T): Promise<T> =>
  server.kaigi.registry.change(editionDocName(EDITION), edit)
const sql = async (query: string, args: (string | number)[] = []) =>
  (await server.kaigi.database.client.execute({ sql: query, args })).rows as unknown as Record<
    string,
    unknown
  >[]
const outbox = async (search?: string): Promise<Outbox> => {
  const response = await owner(`/outbox${search ? `?search=${encodeURIComponent(search)}` : ''}`)
  expect(response.status).toBe(200)
  return OutboxSchema.parse(await response.json())
}
const messagesOf = async (kind: string) =>
  sql(
    'SELECT m.* FROM outbox_messages m JOIN outbox_sends s ON s.id = m.send_id WHERE s.kind = ? ORDER BY s.created_at, m.position',
    [kind],
  )

const register = (collectiviteId: string, country: 'FR' | 'JP', email: string) =>
  registerByOwnLink(server, collectiviteId, country, email)

beforeAll(async () => {
  server = await startServer({
    publicUrl: PUBLIC_URL,
    seeds: INVITATION_SEEDS,
  })
  const invited = await owner('/invitations', {
    method: 'POST',
    body: { role: 'viewer', expiresInHours: 1 },
  })
  const { path } = (await invited.json()) as { path: string }
  viewer = await signIn(server.url, path.slice('/invite/'.length), 'Viewer')
  ;({ nantes, matsumoto, tours } = await prepareInvitation(server))
})

afterAll(async () => {
  await server.close()
  server.cleanup()
})

describe('the invitation pack’s send', () => {
  it('is refused, naming what the letters lack, while the edition has no form', async () => {
    const response = await owner('/sends/pack', { method: 'POST', body: {} })
    expect(response.status).toBe(409)
    const { error } = (await response.json()) as ErrorBody
    expect(error.code).toBe(ErrorCode.LetterIncomplete)
    expect(error.message).toContain('deadline')
    expect(await sql('SELECT * FROM outbox_messages')).toEqual([])
    const deadline = await apiRequest(server.url, `/api/editions/${EDITION}/registration-form`, {
      method: 'PUT',
      body: { deadline: '2099-09-04T09:00:00.000Z' },
      cookie: server.ownerCookie,
      origin: server.url,
    })
    expect(deadline.status).toBe(200)
  })

  it('shows viewers nothing of the outbox and lets them send nothing', async () => {
    const as = (path: string, method = 'GET') =>
      apiRequest(server.url, `/api/editions/${EDITION}${path}`, {
        method,
        cookie: viewer,
        origin: server.url,
        ...(method === 'POST' ? { body: {} } : {}),
      })
    expect((await as('/outbox')).status).toBe(403)
    expect((await as('/sends/pack/preview')).status).toBe(403)
    expect((await as('/sends/pack', 'POST')).status).toBe(403)
    expect((await as('/sends/reminder', 'POST')).status).toBe(403)
  })

  it('previews one message in its recipient’s language, with the count of recipients per language', async () => {
    const response = await owner(`/sends/pack/preview?collectivite=${matsumoto}`)
    expect(response.status).toBe(200)
    const preview = PackPreviewSchema.parse(await response.json())
    expect(preview.counts).toEqual({ fr: 2, ja: 1 })
    expect(preview.message).toMatchObject({
      toName: '佐藤花子',
      toEmail: 'hanako.sato@matsumoto.example',
      language: 'ja',
      subject: '第8回日仏自治体交流会議のご案内',
      attachments: [
        '案内状.pdf',
        '会議次第（案）.pdf',
        '参加申込書.pdf',
        'プログラム及びテーマ（案）.pdf',
      ],
    })
    expect(preview.message?.text).toContain('佐藤花子　様')
    expect(preview.message?.text).toContain(`${PUBLIC_URL}/f/`)
    expect(preview.message?.html).toContain('<html lang="ja">')
    expect(preview.recipients.every((each) => !each.alreadySent)).toBe(true)
    expect((await owner('/sends/pack/preview?collectivite=nobody')).status).toBe(404)
  })

  it('queues one message per collectivité in its contact’s language, with the letter and its three attachments', async () => {
    const response = await owner('/sends/pack', { method: 'POST', body: {} })
    expect(response.status).toBe(201)
    expect(SendResultSchema.parse(await response.json())).toMatchObject({ queued: 3, skipped: 0 })
    const rows = await messagesOf(SendKind.Pack)
    const byCollectivite = new Map(rows.map((row) => [row.collectivite_id, row]))
    expect(byCollectivite.get(nantes)).toMatchObject({
      to_email: 'claire.martin@nantes.example',
      to_name: 'Claire Martin',
      language: 'fr',
      subject: '8es Rencontres franco-japonaises de la coopération décentralisée : invitation',
      state: 'queued',
    })
    expect(byCollectivite.get(matsumoto)).toMatchObject({
      to_email: 'hanako.sato@matsumoto.example',
      language: 'ja',
      subject: '第8回日仏自治体交流会議のご案内',
    })
    expect(byCollectivite.get(tours)).toMatchObject({ language: 'fr' })
    // The note lists the attachments as they are named.
    expect(String(byCollectivite.get(nantes)?.text)).toContain(
      'Lettre d’invitation\nOrdre du jour prévisionnel\nBulletin de participation\nProposition du programme et des thèmes',
    )
    expect(String(byCollectivite.get(nantes)?.text)).toContain('4 septembre 2099')
    expect(JSON.parse(String(byCollectivite.get(matsumoto)?.attachments))).toEqual(
      ['letter.pdf', 'agenda.pdf', 'form.pdf', 'programme.pdf'].map((file) => ({
        kind: 'pack',
        collectiviteId: matsumoto,
        file,
      })),
    )
    const listed = await outbox()
    expect(listed.delivery).toBe('files')
    expect(listed.sends[0]?.kind).toBe(SendKind.Pack)
    expect(listed.sends.map((send) => send.messages.length)).toEqual([3])
  })

  it('skips, and counts, the collectivités that already had the pack, unless asked to send again', async () => {
    const again = await owner('/sends/pack', { method: 'POST', body: {} })
    expect(again.status).toBe(200)
    expect(SendResultSchema.parse(await again.json())).toEqual({
      sendId: null,
      queued: 0,
      skipped: 3,
    })
    expect(await messagesOf(SendKind.Pack)).toHaveLength(3)
    const preview = PackPreviewSchema.parse(await (await owner('/sends/pack/preview')).json())
    expect(preview.recipients.every((each) => each.alreadySent)).toBe(true)
    const resent = await owner('/sends/pack', {
      method: 'POST',
      body: { collectiviteIds: [tours], resend: true },
    })
    expect(resent.status).toBe(201)
    expect(SendResultSchema.parse(await resent.json())).toMatchObject({ queued: 1, skipped: 0 })
    expect(await messagesOf(SendKind.Pack)).toHaveLength(4)
  })

  it('refuses a collectivité that is not the edition’s, queuing nothing', async () => {
    const response = await owner('/sends/pack', {
      method: 'POST',
      body: { collectiviteIds: ['nobody'] },
    })
    expect(response.status).toBe(400)
    expect(((await response.json()) as ErrorBody).error.code).toBe(ErrorCode.InvalidInput)
    expect(await messagesOf(SendKind.Pack)).toHaveLength(4)
  })

  it('finds a send’s messages by the collectivité’s name, in either language', async () => {
    const found = await outbox('松本')
    expect(found.sends.flatMap((send) => send.messages.map((m) => m.collectiviteId))).toEqual([
      matsumoto,
    ])
    expect((await outbox('Nantes')).sends[0]?.messages.map((m) => m.toName)).toEqual([
      'Claire Martin',
    ])
    expect((await outbox('nobody at all')).sends).toEqual([])
  })
})

describe('the confirmation of a registration', () => {
  it('is queued with the registration, to the form’s e-mail, with the collectivité’s own link', async () => {
    const response = await register(nantes, 'FR', 'relations@nantes.example')
    expect(response.status).toBe(201)
    const [message] = await messagesOf(SendKind.Confirmation)
    expect(message).toMatchObject({
      collectivite_id: nantes,
      to_email: 'relations@nantes.example',
      to_name: 'Claire Martin',
      language: 'fr',
      subject:
        '8es Rencontres franco-japonaises de la coopération décentralisée : bulletin de participation reçu',
    })
    expect(String(message?.text)).toContain(`${PUBLIC_URL}/f/${await tokenOf(server, nantes)}`)
    expect(String(message?.text)).toContain('délégation de 3 personnes')
  })

  it('says the amendment in Japanese to a Japanese collectivité', async () => {
    expect((await register(matsumoto, 'JP', 'kokusai@matsumoto.example')).status).toBe(201)
    expect((await register(matsumoto, 'JP', 'kokusai@matsumoto.example')).status).toBe(200)
    const toMatsumoto = (await messagesOf(SendKind.Confirmation)).filter(
      (row) => row.collectivite_id === matsumoto,
    )
    expect(toMatsumoto.map((row) => row.subject)).toEqual([
      '第8回日仏自治体交流会議 参加申込書受付のお知らせ',
      '第8回日仏自治体交流会議 参加申込書変更のお知らせ',
    ])
    expect(String(toMatsumoto[1]?.text)).toContain('松本市の参加申込書を変更いたしました')
  })

  it('is not queued when the registration’s transaction fails, and the registration is not kept either', async () => {
    // A database refusing the outbox's row: the registration written with it must go too.
    const side = createClient({ url: server.databaseUrl })
    await side.execute(
      "CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox_messages BEGIN SELECT RAISE(ABORT, 'outbox refused'); END",
    )
    try {
      const before = await sql('SELECT COUNT(*) AS n FROM registrations')
      const response = await register(tours, 'FR', 'paul.durand@tours.example')
      expect(response.status).toBe(500)
      expect(await sql('SELECT COUNT(*) AS n FROM registrations')).toEqual(before)
      const live = await server.kaigi.registry.read(editionDocName(EDITION), (doc) =>
        readEdition(doc).value.registrations.filter((each) => each.collectiviteId === tours),
      )
      expect(live).toEqual([])
      expect(
        (await messagesOf(SendKind.Confirmation)).filter((row) => row.collectivite_id === tours),
      ).toEqual([])
    } finally {
      await side.execute('DROP TRIGGER refuse_outbox')
      side.close()
    }
  })
})

describe('the reminder', () => {
  it('goes only to the collectivités that have not registered, in their language', async () => {
    const response = await owner('/sends/reminder', { method: 'POST', body: {} })
    expect(response.status).toBe(201)
    expect(SendResultSchema.parse(await response.json())).toMatchObject({ queued: 1 })
    const rows = await messagesOf(SendKind.Reminder)
    expect(rows.map((row) => row.collectivite_id)).toEqual([tours])
    expect(rows[0]).toMatchObject({ language: 'fr', to_email: 'paul.durand@tours.example' })
    expect(String(rows[0]?.text)).toContain('Ville de Tours')
    expect(String(rows[0]?.text)).toContain('avant le 4 septembre 2099')
    expect(String(rows[0]?.text)).toContain(`${PUBLIC_URL}/f/`)
  })

  it('takes the committees’ template and refuses one naming an unknown field, queuing nothing', async () => {
    const refused = await owner('/sends/reminder', {
      method: 'POST',
      body: { template: { fr: 'Bonjour {collectivite}, {nothing}', ja: '{collectivite}' } },
    })
    expect(refused.status).toBe(409)
    expect(((await refused.json()) as ErrorBody).error.message).toContain('{nothing}')
    expect(await messagesOf(SendKind.Reminder)).toHaveLength(1)
    const sent = await owner('/sends/reminder', {
      method: 'POST',
      body: {
        template: { fr: '{collectivite} : date limite le {deadline}.', ja: '{collectivite}' },
      },
    })
    expect(sent.status).toBe(201)
    const last = (await messagesOf(SendKind.Reminder)).at(-1)
    expect(String(last?.text)).toBe('Ville de Tours : date limite le 4 septembre 2099.\n')
  })

  it('is refused once the form’s deadline has passed, queuing nothing', async () => {
    const setDeadline = (deadline: string) =>
      apiRequest(server.url, `/api/editions/${EDITION}/registration-form`, {
        method: 'PUT',
        body: { deadline },
        cookie: server.ownerCookie,
        origin: server.url,
      })
    expect((await setDeadline('2023-09-04T09:00:00.000Z')).status).toBe(200)
    try {
      const response = await owner('/sends/reminder', { method: 'POST', body: {} })
      expect(response.status).toBe(409)
      expect(((await response.json()) as ErrorBody).error.code).toBe(ErrorCode.FormClosed)
      expect(await messagesOf(SendKind.Reminder)).toHaveLength(2)
    } finally {
      expect((await setDeadline('2099-09-04T09:00:00.000Z')).status).toBe(200)
    }
  })
})

describe('the change notice after a publication', () => {
  const publish = async (name: string) => {
    const saved = await owner('/versions', { method: 'POST', body: { name } })
    expect(saved.status).toBe(201)
    const { id } = (await saved.json()) as { id: string }
    expect((await owner(`/versions/${id}/publish`, { method: 'POST' })).status).toBe(204)
  }

  it('is not queued without its publication, nor the publication made without its notice', async () => {
    const saved = await owner('/versions', { method: 'POST', body: { name: 'Refusée' } })
    const { id } = (await saved.json()) as { id: string }
    const side = createClient({ url: server.databaseUrl })
    await side.execute(
      "CREATE TRIGGER refuse_outbox BEFORE INSERT ON outbox_messages BEGIN SELECT RAISE(ABORT, 'outbox refused'); END",
    )
    try {
      expect((await owner(`/versions/${id}/publish`, { method: 'POST' })).status).toBe(500)
      expect(await sql('SELECT published_at FROM versions WHERE id = ?', [id])).toEqual([
        { published_at: null },
      ])
      expect(await messagesOf(SendKind.ChangeNotice)).toEqual([])
    } finally {
      await side.execute('DROP TRIGGER refuse_outbox')
      side.close()
    }
  })

  it('tells the registered, in their language, a moved session’s old and new times, with the calendar', async () => {
    await publish('Programme provisoire')
    const first = await messagesOf(SendKind.ChangeNotice)
    expect(first.map((row) => row.collectivite_id).sort()).toEqual([nantes, matsumoto].sort())
    expect(JSON.parse(String(first[0]?.attachments))).toEqual([{ kind: 'calendar' }])

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
    const notices = (await messagesOf(SendKind.ChangeNotice)).slice(first.length)
    const fr = notices.find((row) => row.collectivite_id === nantes)
    const ja = notices.find((row) => row.collectivite_id === matsumoto)
    expect(fr).toMatchObject({
      language: 'fr',
      to_email: 'relations@nantes.example',
      subject:
        '8es Rencontres franco-japonaises de la coopération décentralisée : le programme a changé',
    })
    const frText = String(fr?.text)
    expect(frText).toContain('Depuis « Programme provisoire »')
    expect(frText).toContain(`${moved.title.fr} : déplacée, de`)
    expect(frText).toContain(moved.from)
    expect(frText).toContain(moved.to)
    expect(frText).toMatch(/de \d+ novembre 2024, /)
    const jaText = String(ja?.text)
    expect(ja).toMatchObject({
      language: 'ja',
      subject: '第8回日仏自治体交流会議 プログラム更新のお知らせ',
    })
    expect(jaText).toContain('「Programme provisoire」からの変更点')
    expect(jaText).toContain(`${moved.title.ja || moved.title.fr}：`)
    expect(jaText).toContain(`${moved.from}`)
    expect(jaText).toContain(`から 2024年11月`)
    expect(jaText).toContain(moved.to)
  })
})

/** Waits, turn after turn, until `check` holds (the test's own timeout ends a wait that never does). */
async function eventually(check: () => Promise<boolean>): Promise<void> {
  while (!(await check())) await new Promise((resolve) => setTimeout(resolve, 20))
}

describe('the reminder on the day the committees choose', () => {
  const schedule = (day: string) => owner('/reminder', { method: 'PUT', body: { day } })
  const state = async () =>
    ReminderStateSchema.parse(await (await owner('/reminder')).json()).scheduled
  const stateOf = async (collectiviteId: string) =>
    (await messagesOf(SendKind.Reminder))
      .filter((row) => row.collectivite_id === collectiviteId)
      .map((row) => row.state)

  it('refuses a day already past or not before the deadline, scheduling nothing', async () => {
    for (const day of ['2020-01-01', '2099-09-05', '2099-09-10', 'demain']) {
      const response = await schedule(day)
      expect(response.status, day).toBe(400)
      const { error } = (await response.json()) as ErrorBody
      expect(error.issues?.map((issue) => issue.path)).toEqual(['day'])
    }
    expect(await state()).toBeNull()
  })

  it('waits in the outbox until 09:00 of its day on the edition’s clocks, a day chosen again replacing it', async () => {
    const before = (await messagesOf(SendKind.Reminder)).length
    expect((await schedule('2099-08-20')).status).toBe(200)
    expect(await state()).toEqual({ at: '2099-08-20T00:00:00.000Z', count: 1 })
    expect((await schedule('2099-08-25')).status).toBe(200)
    expect(await state()).toEqual({ at: '2099-08-25T00:00:00.000Z', count: 1 })
    const rows = await messagesOf(SendKind.Reminder)
    expect(rows).toHaveLength(before + 1)
    expect(rows.at(-1)).toMatchObject({
      collectivite_id: tours,
      state: 'queued',
      next_attempt_at: Date.parse('2099-08-25T00:00:00.000Z'),
    })
  })

  it('is sent by the mail worker on its day, not before', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'kaigi-reminder-'))
    let clock = Date.parse('2099-08-24T12:00:00.000Z')
    const worker = new MailWorker({
      database: server.kaigi.database,
      delivery: fileDelivery(folder),
      makeAttachment: () => Promise.reject(new Error('a reminder has no attachment')),
      log: createLogger('silent'),
      from: 'Kaigi <kaigi@example.org>',
      perMinute: 6000,
      pollMs: 20,
      now: () => clock,
    })
    // The sentinel: a message due now, sent before the worker would look at the reminder.
    const sentinel = server.kaigi.outbox.sendStatements(
      { id: 'sentinel', editionId: EDITION, kind: SendKind.Confirmation, createdBy: null },
      [
        {
          collectiviteId: null,
          toName: 'Sentinelle',
          toEmail: 'sentinel@example.org',
          language: 'fr',
          subject: 'sentinelle',
          text: 'sentinelle',
          html: '<p>sentinelle</p>',
          attachments: [],
        },
      ],
    )
    // Already sent (or withdrawn) reminders aside: only the one waiting for its day is due later.
    await server.kaigi.database.client.execute({
      sql: "UPDATE outbox_messages SET state = 'sent' WHERE state = 'queued' AND next_attempt_at < ?",
      args: [Date.parse('2099-01-01T00:00:00.000Z')],
    })
    await server.kaigi.database.client.batch(sentinel, 'write')
    worker.start()
    try {
      await eventually(
        async () =>
          (await sql("SELECT state FROM outbox_messages WHERE send_id = 'sentinel'"))[0]?.state ===
          'sent',
      )
      expect(await stateOf(tours)).toContain('queued')
      expect(readdirSync(folder)).toHaveLength(1)
      clock = Date.parse('2099-08-25T00:00:01.000Z')
      worker.wake()
      await eventually(async () => !(await stateOf(tours)).includes('queued'))
      expect((await stateOf(tours)).at(-1)).toBe('sent')
      expect(readdirSync(folder)).toHaveLength(2)
      expect(await state()).toBeNull()
    } finally {
      await worker.stop()
      rmSync(folder, { recursive: true, force: true })
    }
  })

  it('is withdrawn for a collectivité that registers before its day, in the registration’s transaction', async () => {
    expect((await schedule('2099-08-26')).status).toBe(200)
    expect(await state()).toEqual({ at: '2099-08-26T00:00:00.000Z', count: 1 })
    expect((await register(tours, 'FR', 'paul.durand@tours.example')).status).toBe(201)
    expect(await state()).toBeNull()
    expect(await stateOf(tours)).not.toContain('queued')
    expect(
      (await messagesOf(SendKind.Confirmation)).filter((row) => row.collectivite_id === tours),
    ).toHaveLength(1)
  })
})
