/**
 * A Yjs client id belongs to the person who first wrote under it: an editor
 * writing under another member's client id would take that member's next
 * clocks, and the member's own edits at those clocks would then read as
 * already known and be dropped, their replica unlike everyone else's for
 * good (issue 14, a sibling of hole 3).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { encodeSyncUpdate } from '../../../server/sync/codec'
import { type CreatedInvitation, Role } from '../../../shared/access'
import { CloseCode } from '../../../shared/protocol'
import { connectClient, synced, type TestClient, until } from '../../helpers/clients'
import { connectRaw, type RawClient } from '../../helpers/raw-client'
import { signIn } from '../../helpers/sign-in'
import { startServer, type TestServer } from '../../helpers/start-server'
import { captureUpdate } from '../../helpers/updates'

const seeds = [{ id: 'shizuoka-2024', readOnly: false, fill: () => {} }]
/** A plain shared text, open to the owner and to editors. */
const NOTES = 'notes-comite'

let server: TestServer
let reiCookie: string
const clients: TestClient[] = []
const sockets: RawClient[] = []

beforeAll(async () => {
  server = await startServer({ seeds })
  const response = await fetch(`${server.url}/api/editions/shizuoka-2024/invitations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: server.ownerCookie },
    body: JSON.stringify({ role: Role.Editor, expiresInHours: 24, committee: null, maxUses: 1 }),
  })
  expect(response.status).toBe(201)
  const token = ((await response.json()) as CreatedInvitation).path.slice('/invite/'.length)
  reiCookie = await signIn(server.url, token, 'Rei')
})

afterAll(async () => {
  for (const c of clients) c.destroy()
  for (const s of sockets) s.close()
  await server.close()
  server.cleanup()
})

function client(cookie: string, doc = new Y.Doc()): TestClient {
  const c = connectClient(server.syncUrl, NOTES, doc, cookie)
  clients.push(c)
  return c
}

async function raw(cookie: string): Promise<RawClient> {
  const socket = await connectRaw(`${server.syncUrl}/${NOTES}`, { cookie })
  sockets.push(socket)
  return socket
}

/**
 * An update that writes `text` at the end of `state` (what the room holds),
 * under client id `victim` and its next clocks.
 */
function forgedUnder(victim: number, state: Uint8Array, text: string): Uint8Array {
  const forged = new Y.Doc()
  Y.applyUpdate(forged, state)
  // Set after the state is in: Yjs changes its own id when an update brings it.
  forged.clientID = victim
  return captureUpdate(forged, (doc) => doc.getText('t').insert(doc.getText('t').length, text))
}

const textOf = (c: TestClient) => c.doc.getText('t').toString()

describe("another member's client id", () => {
  it("refuses an update under it, and the member's offline edits at those clocks arrive", async () => {
    const alice = client(server.ownerCookie)
    const watcher = client(server.ownerCookie)
    await Promise.all([synced(alice), synced(watcher)])
    alice.doc.getText('t').insert(0, 'bonjour')
    await until(() => textOf(watcher) === 'bonjour', 10_000, 'the first edit relayed')

    // Alice goes offline and goes on typing: her next clocks wait on her side.
    const roomState = Y.encodeStateAsUpdate(watcher.doc)
    alice.provider.disconnect()
    alice.doc.getText('t').insert(7, ' à tous')
    const rei = await raw(reiCookie)
    rei.send(encodeSyncUpdate(forgedUnder(alice.doc.clientID, roomState, ' (Rei)')))
    const closed = await rei.closed
    expect(closed.code).toBe(CloseCode.MalformedMessage)
    expect(closed.reason).toContain("another member's")

    // Had the room taken the forged clocks, hers would read as known and be dropped.
    alice.provider.connect()
    await until(() => textOf(watcher) === 'bonjour à tous', 10_000, "alice's edit relayed")
    const late = client(server.ownerCookie)
    await synced(late)
    expect(textOf(late)).toBe('bonjour à tous')
    expect(textOf(alice)).toBe('bonjour à tous')
  })

  it('stays theirs after a restart, and a person writes under their own ids as before', async () => {
    const alice = client(server.ownerCookie)
    await synced(alice)
    alice.doc.getText('t').insert(0, '» ')
    const watcher = client(server.ownerCookie)
    await until(() => textOf(watcher).startsWith('» '), 10_000, 'the edit relayed')
    const before = textOf(watcher)

    const databaseUrl = server.databaseUrl
    for (const c of clients.splice(0)) c.destroy()
    await server.close()
    server = await startServer({ seeds, databaseUrl })

    const rei = await raw(reiCookie)
    rei.send(
      encodeSyncUpdate(forgedUnder(alice.doc.clientID, Y.encodeStateAsUpdate(alice.doc), '!')),
    )
    expect((await rei.closed).code).toBe(CloseCode.MalformedMessage)

    // Rei's own client writes, and is relayed; the owner cannot write under it.
    const reiClient = client(reiCookie)
    const reader = client(server.ownerCookie)
    await Promise.all([synced(reiClient), synced(reader)])
    expect(textOf(reader)).toBe(before)
    reiClient.doc.getText('t').insert(0, 'Rei ')
    await until(() => textOf(reader) === `Rei ${before}`, 10_000, "Rei's edit relayed")
    const owner = await raw(server.ownerCookie)
    owner.send(
      encodeSyncUpdate(
        forgedUnder(reiClient.doc.clientID, Y.encodeStateAsUpdate(reiClient.doc), '?'),
      ),
    )
    expect((await owner.closed).code).toBe(CloseCode.MalformedMessage)
    reiClient.doc.getText('t').insert(reiClient.doc.getText('t').length, '.')
    await until(() => textOf(reader).endsWith('.'), 10_000, "Rei's next edit relayed")
    expect(textOf(reader)).toBe(`Rei ${before}.`)
  })
})
