/**
 * Presence is cheap for the server however a client behaves: a state holds a
 * few KiB at most, a query for everyone's presence is answered at most once a
 * second, and a room's presences together stay under a cap however many
 * sockets announce them.
 */
import * as decoding from 'lib0/decoding'
import * as encoding from 'lib0/encoding'
import { afterEach, describe, expect, it } from 'vitest'
import {
  encodeAwareness,
  encodeAwarenessEntries,
  encodeSyncStep1,
} from '../../../server/sync/codec'
import {
  MAX_DEPARTED_PRESENCES,
  PRESENCE_BURST_BYTES,
  PRESENCE_BYTES_PER_SECOND,
  PRESENCE_FRAME_MIN_BYTES,
} from '../../../server/sync/presence-limits'
import { MAX_PRESENCE_STATE_BYTES, MAX_ROOM_PRESENCE_BYTES } from '../../../shared/doc/presence'
import { MessageType } from '../../../shared/protocol'
import { connectClient, synced, type TestClient, until } from '../../helpers/clients'
import { connectRaw, type RawClient } from '../../helpers/raw-client'
import { signIn, TEST_OWNER_TOKEN } from '../../helpers/sign-in'
import { startServer, type TestServer } from '../../helpers/start-server'

const DOC = 'programme'

let server: TestServer
const sockets: RawClient[] = []
const clients: TestClient[] = []

afterEach(async () => {
  for (const socket of sockets.splice(0)) socket.close()
  for (const client of clients.splice(0)) client.destroy()
  await server.close()
  server.cleanup()
})

async function raw(cookie?: string): Promise<RawClient> {
  const socket = await connectRaw(`${server.syncUrl}/${DOC}`, cookie ? { cookie } : {})
  sockets.push(socket)
  return socket
}

/** A presence of about `bytes` bytes of JSON, as a client could announce it. */
function presence(clientId: number, bytes: number, clock = 1): Uint8Array {
  const state = JSON.stringify({
    user: { name: 'Claire', color: '#2f6db5' },
    editing: false,
    note: 'x'.repeat(Math.max(0, bytes - 60)),
  })
  return encodeAwareness(encodeAwarenessEntries([{ clientId, clock, state }]))
}

/**
 * Resolves once the server has handled everything `socket` sent so far: the
 * reply to a sync step 1 sent now leaves after all of it (nothing is queued
 * for commit in these rooms, so it leaves at once).
 */
async function handled(socket: RawClient): Promise<void> {
  const replies = () => socket.received.filter((f) => f[0] === MessageType.Sync && f[1] === 1)
  const before = replies().length
  socket.send(encodeSyncStep1(new Uint8Array([0])))
  await until(() => replies().length > before, 10_000, 'the reply after what was sent')
}

function query(): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, MessageType.QueryAwareness)
  return encoding.toUint8Array(encoder)
}

/** The awareness frames among `frames`. */
const awarenessFrames = (frames: Uint8Array[]) =>
  frames.filter(
    (frame) => decoding.readVarUint(decoding.createDecoder(frame)) === MessageType.Awareness,
  )

/** The entries of the awareness frames among `frames`, as the server relayed them. */
const awarenessEntries = (frames: Uint8Array[]) =>
  awarenessFrames(frames).flatMap((frame) => {
    const decoder = decoding.createDecoder(frame)
    decoding.readVarUint(decoder)
    const update = decoding.createDecoder(decoding.readVarUint8Array(decoder))
    return Array.from({ length: decoding.readVarUint(update) }, () => ({
      clientId: decoding.readVarUint(update),
      clock: decoding.readVarUint(update),
      state: decoding.readVarString(update),
    }))
  })

const bytesOf = (frames: Uint8Array[]) => frames.reduce((sum, frame) => sum + frame.length, 0)

describe('the bounds of presence', () => {
  it('refuses a presence larger than a few KiB and relays none of it', async () => {
    server = await startServer()
    const viewer = await raw()
    const member = await raw()
    viewer.send(presence(7001, 64 * 1024))
    // A normal presence sent after it arrives: the oversized one would be before it.
    viewer.send(presence(7002, 200))
    await until(() => awarenessFrames(member.received).length > 0, 10_000, 'the normal presence')
    const frames = awarenessFrames(member.received)
    expect(bytesOf(frames)).toBeLessThan(MAX_PRESENCE_STATE_BYTES)
    // A socket joining later is not sent it either.
    const late = await raw()
    await until(() => awarenessFrames(late.received).length > 0, 10_000, 'presences at join')
    expect(bytesOf(awarenessFrames(late.received))).toBeLessThan(MAX_PRESENCE_STATE_BYTES)
  })

  it('answers 200 queries for everyone’s presence a few times at most', async () => {
    server = await startServer({ messagesPerSecond: 10_000 })
    const member = await raw()
    member.send(presence(7101, 1000))
    const viewer = await raw()
    await until(() => awarenessFrames(viewer.received).length > 0, 10_000, 'presences at join')
    const before = awarenessFrames(viewer.received).length
    for (let i = 0; i < 200; i++) viewer.send(query())
    // The sentinel: the reply to a sync step 1 sent after them leaves once
    // every query before it was handled (answered, or ignored for good).
    await handled(viewer)
    const answers = awarenessFrames(viewer.received).length - before
    expect(answers).toBeGreaterThanOrEqual(1)
    expect(answers).toBeLessThanOrEqual(3)
    // Each answer holds everyone's presence: the member's among them.
    for (const answer of awarenessFrames(viewer.received).slice(before)) {
      expect(awarenessEntries([answer]).map((entry) => entry.clientId)).toContain(7101)
    }
  })

  it('keeps the room’s presences under its cap however many sockets announce them', async () => {
    server = await startServer({ messagesPerSecond: 10_000 })
    // Four presences a socket, each just under the limit, from 18 sockets:
    // more than the room's cap in all.
    const size = MAX_PRESENCE_STATE_BYTES - 200
    expect(18 * 4 * size).toBeGreaterThan(MAX_ROOM_PRESENCE_BYTES)
    for (let s = 0; s < 18; s++) {
      const socket = await raw()
      for (let p = 0; p < 4; p++) socket.send(presence(8000 + s * 10 + p, size))
      await handled(socket)
    }
    const late = await raw()
    await until(() => awarenessFrames(late.received).length > 0, 10_000, 'presences at join')
    const joined = bytesOf(awarenessFrames(late.received))
    expect(joined).toBeGreaterThan(MAX_ROOM_PRESENCE_BYTES / 2)
    expect(joined).toBeLessThanOrEqual(MAX_ROOM_PRESENCE_BYTES + 1024)
  })

  it('relays no more of one socket’s presence than its byte budget allows', async () => {
    server = await startServer({ messagesPerSecond: 10_000 })
    const flooder = await raw()
    const member = await raw()
    const size = MAX_PRESENCE_STATE_BYTES - 200
    const started = Date.now()
    // 400 changes of one presence, each within the size limit: 1.5 MB in all.
    for (let clock = 1; clock <= 400; clock++) flooder.send(presence(7301, size, clock))
    await until(() => awarenessFrames(member.received).length > 0, 10_000, 'the first change')
    await handled(flooder)
    // What was relayed, was relayed to the member before its own reply.
    await handled(member)
    const seconds = (Date.now() - started) / 1000
    const relayed = bytesOf(awarenessFrames(member.received))
    expect(relayed).toBeLessThanOrEqual(PRESENCE_BURST_BYTES + PRESENCE_BYTES_PER_SECOND * seconds)
  })

  it('counts the presence of all the sockets of one person in one budget', async () => {
    server = await startServer({ messagesPerSecond: 10_000 })
    const watcher = await raw(await signIn(server.url, TEST_OWNER_TOKEN, 'Watcher'))
    // As many sockets as one person may open, each announcing its presence.
    const flooders: RawClient[] = []
    for (let s = 0; s < 20; s++) {
      const flooder = await raw()
      flooder.send(presence(9000 + s, 200))
      flooders.push(flooder)
    }
    const ids = (frames: Uint8Array[], removed: boolean) =>
      new Set(
        awarenessEntries(frames)
          .filter((entry) => (entry.state === 'null') === removed)
          .map((entry) => entry.clientId),
      )
    await until(() => ids(watcher.received, false).size === 20, 10_000, 'the 20 presences')
    const before = watcher.received.length
    const started = Date.now()
    // 40 changes of each presence, each within the size limit: 3 MB in all,
    // 150 KiB a socket, which one socket's budget alone would let through.
    const size = MAX_PRESENCE_STATE_BYTES - 200
    for (let clock = 2; clock <= 41; clock++) {
      for (const [s, flooder] of flooders.entries()) flooder.send(presence(9000 + s, size, clock))
    }
    // A socket's presence is withdrawn once everything it sent is handled.
    for (const flooder of flooders) flooder.close()
    await until(() => ids(watcher.received.slice(before), true).size === 20, 10_000, 'removals')
    const seconds = (Date.now() - started) / 1000
    const relayed = bytesOf(awarenessFrames(watcher.received.slice(before)))
    expect(relayed).toBeLessThanOrEqual(PRESENCE_BURST_BYTES + PRESENCE_BYTES_PER_SECOND * seconds)
  })

  it('charges a tiny presence change as much as relaying any frame costs', async () => {
    server = await startServer({ messagesPerSecond: 10_000 })
    const watcher = await raw(await signIn(server.url, TEST_OWNER_TOKEN, 'Watcher'))
    const flooder = await raw()
    const started = Date.now()
    // 2000 changes of a few bytes each: 30 KB in all, yet 2000 relays to every socket.
    for (let clock = 1; clock <= 2000; clock++) {
      flooder.send(
        encodeAwareness(encodeAwarenessEntries([{ clientId: 9501, clock, state: '{}' }])),
      )
    }
    flooder.close()
    const changes = () => awarenessEntries(watcher.received).filter((e) => e.clientId === 9501)
    await until(() => changes().some((e) => e.state === 'null'), 10_000, 'the removal')
    const seconds = (Date.now() - started) / 1000
    const relayed = changes().filter((e) => e.state !== 'null').length
    expect(relayed).toBeGreaterThan(0)
    expect(relayed).toBeLessThanOrEqual(
      (PRESENCE_BURST_BYTES + PRESENCE_BYTES_PER_SECOND * seconds) / PRESENCE_FRAME_MIN_BYTES,
    )
  })

  it('forgets the oldest departed presences instead of keeping every one for good', async () => {
    server = await startServer({ messagesPerSecond: 100_000 })
    // 3000 presences announced and withdrawn four at a time, as fast as
    // allowed, by six people: each one's presence budget takes 500.
    const entries = (base: number, state: string) =>
      [0, 1, 2, 3].map((i) => ({
        clientId: 20_000 + base + i,
        clock: state === 'null' ? 2 : 1,
        state,
      }))
    const churners: RawClient[] = []
    for (let person = 0; person < 6; person++) {
      const churner = await raw(await signIn(server.url, TEST_OWNER_TOKEN, `Churner ${person}`))
      for (let base = person * 500; base < (person + 1) * 500; base += 4) {
        churner.send(encodeAwareness(encodeAwarenessEntries(entries(base, '{}'))))
        churner.send(encodeAwareness(encodeAwarenessEntries(entries(base, 'null'))))
      }
      churners.push(churner)
    }
    const room = await server.kaigi.registry.peek(DOC)
    expect(room).not.toBeNull()
    // Sent last by each: once all are seen, every frame before them has been handled.
    const witness = await raw()
    for (const [i, churner] of churners.entries()) churner.send(presence(7401 + i, 200))
    const seen = () =>
      new Set(awarenessEntries(witness.received).map((entry) => entry.clientId)).size
    await until(() => seen() >= 6, 10_000, 'the last presences')
    expect(room?.awareness.meta.size).toBeGreaterThan(MAX_DEPARTED_PRESENCES)
    // The departed it remembers, the six live presences, and the server's own entry.
    expect(room?.awareness.meta.size).toBeLessThanOrEqual(MAX_DEPARTED_PRESENCES + 7)
  })

  it('lets members see each other’s ordinary presence while a viewer floods the room', async () => {
    server = await startServer({ messagesPerSecond: 10_000 })
    const flooder = await raw()
    for (let i = 0; i < 200; i++) flooder.send(query())
    flooder.send(presence(7201, 64 * 1024))
    const member = async (name: string) => {
      const cookie = await signIn(server.url, TEST_OWNER_TOKEN, name)
      const client = connectClient(server.syncUrl, DOC, undefined, cookie)
      clients.push(client)
      client.provider.awareness.setLocalState({ user: { name, color: '#2f6db5' }, editing: false })
      return client
    }
    const claire = await member('Claire')
    const kenji = await member('Kenji')
    await Promise.all([synced(claire), synced(kenji)])
    const sees = (a: TestClient, b: TestClient) =>
      a.provider.awareness.getStates().has(b.doc.clientID)
    await until(() => sees(claire, kenji) && sees(kenji, claire), 10_000, 'both presences')
    claire.provider.awareness.setLocalStateField('editing', true)
    await until(
      () =>
        (kenji.provider.awareness.getStates().get(claire.doc.clientID) as { editing?: boolean })
          ?.editing === true,
      10_000,
      'Claire editing, seen by Kenji',
    )
  })
})
