import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  directoryCollectivites,
  directoryContacts,
  directoryParticipations,
} from '../../../db/schema'
import { PersonalLinks } from '../../../server/registrations/personal-links'
import { type ActivityList, ActivityListSchema } from '../../../shared/activity'
import { readEdition, registrationCounts } from '../../../shared/doc/edition'
import { ErrorCode } from '../../../shared/errors'
import {
  type PublicForm,
  PublicFormSchema,
  RegistrationRecordSchema,
} from '../../../shared/registrations'
import { apiRequest } from '../../helpers/api'
import { connectClient, synced, type TestClient, until } from '../../helpers/clients'
import { storedState } from '../../helpers/db-state'
import { DEMO_EDITIONS_ONLY } from '../../helpers/demo-server'
import { startServer, type TestServer } from '../../helpers/start-server'

const EDITION = 'shizuoka-2024'
let server: TestServer
let committee: TestClient
/** Each collectivité's own token. */
const tokens = new Map<string, string>()

const inDays = (days: number) => new Date(Date.now() + days * 24 * 3600 * 1000).toISOString()
const owner = (path: string, init: { method?: string; body?: unknown } = {}) =>
  apiRequest(server.url, path, { ...init, cookie: server.ownerCookie, origin: server.url })
const setDeadline = async (deadline: string) =>
  expect(
    (
      await owner(`/api/editions/${EDITION}/registration-form`, {
        method: 'PUT',
        body: { deadline },
      })
    ).status,
  ).toBe(200)

const formOf = async (collectivite: string): Promise<PublicForm> => {
  const response = await fetch(`${server.url}/api/public/forms/${tokens.get(collectivite)}`)
  expect(response.status).toBe(200)
  return PublicFormSchema.parse(await response.json())
}
const send = (collectivite: string, body: unknown) =>
  fetch(`${server.url}/api/public/forms/${tokens.get(collectivite)}/registrations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })

const live = () => readEdition(committee.doc).value
const ofMatsuzaki = () =>
  live().registrations.filter((each) => each.collectiviteId === 'col-matsuzaki')
const sql = async (query: string) =>
  (await server.kaigi.database.client.execute(query)).rows as unknown as Record<string, unknown>[]

/** Expects `attempt` refused with `status` and `code`, nothing written anywhere; returns the fields named. */
async function refused(
  attempt: () => Promise<Response>,
  status: number,
  code: string,
): Promise<string[]> {
  const before = [
    await storedState(server.kaigi.database),
    await sql('SELECT * FROM registrations'),
  ]
  const response = await attempt()
  expect(response.status).toBe(status)
  const { error } = (await response.json()) as {
    error: { code: string; issues?: Array<{ path: string }> }
  }
  expect(error.code).toBe(code)
  expect([
    await storedState(server.kaigi.database),
    await sql('SELECT * FROM registrations'),
  ]).toEqual(before)
  return (error.issues ?? []).map((issue) => issue.path)
}

const bulletin = {
  collectiviteId: 'col-matsuzaki',
  country: 'JP',
  contactName: '佐藤 花子',
  email: 'sato@town.matsuzaki.example',
  delegates: 2,
  workshopIds: ['theme-tourism'],
  dayIds: ['2024-11-19', '2024-11-20'],
  wantsToSpeak: true,
  members: [
    {
      nameLatin: 'Sato Hanako',
      nameJapanese: '佐藤 花子',
      function: '町長',
      email: 'sato@town.matsuzaki.example',
    },
  ],
  interpretation: 'into-fr',
  dietaryNeeds: 'ベジタリアン 1名',
  accessibilityNeeds: '',
}

beforeAll(async () => {
  // The demo's editions without its directory: the test writes the one entry it needs.
  server = await startServer({ seeds: DEMO_EDITIONS_ONLY })
  committee = connectClient(server.syncUrl, `edition-${EDITION}`, new Y.Doc())
  await synced(committee)
  await setDeadline(inDays(30))
  // The directory knows Matsuzaki's contact: its link opens with it.
  const at = new Date()
  await server.kaigi.database.db.insert(directoryCollectivites).values({
    id: 'dir-matsuzaki',
    nameFr: 'Bourg de Matsuzaki',
    nameJa: '松崎町',
    country: 'JP',
    kind: 'town',
    address: '静岡県賀茂郡松崎町',
    createdAt: at,
    updatedAt: at,
  })
  await server.kaigi.database.db.insert(directoryContacts).values({
    id: 'contact-1',
    collectiviteId: 'dir-matsuzaki',
    position: 0,
    name: '鈴木 一郎',
    function: '企画観光課長',
    email: 'suzuki@town.matsuzaki.example',
    language: 'ja',
  })
  const paths = await new PersonalLinks(server.kaigi.database.db).paths(EDITION, [
    'col-matsuzaki',
    'col-tours',
  ])
  for (const [id, path] of paths) tokens.set(id, path.slice('/f/'.length))
})

afterAll(async () => {
  committee.destroy()
  await server.close()
  server.cleanup()
})

describe('a collectivité’s own form link', () => {
  it('opens the bulletin for that collectivité, filled with its directory contact', async () => {
    const form = await formOf('col-matsuzaki')
    expect(form.open).toBe(true)
    expect(form.personal?.collectivite).toMatchObject({ id: 'col-matsuzaki', country: 'JP' })
    expect(form.personal?.collectivite.name.ja).toBe('松崎町')
    expect(form.personal?.collectivite.name.fr).toBe('Bourg de Matsuzaki')
    expect(form.personal?.registered).toBe(false)
    expect(form.personal?.filled).toMatchObject({
      contactName: '鈴木 一郎',
      email: 'suzuki@town.matsuzaki.example',
    })
    expect(form.personal?.filled.delegates).toBeUndefined()
    // Its own link names it alone; the days are the edition's.
    expect(form.collectivites).toEqual([])
    expect(form.days).toEqual(['2024-11-18', '2024-11-19', '2024-11-20', '2024-11-21'])
  })

  it('takes its bulletin, then an amendment replaces it: same id, the counts follow', async () => {
    const first = await send('col-matsuzaki', bulletin)
    expect(first.status).toBe(201)
    const { id } = (await first.json()) as { id: string }
    await until(() => ofMatsuzaki().length === 1)
    expect(ofMatsuzaki()[0]).toMatchObject({ id, delegates: 2, dayIds: bulletin.dayIds })
    const before = registrationCounts(live()).byCountry.JP.participants

    const amended = await send('col-matsuzaki', {
      ...bulletin,
      delegates: 5,
      dayIds: ['2024-11-20'],
      members: [
        ...bulletin.members,
        { nameLatin: 'Ito Ken', nameJapanese: '伊藤 健', function: '職員', email: '' },
      ],
    })
    expect(amended.status).toBe(200)
    expect(await amended.json()).toEqual({ id, amended: true })
    await until(() => ofMatsuzaki()[0]?.delegates === 5)
    expect(ofMatsuzaki()).toHaveLength(1)
    expect(ofMatsuzaki()[0]).toMatchObject({ id, dayIds: ['2024-11-20'] })
    expect(registrationCounts(live()).byCountry.JP.participants).toBe(before + 3)

    // The link now opens with what it sent.
    const form = await formOf('col-matsuzaki')
    expect(form.personal?.registered).toBe(true)
    expect(form.personal?.filled).toMatchObject({
      contactName: '佐藤 花子',
      delegates: 5,
      interpretation: 'into-fr',
      dietaryNeeds: 'ベジタリアン 1名',
    })
    expect(form.personal?.filled.members?.map((member) => member.nameJapanese)).toEqual([
      '佐藤 花子',
      '伊藤 健',
    ])
    // Personal data stays in the database, never in the shared document.
    const shared = JSON.stringify(committee.doc.getMap('registrations').toJSON())
    for (const secret of ['@', 'Sato', '伊藤', 'ベジタリアン', 'into-fr']) {
      expect(shared).not.toContain(secret)
    }
    const [row] = await sql(`SELECT * FROM registrations WHERE id = '${id}'`)
    expect(JSON.parse(String(row?.members))).toHaveLength(2)
    expect(row?.updated_at).not.toBeNull()
    // Its directory entry took part in the edition, committed with the registration.
    expect(await server.kaigi.database.db.select().from(directoryParticipations)).toContainEqual({
      collectiviteId: 'dir-matsuzaki',
      editionId: EDITION,
    })

    const activity = ActivityListSchema.parse(
      await (await owner(`/api/editions/${EDITION}/activity?entity=${id}`)).json(),
    ) as ActivityList
    expect(activity.entries.map((entry) => [entry.action, entry.actorKind])).toEqual([
      ['edited', 'participant'],
      ['created', 'participant'],
    ])
    expect(activity.entries[0]?.fields).toEqual(expect.arrayContaining(['delegates', 'dayIds']))
  })

  it('never reads nor changes another collectivité’s registration', async () => {
    const tours = await formOf('col-tours')
    expect(tours.personal?.collectivite.id).toBe('col-tours')
    expect(tours.personal?.registered).toBe(false)
    expect(JSON.stringify(tours)).not.toContain('佐藤')
    expect(
      await refused(
        () => send('col-tours', { ...bulletin, collectiviteId: 'col-matsuzaki' }),
        400,
        ErrorCode.InvalidInput,
      ),
    ).toEqual(['collectiviteId'])
    expect(ofMatsuzaki()[0]?.delegates).toBe(5)
    // The edition's general link cannot amend it either: it sends a new registration.
    expect((await fetch(`${server.url}/api/public/forms/${'a'.repeat(20)}`)).status).toBe(404)
  })

  it('refuses a hostile or wrong bulletin, naming the field, and stores nothing', async () => {
    const hostile = (body: unknown) =>
      refused(() => send('col-matsuzaki', body), 400, ErrorCode.InvalidInput)
    expect(await hostile({ ...bulletin, id: 'someone-else' })).toEqual([''])
    expect(await hostile({ ...bulletin, members: [{ nameLatin: '', nameJapanese: '' }] })).toEqual([
      'members.0.nameLatin',
    ])
    expect(
      await hostile({
        ...bulletin,
        delegates: 1,
        members: [...bulletin.members, ...bulletin.members],
      }),
    ).toEqual(['members'])
    expect(await hostile({ ...bulletin, dayIds: ['2031-01-01'] })).toEqual(['dayIds.0'])
    expect(await hostile({ ...bulletin, interpretation: 'klingon' })).toEqual(['interpretation'])
    expect(await hostile({ ...bulletin, dietaryNeeds: 'x'.repeat(1001) })).toEqual(['dietaryNeeds'])
    expect(
      await hostile({ ...bulletin, members: [{ ...bulletin.members[0], email: 'nope' }] }),
    ).toEqual(['members.0.email'])
    expect(
      await refused(
        () =>
          fetch(`${server.url}/api/public/forms/${tokens.get('col-matsuzaki')}/registrations`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: '{"collectiviteId": ',
          }),
        400,
        ErrorCode.InvalidInput,
      ),
    ).toEqual([''])
  })

  it('is refused after the deadline', async () => {
    await setDeadline(new Date(Date.now() - 1000).toISOString())
    expect((await formOf('col-matsuzaki')).open).toBe(false)
    await refused(
      () => send('col-matsuzaki', { ...bulletin, delegates: 9 }),
      409,
      ErrorCode.FormClosed,
    )
    await setDeadline(inDays(30))
  })
})

describe('editors and the registrations', () => {
  it('read the CSV in French and in Japanese', async () => {
    const csv = async (lang: string) => {
      const response = await owner(`/api/editions/${EDITION}/export/registrations.csv?lang=${lang}`)
      expect(response.status).toBe(200)
      return parse(await response.text(), { bom: true, columns: true }) as Record<string, string>[]
    }
    const [fr] = await csv('fr')
    expect(fr).toMatchObject({
      Collectivité: 'Bourg de Matsuzaki',
      Pays: 'Japon',
      Délégués: '5',
      'Souhaite intervenir': 'Oui',
      'Souhaite proposer un atelier': 'Non',
      Interprétation: 'Vers le français',
      Journées: '20 novembre 2024',
    })
    expect(fr?.Ateliers).toContain('Tourisme durable')
    expect(fr?.['Membres de la délégation']).toBe(
      'Sato Hanako / 佐藤 花子, 町長, sato@town.matsuzaki.example\nIto Ken / 伊藤 健, 職員',
    )
    // On the edition's clocks (Shizuoka), the zone named.
    expect(fr?.['Reçu le']).toMatch(/^\d{1,2} \S+ \d{4} à \d{2}:\d{2} \(heure normale du Japon\)$/)

    const [ja] = await csv('ja')
    expect(ja).toMatchObject({
      自治体: '松崎町',
      国: '日本',
      参加人数: '5',
      発言希望: 'はい',
      分科会提案の希望: 'いいえ',
      通訳: 'フランス語へ',
      参加日: '2024年11月20日',
    })
    expect(ja?.分科会).toContain('持続可能な観光')
    expect(ja?.受付日時).toMatch(
      /^\d{4}\/\d{1,2}\/\d{1,2} \d{1,2}:\d{2} \(日本標準時\)$|^\d{4}年\d{1,2}月\d{1,2}日 \d{1,2}:\d{2} \(日本標準時\)$/,
    )

    const wrong = await owner(`/api/editions/${EDITION}/export/registrations.csv?lang=de`)
    expect(wrong.status).toBe(400)
  })

  it('correct a registration, in the activity, and refuse a wrong correction', async () => {
    const [registration] = ofMatsuzaki()
    const path = `/api/editions/${EDITION}/registrations/${registration?.id}`
    const record = RegistrationRecordSchema.parse(await (await owner(path)).json())
    expect(record.members).toHaveLength(2)
    const corrected = await owner(path, {
      method: 'PUT',
      body: {
        ...record,
        id: undefined,
        collectiviteId: undefined,
        collectiviteName: undefined,
        country: undefined,
        createdAt: undefined,
        updatedAt: undefined,
        delegates: 3,
        wantsToPropose: true,
      },
    })
    expect(corrected.status).toBe(200)
    await until(() => ofMatsuzaki()[0]?.delegates === 3)
    expect(ofMatsuzaki()[0]?.wantsToPropose).toBe(true)
    const activity = ActivityListSchema.parse(
      await (await owner(`/api/editions/${EDITION}/activity?entity=${registration?.id}`)).json(),
    )
    expect(activity.entries[0]).toMatchObject({ action: 'edited', actorKind: 'member' })
    expect(
      await refused(
        () => owner(path, { method: 'PUT', body: { ...bulletin } }),
        400,
        ErrorCode.InvalidInput,
      ),
    ).toEqual([''])
    expect(
      await refused(
        () => owner(`/api/editions/${EDITION}/registrations/nowhere`, { method: 'PUT', body: {} }),
        404,
        ErrorCode.NotFound,
      ),
    ).toEqual([])
    expect((await apiRequest(server.url, path)).status).toBe(401)
  })

  it('withdraw a registration: gone from the list, the counts and the database', async () => {
    const [registration] = ofMatsuzaki()
    const path = `/api/editions/${EDITION}/registrations/${registration?.id}`
    const before = registrationCounts(live()).byCountry.JP.participants
    expect((await owner(path, { method: 'DELETE' })).status).toBe(204)
    await until(() => ofMatsuzaki().length === 0)
    expect(registrationCounts(live()).byCountry.JP.participants).toBe(before - 3)
    expect(await sql(`SELECT id FROM registrations WHERE id = '${registration?.id}'`)).toEqual([])
    const activity = ActivityListSchema.parse(
      await (await owner(`/api/editions/${EDITION}/activity?entity=${registration?.id}`)).json(),
    )
    expect(activity.entries[0]).toMatchObject({ action: 'deleted', actorKind: 'member' })
    expect((await owner(path, { method: 'DELETE' })).status).toBe(404)
    // Its own link opens empty again, and may send a new one.
    expect((await formOf('col-matsuzaki')).personal?.registered).toBe(false)
  })
})

describe('a registration whose live entry a member removed from the document', () => {
  it('comes back when its collectivité sends it again, and an editor can still withdraw it', async () => {
    const sent = await send('col-matsuzaki', bulletin)
    expect(sent.status).toBe(201)
    const { id } = (await sent.json()) as { id: string }
    // Another member sees a deletion only once the server committed it.
    const observer = connectClient(server.syncUrl, `edition-${EDITION}`, new Y.Doc())
    await synced(observer)
    const seen = () => readEdition(observer.doc).value.registrations.some((each) => each.id === id)
    await until(seen)
    // A member's replica deletes the entry; the row stays in the database.
    committee.doc.getMap('registrations').delete(id)
    await until(() => !seen())
    expect((await formOf('col-matsuzaki')).personal?.registered).toBe(true)

    const again = await send('col-matsuzaki', { ...bulletin, delegates: 4 })
    expect(again.status).toBe(200)
    await until(() => ofMatsuzaki()[0]?.delegates === 4)
    expect(ofMatsuzaki()[0]?.id).toBe(id)
    await until(seen)

    committee.doc.getMap('registrations').delete(id)
    await until(() => !seen())
    observer.destroy()
    const path = `/api/editions/${EDITION}/registrations/${id}`
    // Nothing live to correct, but the row can go.
    const { collectiviteId: _id, country: _country, ...details } = bulletin
    expect((await owner(path, { method: 'PUT', body: details })).status).toBe(404)
    expect((await owner(path, { method: 'DELETE' })).status).toBe(204)
    expect(await sql(`SELECT id FROM registrations WHERE id = '${id}'`)).toEqual([])
  })
})
