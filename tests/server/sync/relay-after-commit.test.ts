/**
 * Kaigi's first promise, checked at the storage boundary: nothing of an
 * update leaves the server before the database has it. The store in front
 * of the real one holds each commit until the test releases or fails it;
 * the rooms, the writer, the sockets and the HTTP reads are the real ones.
 * Every negative check ends on a sentinel, a message that must arrive after
 * what must not: a presence relayed at once, the answer to a presence query.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { DEMO_SEEDS } from '../../../server/editions/demo-seeds'
import { encodeAwareness, encodeSyncStep1, encodeSyncUpdate } from '../../../server/sync/codec'
import { readEdition, updateSession } from '../../../shared/doc/edition'
import { ExportFile } from '../../../shared/exports'
import { CloseCode, MessageType, SyncMessageType } from '../../../shared/protocol'
import { connectClient, synced, type TestClient, until } from '../../helpers/clients'
import { HeldStore } from '../../helpers/held-store'
import { connectRaw, type RawClient, syncMessages } from '../../helpers/raw-client'
import { startServer, type TestServer } from '../../helpers/start-server'
import { captureUpdate } from '../../helpers/updates'

const EDITION = 'shizuoka-2024'
const DOC = `edition-${EDITION}`

let server: TestServer
let store: HeldStore
let observer: TestClient
const sockets: RawClient[] = []

beforeAll(async () => {
  server = await startServer({
    seeds: DEMO_SEEDS,
    wrapStore: (inner) => {
      store = new HeldStore(inner)
      return store
    },
  })
  observer = connectClient(server.syncUrl, DOC, new Y.Doc())
  await synced(observer)
})

afterEach(async () => {
  store.letThrough()
  for (const commit of store.held.splice(0)) commit.release()
  for (const socket of sockets.splice(0)) socket.close()
  await until(() => observer.provider.wsconnected && observer.provider.synced, 10_000, 'back')
})

afterAll(async () => {
  observer.destroy()
  await server.close()
  server.cleanup()
})

const closingTitle = (doc: Y.Doc) =>
  readEdition(doc).value.sessions.find((s) => s.id === 's-closing')?.title.fr

async function raw(): Promise<RawClient> {
  const socket = await connectRaw(`${server.syncUrl}/${DOC}`)
  sockets.push(socket)
  return socket
}

/** A member's update that retitles the closing session, made on a copy of the observer's replica. */
function retitle(title: string): Uint8Array {
  const fork = new Y.Doc()
  Y.applyUpdate(fork, Y.encodeStateAsUpdate(observer.doc))
  return captureUpdate(fork, (doc) =>
    updateSession(doc, 's-closing', { title: { fr: title } }, 'test'),
  )
}

/** A presence of a client of its own, as `socket` announces it: relayed at once, never stored. */
function announcePresence(socket: RawClient): number {
  const awareness = new Awareness(new Y.Doc())
  awareness.setLocalState({ sentinel: true })
  socket.send(encodeAwareness(encodeAwarenessUpdate(awareness, [awareness.clientID])))
  awareness.destroy()
  return awareness.clientID
}

/** The document a raw socket's sync step 2 replies and updates add up to. */
function replicaOf(socket: RawClient): Y.Doc {
  const doc = new Y.Doc()
  for (const message of syncMessages(socket.received)) {
    if (message.subType !== SyncMessageType.Step1) Y.applyUpdate(doc, message.payload)
  }
  return doc
}

const awarenessFrames = (socket: RawClient) =>
  socket.received.filter((frame) => frame[0] === MessageType.Awareness).length
const repliesTo = (socket: RawClient) =>
  syncMessages(socket.received).filter((m) => m.subType === SyncMessageType.Step2).length

function draftExport(): Promise<string> {
  return fetch(
    `${server.url}/api/editions/${EDITION}/export/${ExportFile.SessionsCsv}?source=draft`,
    { headers: { cookie: server.ownerCookie } },
  ).then(async (response) => {
    expect(response.status).toBe(200)
    return response.text()
  })
}

describe('while a commit is held at the store', () => {
  it('no client receives it, no sync reply carries it, no read sees it; once released, all do', async () => {
    const title = 'Clôture, retenue au seuil de la base'
    const writer = await raw()
    store.hold()
    writer.send(encodeSyncUpdate(retitle(title)))
    // Handed to the store: from here on only the database's answer is missing.
    await store.whenHolding(1)
    store.letThrough()

    // Another member: the presence sent after the update reaches them, the update does not.
    const sentinel = announcePresence(writer)
    await until(() => observer.provider.awareness.getStates().has(sentinel), 10_000, 'sentinel')
    expect(closingTitle(observer.doc)).not.toBe(title)

    // A newcomer asking for everything: the answer to its presence query,
    // sent after its sync step 1, arrives; no reply carrying the update does.
    // (The room holds presences, so the join sends them too: two frames.)
    const newcomer = await raw()
    newcomer.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())))
    newcomer.send(new Uint8Array([MessageType.QueryAwareness]))
    await until(() => awarenessFrames(newcomer) >= 2, 10_000, 'the query answered')
    expect(closingTitle(replicaOf(newcomer))).not.toBe(title)
    expect(repliesTo(newcomer)).toBe(0)

    // A draft export waits for the commit rather than show what may never be stored.
    let exported: string | null = null
    const exporting = draftExport().then((csv) => {
      exported = csv
    })
    const second = announcePresence(writer)
    await until(() => observer.provider.awareness.getStates().has(second), 10_000, 'sentinel')
    expect(exported).toBeNull()

    const [held] = store.held.splice(0)
    held?.release()
    await until(() => closingTitle(observer.doc) === title, 10_000, 'relayed once committed')
    await until(() => repliesTo(newcomer) === 1, 10_000, 'the reply once committed')
    expect(closingTitle(replicaOf(newcomer))).toBe(title)
    await exporting
    expect(exported).toContain(title)
  })
})

describe('a commit that fails', () => {
  it('lets nothing of it leave, ever; the room resets and reloads without it', async () => {
    const title = 'Clôture, refusée par la base'
    const writer = await raw()
    store.hold()
    writer.send(encodeSyncUpdate(retitle(title)))
    const [held] = await store.whenHolding(1)
    store.letThrough()
    const newcomer = await raw()
    newcomer.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())))
    store.held.splice(0)
    held?.fail()

    // The room resets: every socket is told to reconnect, and what it had
    // received before never held the update.
    expect(await writer.closed).toEqual({
      code: CloseCode.TryAgainLater,
      reason: expect.stringContaining('room reset: database write failed'),
    })
    expect((await newcomer.closed).code).toBe(CloseCode.TryAgainLater)
    expect(closingTitle(replicaOf(newcomer))).not.toBe(title)
    await until(() => !observer.provider.wsconnected, 10_000, 'observer told to reconnect')
    await until(() => observer.provider.wsconnected && observer.provider.synced, 10_000, 'back')
    expect(closingTitle(observer.doc)).not.toBe(title)

    // The room loaded afresh holds what the database holds: not the update.
    const fresh = await raw()
    fresh.send(encodeSyncStep1(Y.encodeStateVector(new Y.Doc())))
    await until(() => repliesTo(fresh) === 1, 10_000, 'a fresh reply')
    expect(closingTitle(replicaOf(fresh))).toBeDefined()
    expect(closingTitle(replicaOf(fresh))).not.toBe(title)
    expect(await draftExport()).not.toContain(title)
  })
})
