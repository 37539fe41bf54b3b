import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  DIRECTORY_ENTRY_LINKED,
  type DirectoryCollectivite,
  type DirectoryCollectiviteFields,
  DirectoryEntryResponseSchema,
  DirectoryImportReportSchema,
  DirectoryListSchema,
} from '../../../shared/directory'
import { createCollectivite, updateCollectivite } from '../../../shared/doc/edition'
import { editionDocName } from '../../../shared/editions'
import { ErrorCode } from '../../../shared/errors'
import { apiRequest } from '../../helpers/api'
import { DEMO_EDITIONS_ONLY } from '../../helpers/demo-server'
import { signIn } from '../../helpers/sign-in'
import { startServer, type TestServer } from '../../helpers/start-server'

let server: TestServer
let editor = ''
let viewer = ''

const EDITION = 'shizuoka-2024'

async function invited(role: 'editor' | 'viewer', name: string): Promise<string> {
  const response = await apiRequest(server.url, `/api/editions/${EDITION}/invitations`, {
    method: 'POST',
    cookie: server.ownerCookie,
    body: { role, expiresInHours: 1 },
  })
  expect(response.status).toBe(201)
  const { path } = (await response.json()) as { path: string }
  return signIn(server.url, path.slice('/invite/'.length), name)
}

const call = (path: string, init: { method?: string; body?: unknown; cookie?: string } = {}) =>
  apiRequest(server.url, `/api/directory${path}`, { cookie: editor, ...init })

async function listed(): Promise<DirectoryCollectivite[]> {
  const response = await call('')
  expect(response.status).toBe(200)
  return DirectoryListSchema.parse(await response.json()).collectivites
}

async function created(fields: DirectoryCollectiviteFields): Promise<DirectoryCollectivite> {
  const response = await call('', { method: 'POST', body: fields })
  expect(response.status).toBe(201)
  return DirectoryEntryResponseSchema.parse(await response.json()).collectivite
}

const importCsv = (path: string, csv: string) =>
  fetch(`${server.url}/api/directory${path}`, {
    method: 'POST',
    headers: { 'content-type': 'text/csv', cookie: editor },
    body: csv,
  })

const errorOf = async (response: Response) =>
  ((await response.json()) as { error: { code: string; reason?: string; issues?: unknown[] } })
    .error

const tours: DirectoryCollectiviteFields = {
  nameFr: 'Ville de Tours',
  nameJa: 'トゥール市',
  country: 'FR',
  kind: 'commune',
  address: '3 rue des Minimes, 37000 Tours',
  contacts: [
    {
      name: 'Claire Martin',
      function: 'Chargée des relations internationales',
      email: 'claire.martin@tours.example',
      language: 'fr',
    },
  ],
}

beforeAll(async () => {
  // The demo's editions without its directory: the entries start from an empty one.
  server = await startServer({ seeds: DEMO_EDITIONS_ONLY })
  editor = await invited('editor', 'Élodie')
  viewer = await invited('viewer', 'Victor')
})

afterAll(async () => {
  await server?.close()
  server?.cleanup()
})

describe('one entry of the directory, created, changed and deleted', () => {
  it('creates an entry with its contacts and lists it', async () => {
    const entry = await created(tours)
    expect(entry).toMatchObject({ ...tours, editionIds: [], editions: [] })
    expect((await listed()).map((each) => each.id)).toEqual([entry.id])
  })

  it('refuses a second entry of the same name in the same country, writing nothing', async () => {
    const response = await call('', {
      method: 'POST',
      body: { ...tours, nameJa: '', contacts: [] },
    })
    expect(response.status).toBe(409)
    const error = await errorOf(response)
    expect(error.code).toBe(ErrorCode.InUse)
    expect(error.reason).toBe('directory_entry_exists')
    expect(await listed()).toHaveLength(1)
  })

  it('refuses a bad entry naming each wrong field, writing nothing', async () => {
    const response = await call('', {
      method: 'POST',
      body: {
        ...tours,
        nameFr: 'Ville de Nancy',
        country: 'DE',
        contacts: [{ name: '', function: '', email: 'not-an-email', language: 'fr' }],
      },
    })
    expect(response.status).toBe(400)
    const error = (await errorOf(response)) as { code: string; issues: Array<{ path: string }> }
    expect(error.code).toBe(ErrorCode.InvalidInput)
    expect(error.issues.map((issue) => issue.path).sort()).toEqual([
      'contacts.0.email',
      'contacts.0.name',
      'country',
    ])
    const nameless = await call('', {
      method: 'POST',
      body: { ...tours, nameFr: ' ', nameJa: '' },
    })
    expect(nameless.status).toBe(400)
    expect(await listed()).toHaveLength(1)
  })

  it('replaces the contacts of an entry in one change: added, removed, reordered', async () => {
    const [entry] = await listed()
    const second = {
      name: 'Akiko Mori',
      function: 'Chargée de mission Japon',
      email: 'akiko.mori@tours.example',
      language: 'ja' as const,
    }
    const first = tours.contacts[0]
    if (!entry || !first) throw new Error('no entry')
    const put = (contacts: DirectoryCollectiviteFields['contacts']) =>
      call(`/${entry.id}`, {
        method: 'PUT',
        body: { ...tours, address: 'Hôtel de ville', contacts },
      })
    const answer = await put([second, first])
    expect(answer.status).toBe(200)
    expect(DirectoryEntryResponseSchema.parse(await answer.json()).collectivite).toMatchObject({
      id: entry.id,
      address: 'Hôtel de ville',
      contacts: [second, first],
    })
    expect((await put([second])).status).toBe(200)
    expect((await listed())[0]?.contacts).toEqual([second])
    // A bad contact changes nothing, the others included.
    const refused = await put([first, { ...second, email: 'nowhere' }])
    expect(refused.status).toBe(400)
    expect((await listed())[0]?.contacts).toEqual([second])
    expect((await call('/no-such-entry', { method: 'PUT', body: tours })).status).toBe(404)
    // Renamed as another entry of the same country, it would be that one twice: refused.
    const nancy = await created({ ...tours, nameFr: 'Ville de Nancy', nameJa: '', contacts: [] })
    const twin = await call(`/${nancy.id}`, { method: 'PUT', body: { ...tours, contacts: [] } })
    expect(twin.status).toBe(409)
    expect((await listed()).find((each) => each.id === nancy.id)?.nameFr).toBe('Ville de Nancy')
    expect((await call(`/${nancy.id}`, { method: 'DELETE' })).status).toBe(204)
  })

  it("refuses to delete an entry an edition's collectivité links to, then deletes it once unlinked", async () => {
    const [entry] = await listed()
    if (!entry) throw new Error('no entry')
    const docName = editionDocName(EDITION)
    const collectiviteId = await server.kaigi.registry.change(docName, (doc) => {
      const id = createCollectivite(
        doc,
        { name: { fr: 'Ville de Tours', ja: 'トゥール市' }, country: 'FR', kind: 'commune' },
        'test',
      )
      updateCollectivite(doc, id, { directoryId: entry.id }, 'test')
      return id
    })
    const refused = await call(`/${entry.id}`, { method: 'DELETE' })
    expect(refused.status).toBe(409)
    const error = (await errorOf(refused)) as {
      code: string
      reason: string
      issues: Array<{ path: string }>
    }
    expect(error.code).toBe(ErrorCode.InUse)
    expect(error.reason).toBe(DIRECTORY_ENTRY_LINKED)
    expect(error.issues.map((issue) => issue.path)).toEqual([`${docName}/${collectiviteId}`])
    expect(await listed()).toHaveLength(1)

    await server.kaigi.registry.change(docName, (doc) =>
      updateCollectivite(doc, collectiviteId, { directoryId: null }, 'test'),
    )
    expect((await call(`/${entry.id}`, { method: 'DELETE' })).status).toBe(204)
    expect(await listed()).toEqual([])
    expect((await call(`/${entry.id}`, { method: 'DELETE' })).status).toBe(404)
  })

  it('keeps creating, changing and deleting from viewers and from anyone not signed in', async () => {
    const entry = await created({ ...tours, nameFr: 'Ville de Nancy', nameJa: 'ナンシー市' })
    for (const cookie of [viewer, '']) {
      const status = cookie ? 403 : 401
      expect((await call('', { method: 'POST', body: tours, cookie })).status).toBe(status)
      expect(
        (await call(`/${entry.id}`, { method: 'PUT', body: { ...tours, contacts: [] }, cookie }))
          .status,
      ).toBe(status)
      expect((await call(`/${entry.id}`, { method: 'DELETE', cookie })).status).toBe(status)
    }
    expect(await listed()).toEqual([entry])
    expect((await call(`/${entry.id}`, { method: 'DELETE' })).status).toBe(204)
  })
})

describe("the spreadsheet's editions column", () => {
  const sheet = [
    'Nom (FR),Nom (JA),Pays,Type,Éditions',
    'Ville de Tours,トゥール市,FR,commune,5; 6; 7',
    'Ville de Kumamoto,熊本市,JP,市,第6回、第2回',
    'Ville de Lyon,リヨン市,FR,commune,cinq',
  ].join('\n')

  it('previews the participations it would record, naming the numbers no edition has, and records them', async () => {
    const before = await listed()
    const previewed = await importCsv('/import/preview', sheet)
    expect(previewed.status).toBe(200)
    const preview = DirectoryImportReportSchema.parse(await previewed.json())
    expect(preview.added.map((each) => [each.nameFr, each.newEditions])).toEqual([
      ['Ville de Tours', [5, 6, 7]],
      ['Ville de Kumamoto', [6]],
    ])
    expect(preview.refused).toEqual([
      { line: 4, column: 'editions', code: 'invalid_editions', sameAsLine: null },
    ])
    expect(preview.unknownEditions).toEqual([2])
    expect(await listed()).toEqual(before)

    expect((await importCsv('/import', sheet)).status).toBe(200)
    const entries = await listed()
    expect(entries.find((each) => each.nameFr === 'Ville de Tours')?.editions).toEqual([
      { id: 'tours-2016', number: 5 },
      { id: 'kumamoto-2018', number: 6 },
      { id: 'aix-en-provence-2022', number: 7 },
    ])
    expect(entries.find((each) => each.nameJa === '熊本市')?.editionIds).toEqual(['kumamoto-2018'])
  })

  it('adds a participation to an entry, never takes one away, and exports them as numbers', async () => {
    const more = ['Nom (FR),Nom (JA),Pays,Type,Éditions', 'Ville de Tours,トゥール市,FR,commune,8']
    const previewed = await importCsv('/import/preview', more.join('\n'))
    const preview = DirectoryImportReportSchema.parse(await previewed.json())
    expect(preview.updated.map((each) => each.newEditions)).toEqual([[8]])
    await importCsv('/import', more.join('\n'))
    const fewer = ['Nom (FR),Nom (JA),Pays,Type,Éditions', 'Ville de Tours,トゥール市,FR,commune,5']
    const again = DirectoryImportReportSchema.parse(
      await (await importCsv('/import/preview', fewer.join('\n'))).json(),
    )
    expect(again).toMatchObject({ added: [], updated: [], unchanged: 1 })
    const tours = (await listed()).find((each) => each.nameFr === 'Ville de Tours')
    expect(tours?.editions.map((each) => each.number)).toEqual([5, 6, 7, 8])

    const exported = await fetch(`${server.url}/api/directory/export.csv`, {
      headers: { cookie: editor },
    })
    const rows = parse(await exported.text(), { bom: true, columns: true }) as Array<
      Record<string, string>
    >
    expect(rows.find((row) => row['Nom (FR)'] === 'Ville de Tours')?.Éditions).toBe('5; 6; 7; 8')
    expect(rows.find((row) => row['Nom (JA)'] === '熊本市')?.Éditions).toBe('6')
  })
})
