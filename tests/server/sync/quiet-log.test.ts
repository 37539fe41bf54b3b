import { Writable } from 'node:stream'
import { pino } from 'pino'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { encodeAwareness, encodeAwarenessEntries } from '../../../server/sync/codec'
import { CloseCode } from '../../../shared/protocol'
import { connectClient, synced, type TestClient, until } from '../../helpers/clients'
import { connectRaw } from '../../helpers/raw-client'
import { signIn, TEST_OWNER_TOKEN } from '../../helpers/sign-in'
import { startServer, type TestServer } from '../../helpers/start-server'

// A warning in the log should mean something is wrong: ordinary use of the
// sync endpoint must leave none, and a hostile client must still leave one.

const DOC = 'programme'
const WARN = 40

interface LogLine {
  level: number
  msg: string
}

let server: TestServer
let lines: LogLine[] = []
const clients: TestClient[] = []

async function start(): Promise<void> {
  lines = []
  const sink = new Writable({
    write(chunk, _encoding, done) {
      for (const line of String(chunk).split('\n')) if (line) lines.push(JSON.parse(line))
      done()
    },
  })
  server = await startServer({ log: pino({ level: 'debug', base: undefined }, sink) })
  // What the start-up says of this test's set-up (no client built) is not use.
  lines = []
}

async function member(name: string): Promise<TestClient> {
  const cookie = await signIn(server.url, TEST_OWNER_TOKEN, name)
  const client = connectClient(server.syncUrl, DOC, new Y.Doc(), cookie)
  clients.push(client)
  client.provider.awareness.setLocalState({ user: { name, color: '#2f6db5' }, editing: false })
  return client
}

const warnings = () => lines.filter((line) => line.level >= WARN).map((line) => line.msg)
const sees = (client: TestClient, other: TestClient) =>
  client.provider.awareness.getStates().has(other.doc.clientID)
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server.close()
  server.cleanup()
})

describe('the server log during ordinary use', () => {
  it('holds no warning after two members join, type, come back and leave', async () => {
    await start()
    const claire = await member('Claire')
    const kenji = await member('Kenji')
    await Promise.all([synced(claire), synced(kenji)])
    await until(() => sees(claire, kenji) && sees(kenji, claire), 10_000, 'both presences')

    for (let i = 0; i < 5; i++) {
      claire.provider.awareness.setLocalStateField('editing', i % 2 === 0)
      claire.doc.getText('t').insert(0, `c${i} `)
      kenji.provider.awareness.setLocalStateField('editing', i % 2 === 1)
      kenji.doc.getText('t').insert(0, `k${i} `)
      await sleep(30)
    }
    const typed = () => claire.doc.getText('t').toString()
    await until(() => typed().length === 30 && typed() === kenji.doc.getText('t').toString())

    // Kenji's network drops and comes back: the same client announces itself again.
    kenji.provider.disconnect()
    await until(() => !sees(claire, kenji), 10_000, 'Kenji gone')
    kenji.provider.connect()
    await synced(kenji)
    kenji.provider.awareness.setLocalStateField('editing', true)
    await until(() => sees(claire, kenji), 10_000, 'Kenji back')
    // y-websocket shows a presence it had before the cut only once it changes.
    claire.provider.awareness.setLocalStateField('editing', true)
    await until(() => sees(kenji, claire), 10_000, 'Claire seen again')

    kenji.destroy()
    await until(() => !sees(claire, kenji), 10_000, 'Kenji left')
    claire.destroy()
    // The last one out: the room unloads once the server has handled her
    // leaving, so whatever it had to say of it is in the log by then.
    await until(() => lines.some((line) => line.msg === 'room unloaded'), 10_000, 'room unloaded')

    expect(lines.length).toBeGreaterThan(0) // the log was captured at all
    expect(warnings()).toEqual([])
  })

  it('holds no warning when a member signs out with the programme open', async () => {
    await start()
    const cookie = await signIn(server.url, TEST_OWNER_TOKEN, 'Aiko')
    const aiko = connectClient(server.syncUrl, DOC, new Y.Doc(), cookie)
    clients.push(aiko)
    await synced(aiko)
    const closed = new Promise<number>((resolve) =>
      aiko.provider.on('connection-close', (event) => resolve(event?.code ?? 0)),
    )
    const response = await fetch(`${server.url}/api/sign-out`, {
      method: 'POST',
      headers: { cookie },
    })
    expect(response.status).toBe(204)
    expect(await closed).toBe(CloseCode.Unauthorized)
    expect(warnings()).toEqual([])
  })

  it('lets a browser take its presence over from its older socket, quietly, and no one else', async () => {
    await start()
    const cookie = await signIn(server.url, TEST_OWNER_TOKEN, 'Aiko')
    const watcher = await member('Kenji')
    await synced(watcher)
    const presence = (clock: number, focus: string) =>
      encodeAwareness(
        encodeAwarenessEntries([
          {
            clientId: 900,
            clock,
            state: JSON.stringify({ editing: true, focus: { sessionId: focus } }),
          },
        ]),
      )
    const focusSeen = () =>
      (watcher.provider.awareness.getStates().get(900) as { focus?: { sessionId?: string } })?.focus
        ?.sessionId
    // The old socket of a tab whose network dropped, not yet seen closed.
    const old = await connectRaw(`${server.syncUrl}/${DOC}`, { cookie })
    old.send(presence(1, 's-old'))
    await until(() => focusSeen() === 's-old', 10_000, 'the first presence')
    const reconnected = await connectRaw(`${server.syncUrl}/${DOC}`, { cookie })
    reconnected.send(presence(2, 's-new'))
    await until(() => focusSeen() === 's-new', 10_000, 'the presence taken over')
    expect(warnings()).toEqual([])

    const stranger = await connectRaw(`${server.syncUrl}/${DOC}`)
    stranger.send(presence(3, 's-stranger'))
    await until(() => warnings().length > 0, 10_000, 'a warning')
    expect(focusSeen()).toBe('s-new')
    expect(watcher.provider.awareness.getStates().get(900)?.user?.name).toBe('Aiko')
    for (const socket of [old, reconnected, stranger]) socket.close()
  })

  it('warns of a socket announcing more presences than a tab has, and shows only a few', async () => {
    await start()
    const watcher = await member('Kenji')
    await synced(watcher)
    const raw = await connectRaw(`${server.syncUrl}/${DOC}`)
    const ids = [1001, 1002, 1003, 1004, 1005, 1006]
    raw.send(
      encodeAwareness(
        encodeAwarenessEntries(ids.map((clientId) => ({ clientId, clock: 1, state: '{}' }))),
      ),
    )
    await until(() => warnings().length > 0, 10_000, 'a warning')
    expect(warnings()).toEqual(['presence of another connection refused'])
    await until(() => ids.some((id) => watcher.provider.awareness.getStates().has(id)))
    expect(ids.filter((id) => watcher.provider.awareness.getStates().has(id))).toHaveLength(4)
    raw.close()
  })

  it('still warns of a socket that rewrites the presence of another member', async () => {
    await start()
    const claire = await member('Claire')
    await synced(claire)
    const id = claire.doc.clientID
    await until(() => (claire.provider.awareness.meta.get(id)?.clock ?? 0) > 0)
    const raw = await connectRaw(`${server.syncUrl}/${DOC}`)
    const clock = (claire.provider.awareness.meta.get(id)?.clock ?? 0) + 5
    raw.send(
      encodeAwareness(
        encodeAwarenessEntries([{ clientId: id, clock, state: '{"user":{"name":"Mallory"}}' }]),
      ),
    )
    await until(() => warnings().length > 0, 10_000, 'a warning')
    expect(warnings()).toEqual(['presence of another connection refused'])
    raw.close()
  })
})
