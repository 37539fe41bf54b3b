/**
 * The tests of two Kaigi servers sharing one database and one real
 * redis-server, run against two kinds of pair: two processes
 * (`server/main.ts`, as `npm start` runs it; tests/server/scale-out/
 * two-processes.test.ts) and two instances in the test's own process
 * (in-process-pair.test.ts), whose code the mutation run can change and see.
 */
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { createDb, type Database } from '../../db'
import { FORMS_PER_ADDRESS } from '../../server/registrations/registration-routes'
import { encodeAwareness } from '../../server/sync/codec'
import { applyStored } from '../../server/sync/doc-store'
import { LibsqlDocStore } from '../../server/sync/libsql-doc-store'
import { REFUSALS } from '../../server/sync/upgrade'
import { type CreatedInvitation, Role } from '../../shared/access'
import { CloseCode, CloseReason } from '../../shared/protocol'
import { connectClient, synced, type TestClient, until } from './clients'
import { connectRaw, type RawClient } from './raw-client'
import { type RedisServer, startRedisServer } from './redis-server'
import { defaultCookie, signIn } from './sign-in'

/** One server of a pair, as its clients reach it. */
export interface PairNode {
  port: number
  syncUrl: string
}

export interface PairOptions {
  compactAfterUpdates?: number
  /** Reverse proxies in front (X-Forwarded-For gives each request's address). */
  trustProxy?: number
}

/** Starts two servers on one new database (named `name`) and `redis`. */
export type StartPair = (
  name: string,
  redis: RedisServer,
  options: PairOptions,
) => Promise<{ first: PairNode; second: PairNode; databaseUrl: string }>

const clients: TestClient[] = []
const sockets: RawClient[] = []

/** Closes every client and socket the pair tests opened. */
export function closePairClients(): void {
  for (const client of clients.splice(0)) client.destroy()
  for (const socket of sockets.splice(0)) socket.close()
}

/** Each client writes unique tokens to one shared array: what arrived is plain to see. */
export const tokens = (doc: Y.Doc): string[] => doc.getArray<string>('tokens').toArray()
export const sorted = (doc: Y.Doc): string[] => [...tokens(doc)].sort()

export function client(server: PairNode, docName: string): TestClient {
  const connected = connectClient(server.syncUrl, docName)
  clients.push(connected)
  return connected
}

/** A stock client on each of `one` and `other`, both synced on `docName`. */
export async function onEach(
  one: PairNode,
  other: PairNode,
  docName: string,
): Promise<[TestClient, TestClient]> {
  const pair: [TestClient, TestClient] = [client(one, docName), client(other, docName)]
  await Promise.all(pair.map(synced))
  return pair
}

/** `from` shows a cursor; resolves with its client id once `to`, on the other process, sees it. */
async function presenceAcross(from: TestClient, to: TestClient, anchor: number): Promise<number> {
  from.provider.awareness.setLocalStateField('cursor', { anchor })
  const id = from.doc.clientID
  await until(() => to.provider.awareness.getStates().has(id), 10_000, 'presence crossed')
  return id
}

/** What the database holds of `docName`, read as a process loading it would. */
export async function stored(database: Database, docName: string): Promise<Y.Doc> {
  const doc = new Y.Doc()
  applyStored(doc, await new LibsqlDocStore(database).load(docName))
  return doc
}

/** Writes `count` tokens named `prefix-<n>`, one every few milliseconds. */
export async function writeTokens(
  writer: TestClient,
  prefix: string,
  count: number,
): Promise<void> {
  for (let n = 0; n < count; n++) {
    writer.doc.getArray<string>('tokens').push([`${prefix}-${n}`])
    await new Promise((resolve) => setTimeout(resolve, 2))
  }
}

export const expectedTokens = (prefixes: string[], count: number): string[] =>
  prefixes.flatMap((prefix) => Array.from({ length: count }, (_, n) => `${prefix}-${n}`)).sort()

/**
 * The tests every kind of pair must pass; `label` names the kind
 * ("processes"). With `freshPairEachTest`, each test starts a pair of its
 * own instead of sharing one: the mutation run counts the code a pair runs
 * at its start (the registry's peers, the upgrade's setup) as the test's
 * only when it starts in the test's own hooks, and runs a mutant only
 * against the tests that cover it.
 */
export function describePair(
  label: string,
  startPair: StartPair,
  options: { freshPairEachTest?: boolean } = {},
): void {
  const setUp = options.freshPairEachTest ? beforeEach : beforeAll
  const tearDown = options.freshPairEachTest ? afterEach : afterAll
  describe(`two ${label} on one Redis`, () => {
    let redis: RedisServer
    let first: PairNode
    let second: PairNode
    let database: Database

    setUp(async () => {
      redis = await startRedisServer()
      // Compaction after 25 updates: the compaction test folds the log several times.
      // Behind one proxy: each request's address is the X-Forwarded-For it gives.
      const pair = await startPair('pair', redis, { compactAfterUpdates: 25, trustProxy: 1 })
      first = pair.first
      second = pair.second
      database = await createDb(pair.databaseUrl)
    })

    tearDown(() => database?.close())

    it('converges two stock clients, one on each, and a third on either gets everything', async () => {
      const [a, b] = await onEach(first, second, 'notes-converge')
      await Promise.all([writeTokens(a, 'a', 40), writeTokens(b, 'b', 40)])
      // Concurrent inserts into one text as well: Yjs orders them alike everywhere.
      a.doc.getText('t').insert(0, 'Lyon ')
      b.doc.getText('t').insert(0, 'Shizuoka ')
      const all = expectedTokens(['a', 'b'], 40)
      await until(() => sorted(a.doc).join() === all.join(), 15_000, 'a has every token')
      await until(() => sorted(b.doc).join() === all.join(), 15_000, 'b has every token')
      await until(() => a.doc.getText('t').length === 14 && b.doc.getText('t').length === 14)
      expect(tokens(a.doc)).toEqual(tokens(b.doc))
      expect(a.doc.getText('t').toString()).toBe(b.doc.getText('t').toString())

      for (const server of [first, second]) {
        const third = client(server, 'notes-converge')
        await synced(third)
        expect(tokens(third.doc)).toEqual(tokens(a.doc))
        expect(third.doc.getText('t').toString()).toBe(a.doc.getText('t').toString())
      }
      const inDatabase = await stored(database, 'notes-converge')
      expect(tokens(inDatabase)).toEqual(tokens(a.doc))
    })

    it('relays an edit to the other clients of its own process, as well as across', async () => {
      const [writer, across] = await onEach(first, second, 'notes-beside')
      const beside = client(first, 'notes-beside')
      await synced(beside)
      writer.doc.getArray<string>('tokens').push(['Atelier'])
      await until(
        () => tokens(beside.doc).length === 1,
        10_000,
        'the client beside it has the edit',
      )
      await until(() => tokens(across.doc).length === 1, 10_000, 'the client across has the edit')
      expect(tokens(beside.doc)).toEqual(['Atelier'])
    })

    it('carries a presence across, stamped with its member, and its removal', async () => {
      const [a, b] = await onEach(first, second, 'notes-presence')
      const aId = await presenceAcross(a, b, 3)
      const state = b.provider.awareness.getStates().get(aId) as Record<string, unknown>
      expect(state.cursor).toEqual({ anchor: 3 })
      // The process that took it stamped it with who is signed in, whatever the client said.
      expect((state.user as { name: string }).name).toBe('Owner')
      a.provider.awareness.setLocalState(null)
      await until(() => !b.provider.awareness.getStates().has(aId), 10_000, 'removal crossed')
    })

    it("refuses, on the other process, a socket of another sign-in that claims a member's presence", async () => {
      const [a, witness] = await onEach(first, second, 'notes-claim')
      const aId = await presenceAcross(a, witness, 1)
      // The owner's other sign-in (the second process's own), on a bare socket.
      const hostile = await connectRaw(`${second.syncUrl}/notes-claim`)
      sockets.push(hostile)
      const forged = new Awareness(Object.assign(new Y.Doc(), { clientID: aId }))
      for (let clock = 0; clock < 20; clock++) forged.setLocalState({ cursor: { anchor: 666 } })
      hostile.send(encodeAwareness(encodeAwarenessUpdate(forged, [aId])))
      // The sentinel: its own presence, sent after, must arrive; the claim never.
      const own = new Awareness(new Y.Doc())
      own.setLocalState({ cursor: { anchor: 7 } })
      hostile.send(encodeAwareness(encodeAwarenessUpdate(own, [own.clientID])))
      await until(
        () => witness.provider.awareness.getStates().has(own.clientID),
        10_000,
        'sentinel',
      )
      const held = witness.provider.awareness.getStates().get(aId) as { cursor: unknown }
      expect(held.cursor).toEqual({ anchor: 1 })
      expect(hostile.socket.readyState).toBe(WebSocket.OPEN)
      forged.destroy()
      own.destroy()
    })

    it('loses nothing when both compact while both write', async () => {
      const [a, b] = await onEach(first, second, 'notes-compaction')
      await Promise.all([writeTokens(a, 'a', 150), writeTokens(b, 'b', 150)])
      const all = expectedTokens(['a', 'b'], 150)
      await until(() => sorted(a.doc).join() === all.join(), 20_000, 'a has every token')
      await until(() => sorted(b.doc).join() === all.join(), 20_000, 'b has every token')
      // Folded at least once: a snapshot, and far fewer log rows than the 300 updates.
      const held = await new LibsqlDocStore(database).load('notes-compaction')
      expect(held.snapshot).not.toBeNull()
      expect(held.updates.length).toBeLessThan(300)
      // Committed before any client saw it: the database holds it all already.
      expect(sorted(await stored(database, 'notes-compaction'))).toEqual(all)
      for (const server of [first, second]) {
        const late = client(server, 'notes-compaction')
        await synced(late)
        expect(sorted(late.doc)).toEqual(all)
      }
    })

    it('holds a rate limit across both: one allowance per address, not one per process', async () => {
      const address = '198.51.100.7'
      let answered = 0
      for (; answered < 2 * FORMS_PER_ADDRESS.burst; answered++) {
        const server = answered % 2 === 0 ? first : second
        const response = await fetch(
          `http://127.0.0.1:${server.port}/api/public/forms/NOFORM/registrations`,
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
            body: '{}',
          },
        )
        await response.body?.cancel()
        if (response.status === 429) break
        // A link that leads nowhere: counted as a form before it is looked up.
        expect(response.status).toBe(404)
      }
      expect(answered).toBe(FORMS_PER_ADDRESS.burst)
    })

    it('holds the limit on refused upgrades across both: one allowance per address', async () => {
      const address = '198.51.100.8'
      const status = (server: PairNode) =>
        new Promise<number>((resolve, reject) => {
          const socket = new WebSocket(`${server.syncUrl}/notes`, {
            headers: { 'x-forwarded-for': address },
          })
          socket.on('unexpected-response', (_request, response) => {
            resolve(response.statusCode ?? 0)
            socket.terminate()
          })
          socket.on('open', () => reject(new Error('an upgrade without a session was accepted')))
          socket.on('error', (error) => {
            if (!/Unexpected server response/.test(error.message)) reject(error)
          })
        })
      let refused = 0
      for (; refused < 2 * REFUSALS.burst; refused++) {
        const answer = await status(refused % 2 === 0 ? first : second)
        if (answer === 429) break
        expect(answer).toBe(401)
      }
      expect(refused).toBe(REFUSALS.burst)
    })

    it('closes a revoked member on both processes, and a signed-out session on both', async () => {
      const editorInvitation = async () => {
        const invite = await fetch(
          `http://127.0.0.1:${first.port}/api/editions/shizuoka-2024/invitations`,
          {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              cookie: defaultCookie(`http://127.0.0.1:${first.port}`) ?? '',
            },
            body: JSON.stringify({ role: Role.Editor, expiresInHours: 24, committee: null }),
          },
        )
        expect(invite.status).toBe(201)
        return ((await invite.json()) as CreatedInvitation).path.slice('/invite/'.length)
      }
      const token = await editorInvitation()
      const open = async (server: PairNode, docName: string, cookie: string) => {
        const socket = await connectRaw(`${server.syncUrl}/${docName}`, { cookie })
        sockets.push(socket)
        return socket
      }
      const kenji = await signIn(`http://127.0.0.1:${first.port}`, token, 'Kenji')
      const onFirst = await open(first, 'edition-shizuoka-2024', kenji)
      const onSecond = await open(second, 'edition-shizuoka-2024', kenji)
      const me = await fetch(`http://127.0.0.1:${second.port}/api/me`, {
        headers: { cookie: kenji },
      })
      const personId = ((await me.json()) as { person: { id: string } }).person.id
      const revoked = await fetch(
        `http://127.0.0.1:${first.port}/api/editions/shizuoka-2024/members/${personId}`,
        {
          method: 'DELETE',
          headers: { cookie: defaultCookie(`http://127.0.0.1:${first.port}`) ?? '' },
        },
      )
      expect(revoked.status).toBe(204)
      for (const socket of [onFirst, onSecond]) {
        expect(await socket.closed).toEqual({
          code: CloseCode.Forbidden,
          reason: CloseReason.Revoked,
        })
      }

      // A revocation takes back the link that let them in: Mika gets one of her own.
      const mika = await signIn(`http://127.0.0.1:${first.port}`, await editorInvitation(), 'Mika')
      const mikaFirst = await open(first, 'notes-shared', mika)
      const mikaSecond = await open(second, 'edition-shizuoka-2024', mika)
      const out = await fetch(`http://127.0.0.1:${second.port}/api/sign-out`, {
        method: 'POST',
        headers: { cookie: mika },
      })
      expect(out.status).toBe(204)
      for (const socket of [mikaFirst, mikaSecond]) {
        expect(await socket.closed).toEqual({
          code: CloseCode.Unauthorized,
          reason: CloseReason.SignedOut,
        })
      }
    })
  })

  describe(`Redis stopped and restarted during edits, under two ${label}`, () => {
    it('both processes catch up from the database, and every replica ends equal to it', async () => {
      const redis = await startRedisServer()
      const { first, second, databaseUrl } = await startPair('redis-restart', redis, {})
      const [a, b] = await onEach(first, second, 'notes-outage')
      await Promise.all([writeTokens(a, 'before-a', 10), writeTokens(b, 'before-b', 10)])
      await redis.stop('SIGKILL')
      // Committed by each process while they cannot tell each other, long
      // enough for their reconnection attempts to space out.
      await Promise.all([writeTokens(a, 'during-a', 30), writeTokens(b, 'during-b', 30)])
      await new Promise((resolve) => setTimeout(resolve, 1500))
      await redis.start()
      await Promise.all([writeTokens(a, 'after-a', 10), writeTokens(b, 'after-b', 10)])
      const every = [
        ...expectedTokens(['before-a', 'before-b', 'after-a', 'after-b'], 10),
        ...expectedTokens(['during-a', 'during-b'], 30),
      ].sort()
      const missing = (doc: Y.Doc) => every.filter((token) => !tokens(doc).includes(token))
      await until(() => sorted(a.doc).join() === every.join(), 20_000, 'a caught up').catch(
        (error) => {
          throw new Error(`${error.message}; a lacks ${missing(a.doc).join(' ')}`)
        },
      )
      await until(() => sorted(b.doc).join() === every.join(), 20_000, 'b caught up').catch(
        (error) => {
          throw new Error(`${error.message}; b lacks ${missing(b.doc).join(' ')}`)
        },
      )
      expect(tokens(a.doc)).toEqual(tokens(b.doc))
      const database = await createDb(databaseUrl)
      try {
        expect(tokens(await stored(database, 'notes-outage'))).toEqual(tokens(a.doc))
      } finally {
        database.close()
      }
      for (const server of [first, second]) {
        const late = client(server, 'notes-outage')
        await synced(late)
        expect(tokens(late.doc)).toEqual(tokens(a.doc))
      }
    })
  })
}
