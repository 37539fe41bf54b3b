import { afterEach, describe, expect, it } from 'vitest'
import { DEMO_SEEDS } from '../../../server/editions/demo-seeds'
import { seedEditions } from '../../../server/editions/seed'
import { createLogger } from '../../../server/logger'
import { setMeta } from '../../../shared/doc/edition'
import { EditionListSchema } from '../../../shared/editions'
import { connectClient, synced, type TestClient, until } from '../../helpers/clients'
import { startServer, type TestServer } from '../../helpers/start-server'

let server: TestServer
const clients: TestClient[] = []
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy()
  await server.close()
  server.cleanup()
})

const seeds = [
  { id: 'tours-2016', readOnly: true, fill: (doc) => doc.getText('t').insert(0, 'Tours') },
  { id: 'shizuoka-2024', readOnly: false, fill: (doc) => doc.getText('t').insert(0, '静岡') },
] satisfies Parameters<typeof seedEditions>[1]

const listEditions = async () =>
  EditionListSchema.parse(
    await (
      await server.kaigi.app.request('/api/editions', { headers: { cookie: server.ownerCookie } })
    ).json(),
  )

describe('editions', () => {
  it('lists nothing on an empty database', async () => {
    server = await startServer()
    expect((await listEditions()).editions).toEqual([])
  })

  it('creates the seeded editions once, each with its document', async () => {
    server = await startServer()
    const log = createLogger('silent')
    expect(await seedEditions(server.kaigi.database, seeds, log)).toBe(true)
    expect(await seedEditions(server.kaigi.database, seeds, log)).toBe(false)
    const { editions } = await listEditions()
    expect(editions.map((e) => [e.id, e.docName, e.readOnly]).sort()).toEqual([
      ['shizuoka-2024', 'edition-shizuoka-2024', false],
      ['tours-2016', 'edition-tours-2016', true],
    ])
    expect(editions.every((e) => e.summary === null)).toBe(true) // no edition metadata in these
    const client = connectClient(server.syncUrl, 'edition-shizuoka-2024')
    clients.push(client)
    await synced(client)
    await until(() => client.doc.getText('t').toString() === '静岡')
  })
})

describe('the demo editions', () => {
  it('lists the Shizuoka draft and the three past editions with their metadata', async () => {
    server = await startServer()
    await seedEditions(server.kaigi.database, DEMO_SEEDS, createLogger('silent'))
    const { editions } = await listEditions()
    const byNumber = new Map(editions.map((e) => [e.summary?.number, e]))
    expect(editions.map((e) => e.summary?.number)).toEqual([8, 7, 6, 5])
    const shizuoka = byNumber.get(8)
    expect(shizuoka?.readOnly).toBe(false)
    expect(shizuoka?.summary?.startDate).toBe('2024-11-18')
    expect(shizuoka?.summary?.endDate).toBe('2024-11-21')
    expect(shizuoka?.summary?.timeZone).toBe('Asia/Tokyo')
    expect(shizuoka?.summary?.hostCity.fr).toMatch(/Shizuoka/)
    expect(shizuoka?.summary?.hostCity.ja).toMatch(/静岡/)
    expect(byNumber.get(6)?.summary?.hostCity.fr).toMatch(/Kumamoto/)
    expect(byNumber.get(5)?.readOnly).toBe(true)
  })

  it('lists an edition as its document now says, through edits and compaction', async () => {
    server = await startServer({ seeds: DEMO_SEEDS, compactAfterUpdates: 5 })
    const titleOf = async () =>
      (await listEditions()).editions.find((e) => e.id === 'shizuoka-2024')?.summary?.title.fr
    expect(await titleOf()).toMatch(/^8es Rencontres/)
    const member = connectClient(server.syncUrl, 'edition-shizuoka-2024')
    clients.push(member)
    await synced(member)
    for (const suffix of [' (projet)', ' (projet 2)', ' (projet 3)', ' (projet 4)']) {
      const title = `8es Rencontres${suffix}`
      setMeta(member.doc, { title: { fr: title } }, 'me')
      let listed = await titleOf()
      for (let attempt = 0; attempt < 200 && listed !== title; attempt++) {
        await new Promise((resolve) => setTimeout(resolve, 20))
        listed = await titleOf()
      }
      expect(listed).toBe(title)
    }
  })
})

describe('creating an edition', () => {
  const post = (body: unknown) =>
    server.kaigi.app.request('/api/editions', {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: server.ownerCookie },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    })
  const ninth = {
    number: 9,
    title: {
      fr: '9es Rencontres franco-japonaises de la coopération décentralisée',
      ja: '第9回日仏自治体交流会議',
    },
    hostCity: { fr: 'Aix-en-Provence', ja: 'エクス＝アン＝プロヴァンス' },
    hostCountry: 'FR',
    timeZone: 'Europe/Paris',
    startDate: '2026-10-05',
    endDate: '2026-10-08',
  }

  it('creates the edition and its document, listed with its summary', async () => {
    server = await startServer()
    const response = await post(ninth)
    expect(response.status).toBe(201)
    expect(await response.json()).toEqual({
      id: 'aix-en-provence-2026',
      docName: 'edition-aix-en-provence-2026',
    })
    const again = await (await post(ninth)).json()
    expect(again.id).toBe('aix-en-provence-2026-2')
    const { editions } = await listEditions()
    expect(editions).toHaveLength(2)
    expect(editions[0]?.summary?.timeZone).toBe('Europe/Paris')
    expect(editions[0]?.summary?.title.ja).toBe('第9回日仏自治体交流会議')
  })

  it('refuses an invalid edition, naming the fields, and creates nothing', async () => {
    server = await startServer()
    const cases: Array<[unknown, string]> = [
      [{ ...ninth, title: { fr: 'Sans japonais', ja: ' ' } }, 'title.ja'],
      [{ ...ninth, timeZone: 'Europe/Atlantis' }, 'timeZone'],
      [{ ...ninth, endDate: '2026-10-01' }, 'endDate'],
      [{ ...ninth, hostCountry: 'DE' }, 'hostCountry'],
      [{ ...ninth, extra: true }, ''],
    ]
    for (const [body, field] of cases) {
      const response = await post(body)
      expect(response.status).toBe(400)
      const { error } = await response.json()
      expect(error.code).toBe('invalid_input')
      expect(error.issues.map((issue: { path: string }) => issue.path)).toContain(field)
    }
    expect((await post('{not json')).status).toBe(400)
    expect((await post({ ...ninth, title: { fr: 'x'.repeat(70_000), ja: 'x' } })).status).toBe(413)
    expect((await listEditions()).editions).toEqual([])
  })
})
