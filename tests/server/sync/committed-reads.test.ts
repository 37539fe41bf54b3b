/**
 * What the HTTP side reads of a live edition (a version being saved, a draft
 * export) is what the database holds: a room applies a member's update before
 * its commit, so a read made while that commit is under way must wait for it,
 * and must never see an update whose commit fails (issue 14, "also found").
 *
 * The commit is held by the writer itself: a maintenance task that the test
 * ends runs alone with the database, as compaction does, so the update waits
 * its turn in the queue. The failing commit is the real database refusing
 * the row, through a trigger.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { DEMO_SEEDS } from '../../../server/editions/demo-seeds'
import { encodeSyncUpdate } from '../../../server/sync/codec'
import { readEdition, updateSession } from '../../../shared/doc/edition'
import { ExportFile } from '../../../shared/exports'
import { type ApiRequest, apiRequest } from '../../helpers/api'
import { connectClient, synced, type TestClient, until } from '../../helpers/clients'
import { connectRaw, type RawClient } from '../../helpers/raw-client'
import { startServer, type TestServer } from '../../helpers/start-server'
import { captureUpdate } from '../../helpers/updates'

const EDITION = 'shizuoka-2024'
const DOC = `edition-${EDITION}`
const FAIL_TRIGGER = 'committed_reads_test_refuses_updates'

let server: TestServer
let member: TestClient
const sockets: RawClient[] = []
const releases: Array<() => void> = []

beforeAll(async () => {
  server = await startServer({ seeds: DEMO_SEEDS })
  member = connectClient(server.syncUrl, DOC, new Y.Doc())
  await synced(member)
})
afterEach(async () => {
  for (const release of releases.splice(0)) release()
  await server.kaigi.database.client.execute(`DROP TRIGGER IF EXISTS ${FAIL_TRIGGER}`)
  for (const socket of sockets.splice(0)) socket.close()
  // A failed commit resets the room: the member reconnects to a fresh one.
  await until(() => member.provider.wsconnected && member.provider.synced, 10_000, 'member back')
})
afterAll(async () => {
  member.destroy()
  await server.close()
  server.cleanup()
})

/** A request of the owner to the edition's API. */
const api = (path: string, init: ApiRequest = {}) =>
  apiRequest(server.url, `/api/editions/${EDITION}${path}`, { cookie: server.ownerCookie, ...init })

/** Holds the writer: nothing queued from now on commits until the returned release. */
async function holdWriter(): Promise<() => void> {
  let release = () => {}
  const held = new Promise<void>((resolve) => {
    release = resolve
  })
  releases.push(release)
  await new Promise<void>((started) =>
    server.kaigi.writer.exclusive(async () => {
      started()
      await held
    }),
  )
  return release
}

/** Makes the database refuse every row of the update log until the test ends. */
async function refuseUpdates(): Promise<void> {
  await server.kaigi.database.client.execute(
    `CREATE TRIGGER ${FAIL_TRIGGER} BEFORE INSERT ON document_updates BEGIN SELECT RAISE(ABORT, 'refused by the test'); END`,
  )
}

/**
 * Resolves when something asks the writer to run a callback once the
 * updates of the edition queued so far are durable: a read waiting for them.
 */
function readerWaits(): Promise<'waiting'> {
  const writer = server.kaigi.writer
  const afterCommitted = writer.afterCommitted
  return new Promise((resolve) => {
    writer.afterCommitted = (docName, fn, onFailed) => {
      afterCommitted.call(writer, docName, fn, onFailed)
      if (docName !== DOC) return
      writer.afterCommitted = afterCommitted
      resolve('waiting')
    }
  })
}

/** Sends a new title of the closing session, and waits until the room has applied it. */
async function retitleClosing(title: string): Promise<void> {
  const socket = await connectRaw(`${server.syncUrl}/${DOC}`)
  sockets.push(socket)
  const fork = new Y.Doc()
  Y.applyUpdate(fork, Y.encodeStateAsUpdate(member.doc))
  const update = captureUpdate(fork, (doc) =>
    updateSession(doc, 's-closing', { title: { fr: title } }, 'test'),
  )
  const room = await server.kaigi.registry.peek(DOC)
  if (!room) throw new Error('the room is not loaded')
  socket.send(encodeSyncUpdate(update))
  await until(() => closingTitle(room.doc) === title, 10_000, 'the update applied in the room')
}

const closingTitle = (doc: Y.Doc) =>
  readEdition(doc).value.sessions.find((s) => s.id === 's-closing')?.title.fr

describe('reads of a live edition over HTTP', () => {
  it('save a version without an update whose commit then fails', async () => {
    const release = await holdWriter()
    await refuseUpdates()
    const title = 'Clôture, jamais enregistrée'
    await retitleClosing(title)

    const waits = readerWaits()
    const saving = api('/versions', { method: 'POST', body: { name: 'Pendant la panne' } })
    await Promise.race([saving, waits])
    release()
    const saved = await saving
    expect(saved.status).toBe(201)
    const { id } = (await saved.json()) as { id: string }
    const version = await (await api(`/versions/${id}`)).text()
    expect(version).toContain('s-closing')
    expect(version).not.toContain(title)
    expect(closingTitle(member.doc)).not.toBe(title)
  })

  it('export the draft without an update whose commit then fails', async () => {
    const release = await holdWriter()
    await refuseUpdates()
    const title = 'Clôture, jamais exportée'
    await retitleClosing(title)

    const waits = readerWaits()
    const exporting = api(`/export/${ExportFile.SessionsCsv}?source=draft`)
    await Promise.race([exporting, waits])
    release()
    const exported = await exporting
    expect(exported.status).toBe(200)
    const csv = await exported.text()
    expect(csv).toContain('s-closing')
    expect(csv).not.toContain(title)
  })

  it('save a version once an update under way is committed, with it', async () => {
    const release = await holdWriter()
    const title = 'Clôture, enregistrée après coup'
    await retitleClosing(title)

    const saving = api('/versions', { method: 'POST', body: { name: 'Pendant l’écriture' } })
    const first = await Promise.race([saving.then(() => 'saved'), readerWaits()])
    release()
    // Saved before the commit, the version would hold what the database might still refuse.
    expect(first).toBe('waiting')
    const saved = await saving
    expect(saved.status).toBe(201)
    const { id } = (await saved.json()) as { id: string }
    expect(await (await api(`/versions/${id}`)).text()).toContain(title)
    await until(() => closingTitle(member.doc) === title, 10_000, 'the committed title relayed')
  })
})
