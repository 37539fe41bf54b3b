import { afterEach, describe, expect, it } from 'vitest'
import { seedEditions } from '../../server/editions/seed'
import { createLogger } from '../../server/logger'
import { EditionListSchema } from '../../shared/editions'
import { connectClient, synced, type TestClient, until } from '../helpers/clients'
import { startServer, type TestServer } from '../helpers/start-server'

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
  EditionListSchema.parse(await (await server.kaigi.app.request('/api/editions')).json())

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
    expect(editions.map((e) => [e.id, e.docName, e.readOnly])).toEqual([
      ['tours-2016', 'edition-tours-2016', true],
      ['shizuoka-2024', 'edition-shizuoka-2024', false],
    ])
    const client = connectClient(server.syncUrl, 'edition-shizuoka-2024')
    clients.push(client)
    await synced(client)
    await until(() => client.doc.getText('t').toString() === '静岡')
  })
})
