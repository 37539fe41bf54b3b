/**
 * Deletion among several documents. Kaigi deletes no document and no
 * edition (no route or store call does): what it deletes is a
 * registration, whose row goes and whose live entry is withdrawn from its
 * edition's document in the same transaction. Here that deletion runs
 * through the real HTTP route with six documents stored (three past
 * editions' snapshots, two shared texts with logs, and the edition it
 * belongs to), and every row it is not about is compared byte for byte.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { applyStored } from '../../../server/sync/doc-store'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import { readEdition } from '../../../shared/doc/edition'
import type { RegistrationFormLink } from '../../../shared/registrations'
import { apiRequest } from '../../helpers/api'
import { connectClient, synced, until } from '../../helpers/clients'
import { DEMO_EDITIONS_ONLY } from '../../helpers/demo-server'
import { startServer, type TestServer } from '../../helpers/start-server'

const EDITION = 'shizuoka-2024'
const DOC = `edition-${EDITION}`
const TEXTS = ['notes-fr', 'notes-ja'] as const

let server: TestServer

const owner = (path: string, init: { method?: string; body?: unknown } = {}) =>
  apiRequest(server.url, path, { ...init, cookie: server.ownerCookie, origin: server.url })

/** The rows `sql` reads, blobs in hex so that they compare byte for byte. */
async function rows(sql: string, args: Array<string> = []): Promise<Record<string, unknown>[]> {
  const result = await server.kaigi.database.client.execute({ sql, args })
  return result.rows.map((row) =>
    Object.fromEntries(
      result.columns.map((column, i) => {
        const value = row[i]
        return [column, value instanceof ArrayBuffer ? Buffer.from(value).toString('hex') : value]
      }),
    ),
  )
}

/** Every stored row of the documents other than `except`: snapshots, logs, client owners. */
const othersRows = (except: string) =>
  Promise.all([
    rows('SELECT * FROM documents WHERE name <> ? ORDER BY name', [except]),
    rows('SELECT * FROM document_updates WHERE doc_name <> ? ORDER BY id', [except]),
    rows('SELECT * FROM document_clients WHERE doc_name <> ? ORDER BY doc_name, client_id', [
      except,
    ]),
  ])

const documentRows = (name: string) =>
  Promise.all([
    rows('SELECT * FROM documents WHERE name = ?', [name]),
    rows('SELECT * FROM document_updates WHERE doc_name = ? ORDER BY id', [name]),
  ])

const form = {
  collectiviteId: null,
  country: 'FR',
  contactName: 'Claire Martin',
  delegates: 2,
  workshopIds: ['theme-youth'],
  wantsToSpeak: false,
}

beforeAll(async () => {
  server = await startServer({ seeds: DEMO_EDITIONS_ONLY })
})

afterAll(async () => {
  await server.close()
  server.cleanup()
})

describe('withdrawing a registration among six stored documents', () => {
  it('removes its row and its live entry only: the other registration and every other document’s rows stay byte for byte', async () => {
    const made = await owner(`/api/editions/${EDITION}/registration-form`, {
      method: 'PUT',
      body: { deadline: new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString() },
    })
    expect(made.status).toBe(200)
    const token = ((await made.json()) as RegistrationFormLink).path.slice('/f/'.length)
    const ids: string[] = []
    for (const [name, email] of [
      ['Ville de Tours', 'tours@example.fr'],
      ['Ville de Nancy', 'nancy@example.fr'],
    ]) {
      const sent = await fetch(`${server.url}/api/public/forms/${token}/registrations`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ ...form, collectiviteName: name, email }),
      })
      expect(sent.status).toBe(201)
      ids.push(((await sent.json()) as { id: string }).id)
    }
    const [withdrawn, kept] = ids as [string, string]

    // Two shared texts with logs of their own beside the editions' documents.
    for (const name of TEXTS) {
      const client = connectClient(server.syncUrl, name, new Y.Doc())
      await synced(client)
      for (const word of ['un ', 'deux ', 'trois ']) {
        client.doc.getText('t').insert(client.doc.getText('t').length, `${name} ${word}`)
      }
      const expected = client.doc.getText('t').toString()
      const room = await server.kaigi.registry.peek(name)
      await until(() => room?.doc.getText('t').toString() === expected, 10_000, `${name} sent`)
      await server.kaigi.writer.drain()
      client.destroy()
    }
    await until(() => server.kaigi.registry.loadedCount <= 1, 10_000, 'the texts unloaded')
    await server.kaigi.writer.drain()

    const [snapshots, logs, clients] = await othersRows(DOC)
    // Three past editions and the two texts.
    expect(new Set([...snapshots, ...logs].map((row) => row.name ?? row.doc_name)).size).toBe(5)
    for (const name of TEXTS) expect(logs.filter((row) => row.doc_name === name).length).toBe(3)
    const keptRow = await rows('SELECT * FROM registrations WHERE id = ?', [kept])
    expect(keptRow).toHaveLength(1)
    const [targetSnapshot, targetLog] = await documentRows(DOC)

    expect(
      (await owner(`/api/editions/${EDITION}/registrations/${withdrawn}`, { method: 'DELETE' }))
        .status,
    ).toBe(204)
    await server.kaigi.writer.drain()

    expect(await othersRows(DOC)).toEqual([snapshots, logs, clients])
    expect(await rows('SELECT * FROM registrations WHERE id = ?', [kept])).toEqual(keptRow)
    expect(await rows('SELECT id FROM registrations WHERE id = ?', [withdrawn])).toEqual([])
    // The edition's document: what it held stays, and one update withdraws the entry.
    const [snapshotAfter, logAfter] = await documentRows(DOC)
    expect(snapshotAfter).toEqual(targetSnapshot)
    expect(logAfter.slice(0, targetLog.length)).toEqual(targetLog)
    expect(logAfter).toHaveLength(targetLog.length + 1)
    const stored = new Y.Doc()
    applyStored(stored, await new LibsqlDocStore(server.kaigi.database).load(DOC))
    expect(readEdition(stored).value.registrations.map((each) => each.id)).toEqual([kept])
    const room = await server.kaigi.registry.peek(DOC)
    if (room) expect(Y.encodeStateAsUpdate(room.doc)).toEqual(Y.encodeStateAsUpdate(stored))
  })
})
