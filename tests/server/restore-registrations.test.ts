import { createClient } from '@libsql/client'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DEMO_SEEDS } from '../../server/editions/demo-seeds'
import { readEdition } from '../../shared/doc/edition'
import { connectClient, synced, type TestClient } from '../helpers/clients'
import { startServer, type TestServer } from '../helpers/start-server'

let server: TestServer
let client: TestClient | null = null
afterEach(async () => {
  client?.destroy()
  client = null
  await server.close()
  server.cleanup()
})

/** A registration row as the form writes it, before its entry in the live list. */
async function insertRow(
  databaseUrl: string,
  id: string,
  workshopIds: string[],
  editionId = 'shizuoka-2024',
): Promise<void> {
  const db = createClient({ url: databaseUrl })
  try {
    await db.execute({
      sql: `INSERT INTO registrations (id, edition_id, collectivite_id, collectivite_name, country,
        contact_name, email, delegates, workshop_ids, wants_to_speak, wants_to_propose, created_at)
        VALUES (?, ?, NULL, 'Ville de Nancy', 'FR', 'Marie Curie', 'm@nancy.fr', 3, ?, 1, 0, ?)`,
      args: [id, editionId, JSON.stringify(workshopIds), Date.parse('2024-10-02T08:00:00Z')],
    })
  } finally {
    db.close()
  }
}

/** Makes an edition's stored document unreadable, as a damaged disk would. */
async function damageDocument(databaseUrl: string, docName: string): Promise<void> {
  const db = createClient({ url: databaseUrl })
  try {
    await db.execute({
      sql: 'UPDATE documents SET snapshot = ? WHERE name = ?',
      args: [new Uint8Array([1, 200, 3]), docName],
    })
  } finally {
    db.close()
  }
}

describe('a registration stopped between the database and the live list', () => {
  it('gets its entry back at the next start; one that no longer fits stays in the CSV; an unreadable edition does not stop the start', async () => {
    server = await startServer({ seeds: DEMO_SEEDS })
    const { databaseUrl } = server
    await server.close()
    // The server stopped after the row, before the entry; another names a workshop since gone.
    await insertRow(databaseUrl, 'reg-nancy', [])
    await insertRow(databaseUrl, 'reg-gone', ['no-such-workshop'])
    // Another edition's document cannot be read: the server starts all the same.
    await insertRow(databaseUrl, 'reg-kumamoto', [], 'kumamoto-2018')
    await damageDocument(databaseUrl, 'edition-kumamoto-2018')

    server = await startServer({ seeds: DEMO_SEEDS, databaseUrl })
    client = connectClient(server.syncUrl, 'edition-shizuoka-2024', new Y.Doc())
    await synced(client)
    const listed = readEdition(client.doc).value.registrations
    expect(listed.find((entry) => entry.id === 'reg-nancy')).toMatchObject({
      collectiviteName: 'Ville de Nancy',
      country: 'FR',
      delegates: 3,
      wantsToSpeak: true,
      createdAt: '2024-10-02T08:00:00.000Z',
    })
    expect(listed.some((entry) => entry.id === 'reg-gone')).toBe(false)
    const csv = await fetch(`${server.url}/api/editions/shizuoka-2024/export/registrations.csv`, {
      headers: { cookie: server.ownerCookie },
    })
    expect(await csv.text()).toContain('reg-gone')
  })
})
