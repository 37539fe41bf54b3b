/**
 * A revocation or a sign-out closes every socket of the person or session it
 * names, whatever the document: an edition's, and also a plain shared text's,
 * which belongs to no edition (issue 14, hole 5).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import type { EditionSeed } from '../../../server/editions/seed'
import { encodeSyncUpdate } from '../../../server/sync/codec'
import { type CreatedInvitation, type Me, Role } from '../../../shared/access'
import { CloseCode, CloseReason } from '../../../shared/protocol'
import { connectClient, synced, type TestClient } from '../../helpers/clients'
import { connectRaw, type RawClient } from '../../helpers/raw-client'
import { signIn } from '../../helpers/sign-in'
import { startServer, type TestServer } from '../../helpers/start-server'
import { captureUpdate } from '../../helpers/updates'

const seeds: EditionSeed[] = [
  { id: 'shizuoka-2024', readOnly: false, fill: () => {} },
  { id: 'aix-2022', readOnly: false, fill: () => {} },
]
const SHIZUOKA = 'edition-shizuoka-2024'
const AIX = 'edition-aix-2022'
/** A plain shared text (`/?doc=`): no edition's document. */
const NOTES = 'notes-comite'

let server: TestServer
const sockets: RawClient[] = []
const clients: TestClient[] = []

beforeAll(async () => {
  server = await startServer({ seeds })
})

afterAll(async () => {
  for (const c of clients) c.destroy()
  for (const s of sockets) s.close()
  await server.close()
  server.cleanup()
})

async function invite(editionId: string, role: Role): Promise<string> {
  const response = await fetch(`${server.url}/api/editions/${editionId}/invitations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: server.ownerCookie },
    body: JSON.stringify({ role, expiresInHours: 24, committee: null, maxUses: null }),
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as CreatedInvitation).path.slice('/invite/'.length)
}

async function personId(cookie: string): Promise<string> {
  const me = (await (await fetch(`${server.url}/api/me`, { headers: { cookie } })).json()) as Me
  return me.person.id
}

async function raw(docName: string, cookie: string): Promise<RawClient> {
  const socket = await connectRaw(`${server.syncUrl}/${docName}`, { cookie })
  sockets.push(socket)
  return socket
}

/** The HTTP status of an upgrade the server refuses, or 101 if it accepts it. */
function upgradeStatus(docName: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${server.syncUrl}/${docName}`, { headers: { cookie } })
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0)
      socket.terminate()
    })
    socket.on('open', () => {
      resolve(101)
      socket.close()
    })
    socket.on('error', (error) => {
      if (!/Unexpected server response/.test(error.message)) reject(error)
    })
  })
}

const revoke = (editionId: string, person: string) =>
  fetch(`${server.url}/api/editions/${editionId}/members/${person}`, {
    method: 'DELETE',
    headers: { cookie: server.ownerCookie },
  })

/** The shared text as a member who joins now reads it. */
async function notesNow(): Promise<string> {
  const reader = connectClient(server.syncUrl, NOTES, new Y.Doc(), server.ownerCookie)
  clients.push(reader)
  await synced(reader)
  return reader.doc.getText('notes').toString()
}

describe("a revoked member's sockets", () => {
  it('closes their shared-text socket too, so that nothing they send after reaches the text', async () => {
    const cookie = await signIn(server.url, await invite('shizuoka-2024', Role.Editor), 'Rei')
    const rei = await personId(cookie)
    const edition = await raw(SHIZUOKA, cookie)
    const notes = await raw(NOTES, cookie)
    const bystander = await raw(NOTES, server.ownerCookie)

    expect((await revoke('shizuoka-2024', rei)).status).toBe(204)
    notes.send(
      encodeSyncUpdate(
        captureUpdate(new Y.Doc(), (d) => d.getText('notes').insert(0, 'after revocation')),
      ),
    )
    expect(await edition.closed).toEqual({ code: CloseCode.Forbidden, reason: CloseReason.Revoked })
    expect((await notes.closed).code).toBe(CloseCode.TryAgainLater)
    // No longer an editor of anything: the shared texts are closed to them.
    expect(await upgradeStatus(NOTES, cookie)).toBe(403)
    expect(await notesNow()).not.toContain('after revocation')
    expect(bystander.socket.readyState).toBe(WebSocket.OPEN)
  })

  it('lets them back into what they may still open, through the door that decides it', async () => {
    const cookie = await signIn(server.url, await invite('shizuoka-2024', Role.Editor), 'Kenji')
    await signIn(server.url, await invite('aix-2022', Role.Editor), 'Kenji', { cookie })
    const kenji = await personId(cookie)
    const shizuoka = await raw(SHIZUOKA, cookie)
    const aix = await raw(AIX, cookie)
    const notes = await raw(NOTES, cookie)

    expect((await revoke('shizuoka-2024', kenji)).status).toBe(204)
    expect(await shizuoka.closed).toEqual({
      code: CloseCode.Forbidden,
      reason: CloseReason.Revoked,
    })
    // Their other sockets are closed too and reopen at once where they still may.
    expect((await aix.closed).code).toBe(CloseCode.TryAgainLater)
    expect((await notes.closed).code).toBe(CloseCode.TryAgainLater)
    expect(await upgradeStatus(AIX, cookie)).toBe(101)
    expect(await upgradeStatus(NOTES, cookie)).toBe(101)
    expect(await upgradeStatus(SHIZUOKA, cookie)).toBe(404)
  })
})

describe("a signed-out session's sockets", () => {
  it('closes its shared-text socket, and no one else’s', async () => {
    const cookie = await signIn(server.url, await invite('shizuoka-2024', Role.Editor), 'Sora')
    const notes = await raw(NOTES, cookie)
    const edition = await raw(SHIZUOKA, cookie)
    const bystander = await raw(NOTES, server.ownerCookie)
    const out = await fetch(`${server.url}/api/sign-out`, { method: 'POST', headers: { cookie } })
    expect(out.status).toBe(204)
    expect((await notes.closed).code).toBe(CloseCode.Unauthorized)
    expect((await edition.closed).code).toBe(CloseCode.Unauthorized)
    expect(await upgradeStatus(NOTES, cookie)).toBe(401)
    expect(bystander.socket.readyState).toBe(WebSocket.OPEN)
  })

  it('closes a socket whose upgrade was being decided as its session signed out', async () => {
    const cookie = await signIn(server.url, await invite('shizuoka-2024', Role.Editor), 'Mika')
    // The route holds its decision until the sign-out is through.
    const store = server.kaigi.access.members
    const decide = store.documentAccess.bind(store)
    let reached = () => {}
    const deciding = new Promise<void>((resolve) => {
      reached = resolve
    })
    let release = () => {}
    const released = new Promise<void>((resolve) => {
      release = resolve
    })
    store.documentAccess = async (principal, docName) => {
      const found = await decide(principal, docName)
      reached()
      await released
      return found
    }
    try {
      const opening = connectRaw(`${server.syncUrl}/${SHIZUOKA}`, { cookie })
      await deciding
      const out = await fetch(`${server.url}/api/sign-out`, { method: 'POST', headers: { cookie } })
      expect(out.status).toBe(204)
      release()
      const socket = await opening
      sockets.push(socket)
      expect(await socket.closed).toEqual({
        code: CloseCode.Unauthorized,
        reason: CloseReason.SignedOut,
      })
    } finally {
      store.documentAccess = decide
    }
  })
})
