/**
 * Hostile and racy inputs found in review: crafted content that Yjs would
 * choke on, presence forging, a sender leaving while its room loads, failing
 * commits during shutdown and unload, and reconnects that bring nothing new.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as encoding from 'lib0/encoding'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import type { Database } from '../../../db'
import { createLogger } from '../../../server/logger'
import {
  encodeAwareness,
  encodeAwarenessEntries,
  encodeSyncStep1,
  encodeSyncUpdate,
} from '../../../server/sync/codec'
import { CommitQueue } from '../../../server/sync/commit-queue'
import type { Transport } from '../../../server/sync/connection'
import type { DocStore } from '../../../server/sync/doc-store'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import { RoomRegistry } from '../../../server/sync/room-registry'
import { CloseCode, MessageType } from '../../../shared/protocol'
import { memberAccess } from '../../helpers/access'
import { connectClient, synced, type TestClient, until } from '../../helpers/clients'
import { type HeldCommit, HeldStore } from '../../helpers/held-store'
import { connectRaw, type RawClient } from '../../helpers/raw-client'
import { freePort, killSpawnedServers, spawnServer } from '../../helpers/server-process'
import { signIn, TEST_OWNER_TOKEN } from '../../helpers/sign-in'
import { startServer, type TestServer } from '../../helpers/start-server'
import { tempDatabase } from '../../helpers/temp-database'
import { captureUpdate } from '../../helpers/updates'

const DOC = 'programme'

const folder = mkdtempSync(join(tmpdir(), 'kaigi-hostile-'))
const cleanups: Array<() => Promise<void> | void> = []
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup()
})
afterAll(() => {
  killSpawnedServers()
  rmSync(folder, { recursive: true, force: true })
})

async function server(overrides: Parameters<typeof startServer>[0] = {}): Promise<TestServer> {
  const started = await startServer(overrides)
  cleanups.push(async () => {
    await started.close()
    started.cleanup()
  })
  return started
}

function client(s: TestServer, docName = DOC): TestClient {
  const c = connectClient(s.syncUrl, docName)
  cleanups.push(() => c.destroy())
  return c
}

/** Records the close codes a provider sees from now on. */
function closeCodes(c: TestClient): number[] {
  const codes: number[] = []
  c.provider.on('connection-close', (event: CloseEvent | null) => codes.push(event?.code ?? -1))
  return codes
}

const logRows = async (database: Database, docName = DOC) =>
  Number(
    (
      await database.client.execute({
        sql: 'SELECT count(*) FROM document_updates WHERE doc_name = ?',
        args: [docName],
      })
    ).rows[0]?.[0],
  )

const isStep1 = (frame: Uint8Array) => frame[0] === MessageType.Sync && frame[1] === 0
const isStep2 = (frame: Uint8Array) => frame[0] === MessageType.Sync && frame[1] === 1

const sameState = (x: Y.Doc, y: Y.Doc) =>
  Buffer.from(Y.encodeStateVector(x)).equals(Buffer.from(Y.encodeStateVector(y)))

/** One item under root map `m` at key `key`, whose content is written by `content`. */
function rootMapItem(
  client: number,
  info: number,
  key: string,
  content: (e: encoding.Encoder) => void,
): Uint8Array {
  const HAS_PARENT_SUB = 0b0010_0000
  const e = encoding.createEncoder()
  encoding.writeVarUint(e, 1) // one client
  encoding.writeVarUint(e, 1) // one struct
  encoding.writeVarUint(e, client)
  encoding.writeVarUint(e, 0) // clock
  encoding.writeUint8(e, info | HAS_PARENT_SUB)
  encoding.writeVarUint(e, 1) // parent is a root type, by name
  encoding.writeVarString(e, 'm')
  encoding.writeVarString(e, key)
  content(e)
  encoding.writeVarUint(e, 0) // empty delete set
  return encoding.toUint8Array(e)
}

const awarenessFrame = (entries: Array<{ client: number; clock: number; state: string }>) =>
  encodeAwareness(
    encodeAwarenessEntries(entries.map(({ client, ...rest }) => ({ clientId: client, ...rest }))),
  )

const deepJson = (depth: number) => '['.repeat(depth) + ']'.repeat(depth)

describe('legitimate concurrent edits', () => {
  it('accepts an edit made inside a map that another client deleted meanwhile', async () => {
    const s = await server()
    const a = client(s)
    const b = client(s)
    await Promise.all([synced(a), synced(b)])
    a.doc.getMap('m').set('session', new Y.Map())
    await until(() => b.doc.getMap('m').has('session'))

    // a edits the session's title offline while b deletes the session.
    a.provider.disconnect()
    ;(a.doc.getMap('m').get('session') as Y.Map<string>).set('titre', 'Atelier 1')
    b.doc.getMap('m').delete('session')
    const room = await s.kaigi.registry.peek(DOC)
    await until(() => room?.doc.getMap('m').has('session') === false)
    await s.kaigi.writer.drain()

    const codes = closeCodes(a)
    a.provider.connect()
    // Yjs integrates such an item as garbage; both replicas end equal.
    // (A refusal closes a for good: then the wait ends on its close code.)
    await until(() => sameState(a.doc, b.doc) || codes.length > 0, 10_000, 'converged or closed')
    expect(codes).toEqual([]) // as reviewed: [4400], and the stock provider never reconnects
    expect(sameState(a.doc, b.doc)).toBe(true)
  })
})

describe('hostile input that would disturb the room', () => {
  it('refuses a sub-document item with null options without resetting the room', async () => {
    const s = await server()
    const a = client(s)
    const b = client(s)
    await Promise.all([synced(a), synced(b)])
    a.doc.getText('t').insert(0, 'Ouverture')
    await until(() => b.doc.getText('t').toString() === 'Ouverture')
    const aCodes = closeCodes(a)
    const bCodes = closeCodes(b)

    const CONTENT_DOC = 9
    const update = rootMapItem(4242, CONTENT_DOC, 'sub', (e) => {
      encoding.writeVarString(e, 'some-guid')
      encoding.writeAny(e, null) // Yjs: createDocFromOpts(guid, null) -> TypeError
    })
    const raw = await connectRaw(`${s.syncUrl}/${DOC}`)
    raw.send(encodeSyncUpdate(update))
    const closed = await raw.closed
    // The sentinel: an edit after it reaches b through the same sockets, so
    // a reset's close would have reached a and b before it.
    a.doc.getText('t').insert(0, 'Après ')
    await until(() => b.doc.getText('t').toString() === 'Après Ouverture', 10_000, 'sentinel')
    expect({ raw: closed.code, a: aCodes, b: bCodes }).toEqual({
      raw: CloseCode.MalformedMessage,
      a: [],
      b: [],
    }) // as reviewed: every client of the room is closed with 1013 (room reset)
  })

  it('does not let one connection overwrite the presence of another client', async () => {
    const s = await server()
    const a = connectClient(
      s.syncUrl,
      DOC,
      new Y.Doc(),
      await signIn(s.url, TEST_OWNER_TOKEN, 'Claire'),
    )
    cleanups.push(() => a.destroy())
    const b = client(s)
    await Promise.all([synced(a), synced(b)])
    a.provider.awareness.setLocalStateField('editing', true)
    const aId = a.doc.clientID
    await until(() => b.provider.awareness.getStates().get(aId)?.user?.name === 'Claire')

    const raw = await connectRaw(`${s.syncUrl}/${DOC}`)
    const clock = (a.provider.awareness.meta.get(aId)?.clock ?? 0) + 1
    raw.send(awarenessFrame([{ client: aId, clock, state: '{"user":{"name":"Mallory"}}' }]))
    // The sentinel: the raw socket's own presence, sent after, reaches b.
    raw.send(awarenessFrame([{ client: 4711, clock: 1, state: '{"sentinel":true}' }]))
    await until(() => b.provider.awareness.getStates().has(4711), 10_000, 'sentinel')
    expect(b.provider.awareness.getStates().get(aId)?.user?.name).toBe('Claire')
    // y-protocols even replaces a's own local state with the forged one.
    expect(a.provider.awareness.getLocalState()).toEqual({ editing: true })
    raw.close()
  })
})

describe('hostile input that would crash the process', () => {
  it('survives an awareness state nested too deep to re-encode', async () => {
    const port = await freePort()
    const child = await spawnServer({ port, databaseUrl: `file:${join(folder, 'aw.db')}` })
    cleanups.push(() => {
      child.child.kill('SIGKILL')
    })
    const raw = await connectRaw(`${child.syncUrl}/${DOC}`)
    // JSON.parse accepts it; JSON.stringify (relaying it) overflows the stack.
    raw.send(awarenessFrame([{ client: 777, clock: 1, state: deepJson(20_000) }]))
    // Handled once the socket gets the answer to what it asks after it, or
    // is closed for it; alive if a socket opened then is answered too (a
    // crash handling it would end the process first).
    raw.send(encodeSyncStep1(new Uint8Array([0])))
    const answeredBy = async (socket: RawClient) => {
      await Promise.race([
        socket.closed,
        until(() => socket.received.some(isStep2), 10_000, 'reply'),
      ])
    }
    const outcome = await Promise.race([
      child.exited.then((code) => `exited (${code})`),
      (async () => {
        await answeredBy(raw)
        const after = await connectRaw(`${child.syncUrl}/${DOC}`)
        after.send(encodeSyncStep1(new Uint8Array([0])))
        await until(() => after.received.some(isStep2), 10_000, 'a later socket answered')
        return 'alive'
      })(),
    ])
    expect(outcome).toBe('alive') // as reviewed: exited (1), an uncaught RangeError
  })

  it('survives a stored JSON item nested too deep to re-encode', async () => {
    const port = await freePort()
    const databaseUrl = `file:${join(folder, 'json.db')}`
    const CONTENT_JSON = 2
    const update = rootMapItem(4243, CONTENT_JSON, 'k', (e) => {
      encoding.writeVarUint(e, 1)
      encoding.writeVarString(e, deepJson(20_000)) // 40 kB
    })
    const outcomes: string[] = []
    for (const phase of ['first start', 'after a restart']) {
      const child = await spawnServer({ port, databaseUrl })
      cleanups.push(() => {
        child.child.kill('SIGKILL')
      })
      if (phase === 'first start') {
        const raw = await connectRaw(`${child.syncUrl}/${DOC}`)
        raw.send(encodeSyncUpdate(update)) // accepted, committed, relayed
        // The room's own sync step 1 to this socket leaves once what it
        // sent is committed (or the process is gone).
        await Promise.race([
          child.exited,
          until(() => raw.received.some(isStep1), 10_000, 'the update committed'),
        ])
      }
      // Any client that joins asks for the document: the reply re-encodes it.
      const reader = await connectRaw(`${child.syncUrl}/${DOC}`)
      reader.send(encodeSyncStep1(new Uint8Array([0])))
      outcomes.push(
        await Promise.race([
          child.exited.then((code) => `${phase}: exited (${code})`),
          until(() => reader.received.some(isStep2), 10_000, 'reply').then(() => `${phase}: alive`),
        ]),
      )
      child.child.kill('SIGKILL')
      await child.exited
    }
    // as reviewed: exited (1) both times: the stored item crashes every restart
    expect(outcomes).toEqual(['first start: alive', 'after a restart: alive'])
  })
})

describe('edits in flight while a room loads', () => {
  it('keeps an update whose sender closes while the room is still loading', async () => {
    const s = await server()
    // The load takes a network round trip, as with a remote libSQL server
    // (DATABASE_URL=libsql://…); a local file loads synchronously.
    const store = (s.kaigi.registry as unknown as { options: { store: DocStore } }).options.store
    const load = store.load.bind(store)
    let finishLoad = () => {}
    const loadMayFinish = new Promise<void>((resolve) => {
      finishLoad = resolve
    })
    store.load = async (name) => {
      await loadMayFinish
      return load(name)
    }
    const author = new Y.Doc()
    const raw = await connectRaw(`${s.syncUrl}/${DOC}`)
    raw.send(encodeSyncUpdate(captureUpdate(author, (d) => d.getText('t').insert(0, 'Bonjour'))))
    raw.close() // the tab is closed right after typing
    await raw.closed
    finishLoad() // the load ends only after the sender has gone
    const reader = client(s)
    await synced(reader)
    // Its sync step 2 holds what the room committed: the update, or nothing.
    expect(reader.doc.getText('t').toString()).toBe('Bonjour') // as reviewed: ''
  })
})

describe('shutdown and unload after a failed commit', () => {
  const recording = (): Transport => ({ send: () => {}, close: () => {} })
  /**
   * A registry over a store that holds each commit until the test fails
   * it, as a full disk or a lost remote database would.
   */
  const setup = async (unloadDelayMs: number) => {
    const { database, remove } = await tempDatabase()
    cleanups.push(() => remove())
    const store = new HeldStore(new LibsqlDocStore(database))
    const writer = new CommitQueue(store, () => {})
    const registry = new RoomRegistry({
      store,
      writer,
      log: createLogger('silent'),
      compactAfterUpdates: 1000,
      unloadDelayMs,
    })
    store.hold()
    return { registry, store }
  }
  /** Waits until the store holds the batch being written, and lets later ones through. */
  const beingWritten = async (store: HeldStore): Promise<HeldCommit> => {
    const [batch] = await store.whenHolding(1)
    store.letThrough()
    if (!batch) throw new Error('no batch held')
    return batch
  }
  const edit = () =>
    encodeSyncUpdate(captureUpdate(new Y.Doc(), (d) => d.getText('t').insert(0, 'x')))

  it('finishes closeAll (shutdown) when a commit fails while it waits', async () => {
    const { registry, store } = await setup(10_000)
    const { room, connection } = await registry.join(DOC, recording(), memberAccess())
    room.receive(connection, edit())
    const batch = await beingWritten(store)
    const closing = registry.closeAll(CloseCode.GoingAway, 'shutting down')
    batch.fail(new Error('disk full'))
    // As reviewed, this never resolved (SIGTERM then never exited): the
    // test's own time limit is the ceiling.
    await closing
    expect(room.isClosed).toBe(true)
  })

  it('lets a client join after an unload whose last commit failed', async () => {
    const { registry, store } = await setup(0)
    const first = await registry.join(DOC, recording(), memberAccess())
    first.room.receive(first.connection, edit())
    const batch = await beingWritten(store)
    registry.leave(first.room, first.connection) // the unload waits for that batch
    // The unload starts on the next turn of timers (its delay is 0).
    await new Promise((resolve) => setTimeout(resolve, 0))
    const joining = registry.join(DOC, recording(), memberAccess())
    batch.fail(new Error('disk full'))
    // As reviewed, this join hung forever: the test's own time limit is the ceiling.
    const second = await joining
    expect(second.room.isClosed).toBe(false)
    expect(second.room).not.toBe(first.room)
  })
})

describe('reconnects with nothing new', () => {
  it('stores and relays nothing when a client reconnects with nothing new', async () => {
    const s = await server()
    const a = client(s)
    const b = client(s)
    await Promise.all([synced(a), synced(b)])
    a.doc.getText('t').insert(0, 'Séance plénière')
    a.doc.getText('t').delete(0, 7)
    await until(() => b.doc.getText('t').toString() === a.doc.getText('t').toString())
    await s.kaigi.writer.drain()
    const rowsBefore = await logRows(s.kaigi.database)
    let relayedToA = 0
    a.provider.ws?.addEventListener('message', (event: MessageEvent) => {
      const bytes = new Uint8Array(event.data as ArrayBuffer)
      if (bytes[0] === MessageType.Sync && bytes[1] === 2) relayedToA++ // sync update
    })

    for (let i = 0; i < 5; i++) {
      b.provider.disconnect()
      b.provider.connect()
      await until(() => b.provider.synced && b.provider.wsconnected)
      // The sentinel: b's presence, sent after its own sync step 2, reaches
      // a; the server had read that step 2 before it.
      b.provider.awareness.setLocalStateField('round', i)
      const bId = b.doc.clientID
      await until(() => a.provider.awareness.getStates().get(bId)?.round === i, 10_000, 'sentinel')
    }
    await s.kaigi.writer.drain()
    // b's step 2 repeats the whole delete set, which checkUpdate counts as new.
    expect({ rows: (await logRows(s.kaigi.database)) - rowsBefore, relayedToA }).toEqual({
      rows: 0,
      relayedToA: 0,
    }) // as reviewed: 5 rows, 5 relays
  })
})

describe('presence of a client that vanishes', () => {
  it('removes the presence of a client whose socket drops without a goodbye', async () => {
    const s = await server()
    const a = client(s)
    await synced(a)
    const raw = await connectRaw(`${s.syncUrl}/${DOC}`)
    raw.send(awarenessFrame([{ client: 999, clock: 1, state: '{"user":{"name":"Kenji"}}' }]))
    await until(() => a.provider.awareness.getStates().has(999))
    raw.socket.terminate() // no awareness removal from the client, unlike provider.destroy()
    await until(() => !a.provider.awareness.getStates().has(999), 5_000, 'presence removed')
  })
})
