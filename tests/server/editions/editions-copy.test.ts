import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../../server/editions/demo-seeds'
import { type EditionSnapshot, readEdition, updateRoom } from '../../../shared/doc/edition'
import { CreatedEditionSchema, EditionListSchema } from '../../../shared/editions'
import { apiRequest } from '../../helpers/api'
import { connectClient, synced, type TestClient, until } from '../../helpers/clients'
import { signIn } from '../../helpers/sign-in'
import { startServer, type TestServer } from '../../helpers/start-server'

let server: TestServer
const clients: TestClient[] = []

beforeAll(async () => {
  server = await startServer({ seeds: DEMO_SEEDS })
})
afterAll(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server.close()
  server.cleanup()
})

// No socket needed: the app answers in the process.
const post = (body: unknown, cookie = server.ownerCookie) =>
  apiRequest(server.kaigi.app, '/api/editions', { method: 'POST', body, cookie })

const nantes = (number: number, extra: object = {}) => ({
  number,
  title: { fr: `${number}es Rencontres`, ja: `第${number}回日仏自治体交流会議` },
  hostCity: { fr: 'Nantes', ja: 'ナント市' },
  hostCountry: 'FR',
  timeZone: 'Europe/Paris',
  startDate: '2026-10-05',
  endDate: '2026-10-08',
  ...extra,
})

const editionIds = async () => {
  const response = await apiRequest(server.kaigi.app, '/api/editions', {
    cookie: server.ownerCookie,
  })
  return EditionListSchema.parse(await response.json())
    .editions.map((edition) => edition.id)
    .sort()
}

/** Edition `docName` as a client syncing it sees it. */
async function syncedEdition(docName: string): Promise<EditionSnapshot> {
  const client = connectClient(server.syncUrl, docName)
  clients.push(client)
  await synced(client)
  return readEdition(client.doc).value
}

describe('creating an edition from a past one', () => {
  it('starts the new edition with the past one’s structure as it now is, and no one in it', async () => {
    // A committee member renames a room of the 8th edition just before.
    const member = connectClient(server.syncUrl, 'edition-shizuoka-2024')
    const witness = connectClient(server.syncUrl, 'edition-shizuoka-2024')
    clients.push(member, witness)
    await Promise.all([synced(member), synced(witness)])
    updateRoom(member.doc, 'room-koryu', { name: { fr: 'Foyer des échanges' } }, 'me')
    // Relayed means committed.
    await until(
      () => readEdition(witness.doc).value.rooms.some((r) => r.name.fr === 'Foyer des échanges'),
      10_000,
      'the rename relayed',
    )

    const response = await post(nantes(10, { copyFrom: 'shizuoka-2024' }))
    expect(response.status).toBe(201)
    const created = CreatedEditionSchema.parse(await response.json())
    const copy = await syncedEdition(created.docName)
    const source = await syncedEdition('edition-shizuoka-2024')

    expect(copy.meta.hostCity.fr).toBe('Nantes')
    expect(copy.meta.number).toBe(10)
    expect(copy.rooms.map((room) => room.name.fr)).toEqual(source.rooms.map((r) => r.name.fr))
    expect(copy.rooms.map((room) => room.name.fr)).toContain('Foyer des échanges')
    expect(copy.venues).toHaveLength(source.venues.length)
    expect(copy.themes.map((theme) => theme.title.ja)).toEqual(source.themes.map((t) => t.title.ja))
    expect(copy.days.map((day) => day.id)).toEqual([
      '2026-10-05',
      '2026-10-06',
      '2026-10-07',
      '2026-10-08',
    ])
    expect(copy.sessions).toHaveLength(source.sessions.length)
    expect(copy.sessions.every((session) => session.status === 'draft')).toBe(true)
    expect(copy.sessions.every((session) => session.speakerIds.length === 0)).toBe(true)
    expect(copy.persons).toEqual([])
    expect(copy.collectivites).toEqual([])
    const sourceRoomIds = new Set(source.rooms.map((room) => room.id))
    expect(copy.rooms.some((room) => sourceRoomIds.has(room.id))).toBe(false)
    // The source itself is untouched.
    expect(source.persons.length).toBeGreaterThan(0)
  })

  it('starts from a read-only record just as well', async () => {
    const response = await post(nantes(11, { copyFrom: 'kumamoto-2018' }))
    expect(response.status).toBe(201)
    const { docName } = CreatedEditionSchema.parse(await response.json())
    const copy = await syncedEdition(docName)
    const record = await syncedEdition('edition-kumamoto-2018')
    expect(record.themes.length).toBeGreaterThan(0)
    expect(copy.themes.map((theme) => theme.title.fr)).toEqual(
      record.themes.map((theme) => theme.title.fr),
    )
    expect(copy.persons).toEqual([])
  })

  it('refuses, with 404 and nothing created, to copy an edition the caller cannot see', async () => {
    // An editor of one new edition only: they see it, not the demo.
    const blank = await post(nantes(12))
    expect(blank.status).toBe(201)
    const { id: ownEdition } = CreatedEditionSchema.parse(await blank.json())
    const invite = await apiRequest(server.kaigi.app, `/api/editions/${ownEdition}/invitations`, {
      method: 'POST',
      body: { role: 'editor', expiresInHours: 1 },
      cookie: server.ownerCookie,
    })
    expect(invite.status).toBe(201)
    const token = ((await invite.json()) as { path: string }).path.split('/').pop() ?? ''
    const editor = await signIn(server.url, token, 'Élise')
    const before = await editionIds()

    for (const copyFrom of ['shizuoka-2024', 'no-such-edition']) {
      const refused = await post(nantes(13, { copyFrom }), editor)
      expect(refused.status).toBe(404)
      expect(((await refused.json()) as { error: { code: string } }).error.code).toBe('not_found')
    }
    expect(await editionIds()).toEqual(before)

    // The edition they do see, they may start from.
    const allowed = await post(nantes(13, { copyFrom: ownEdition }), editor)
    expect(allowed.status).toBe(201)
    expect(await editionIds()).toHaveLength(before.length + 1)
  })
})
