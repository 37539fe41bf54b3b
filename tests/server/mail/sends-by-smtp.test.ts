import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { SERVER_ORIGIN } from '../../../server/sync/room'
import { type DirectoryList, DirectoryListSchema } from '../../../shared/directory'
import {
  createCollectivite,
  createMeeting,
  createPerson,
  formatClockTime,
  moveSession,
  parseClockTime,
  readEdition,
  seedDemoEdition,
  seedPastEdition,
  setMeta,
  updateMeeting,
} from '../../../shared/doc/edition'
import { editionDocName } from '../../../shared/editions'
import { LetterInputsSchema } from '../../../shared/letters/letter-inputs'
import { MODEL_LETTERS } from '../../../shared/letters/model-letters'
import { type Outbox, OutboxSchema } from '../../../shared/mail'
import { apiRequest } from '../../helpers/api'
import { startServer, type TestServer } from '../../helpers/start-server'
import { type SmtpSink, startSmtpSink } from './smtp-sink'

const EDITION = 'shizuoka-2024'
const PREVIOUS = 'aix-en-provence-2022'
const PUBLIC_URL = 'https://kaigi.example.org'

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
const _sql = async (query: string, args: (string | number)[] = []) =>
  (await server.kaigi.database.client.execute({ sql: query, args })).rows as unknown as Record<
    string,
    unknown
  >[]
const outbox = async (search?: string): Promise<Outbox> => {
  const response = await owner(`/outbox${search ? `?search=${encodeURIComponent(search)}` : ''}`)
  expect(response.status).toBe(200)
  return OutboxSchema.parse(await response.json())
}
const DIRECTORY_CSV = [
  'Nom (FR),Nom (JA),Pays,Type,Adresse,Contact,Fonction,Courriel,Langue',
  'Ville de Nantes,ナント市,France,commune,"2 rue de l’Hôtel de Ville, 44094 Nantes",Claire Martin,Chargée des relations internationales,claire.martin@nantes.example,français',
  'Ville de Matsumoto,松本市,Japon,市,長野県松本市丸の内3-7,佐藤花子,国際課長,hanako.sato@matsumoto.example,日本語',
  'Ville de Tours,トゥール市,France,commune,"1-3 rue des Minimes, 37000 Tours",Paul Durand,Directeur des relations internationales,paul.durand@tours.example,français',
].join('\n')

/** The collectivité's own token, from the form link its letter prints. */
async function tokenOf(collectiviteId: string): Promise<string> {
  const response = await owner(`/letters/inputs?collectivite=${collectiviteId}`)
  const inputs = LetterInputsSchema.parse(await response.json())
  const token = inputs.formUrl?.split('/f/')[1]
  if (!token) throw new Error(`no form link for ${collectiviteId}`)
  return token
}

const register = async (collectiviteId: string, country: 'FR' | 'JP', email: string) =>
  fetch(`${server.url}/api/public/forms/${await tokenOf(collectiviteId)}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      collectiviteId,
      collectiviteName: '',
      country,
      contactName: country === 'JP' ? '佐藤 花子' : 'Claire Martin',
      email,
      delegates: 3,
    }),
  })

beforeAll(async () => {
  sink = await startSmtpSink()
  server = await startServer({
    publicUrl: PUBLIC_URL,
    mail: {
      smtpUrl: sink.url,
      from: 'Comité de pilotage <comite@rencontres.example>',
      perMinute: 6000,
      outboxDir: 'unused',
      pollMs: 20,
    },
    seeds: [
      { id: PREVIOUS, readOnly: true, fill: (doc) => seedPastEdition(doc, 7) },
      { id: EDITION, readOnly: false, fill: (doc) => seedDemoEdition(doc) },
    ],
  })
  const imported = await fetch(`${server.url}/api/directory/import`, {
    method: 'POST',
    headers: {
      'content-type': 'text/csv; charset=utf-8',
      cookie: server.ownerCookie,
      origin: server.url,
    },
    body: DIRECTORY_CSV,
  })
  expect(imported.status).toBe(200)
  const listed = await fetch(`${server.url}/api/directory`, {
    headers: { cookie: server.ownerCookie },
  })
  const directory: DirectoryList = DirectoryListSchema.parse(await listed.json())
  const entry = (name: string) =>
    directory.collectivites.find((each) => each.nameFr === name)?.id ?? null
  ;({ nantes, matsumoto } = await change((doc) => {
    const president = createPerson(
      doc,
      {
        name: { fr: 'Jean-Marc Lefèvre', ja: 'ジャン＝マルク・ルフェーヴル', en: '' },
        role: { fr: 'Président du comité de pilotage français', ja: '委員長', en: '' },
        collectiviteId: null,
      },
      SERVER_ORIGIN,
    )
    setMeta(
      doc,
      {
        hostCity: { fr: 'Shizuoka', ja: '静岡市', en: 'Shizuoka' },
        startDate: '2024-11-18',
        endDate: '2024-11-21',
        letter: { fr: MODEL_LETTERS.fr, ja: MODEL_LETTERS.ja },
        letterPlace: { fr: 'Paris', ja: 'パリ' },
        letterDate: '2023-07-11',
        signatoryIds: [president],
        formReturn: { fr: 'Cités Unies France, Paris', ja: 'フランス自治体国際交流協会（CUF）' },
      },
      SERVER_ORIGIN,
    )
    const meeting = {
      date: '2023-09-18',
      start: '16:30',
      end: '18:00',
      place: { fr: 'Cité des Sciences, Paris', ja: 'パリ・シテ科学産業博物館', en: '' },
      event: { fr: '', ja: '', en: '' },
      agenda: { fr: '1. Présentation de Shizuoka', ja: '静岡市の紹介', en: '' },
      intakeOpen: false,
    }
    const [first] = [...readEdition(doc).value.meetings].sort((a, b) =>
      a.date.localeCompare(b.date),
    )
    if (first) updateMeeting(doc, first.id, meeting, SERVER_ORIGIN)
    else createMeeting(doc, meeting, SERVER_ORIGIN)
    const linked = (fr: string, ja: string, country: 'FR' | 'JP') =>
      createCollectivite(
        doc,
        {
          name: { fr, ja, en: '' },
          country,
          kind: country === 'JP' ? 'city' : 'commune',
          directoryId: entry(fr),
        },
        SERVER_ORIGIN,
      )
    return {
      nantes: linked('Ville de Nantes', 'ナント市', 'FR'),
      matsumoto: linked('Ville de Matsumoto', '松本市', 'JP'),
      tours: linked('Ville de Tours', 'トゥール市', 'FR'),
    }
  }))
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
