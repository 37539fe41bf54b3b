import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import * as Y from 'yjs'
import type { EditionSeed } from '../../../server/editions/seed'
import {
  encodeAwareness,
  encodeAwarenessEntries,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeSyncUpdate,
} from '../../../server/sync/codec'
import {
  type CreatedInvitation,
  type InvitationList,
  type Me,
  type MemberList,
  Role,
} from '../../../shared/access'
import { EditionListSchema } from '../../../shared/editions'
import { ErrorCode } from '../../../shared/errors'
import { CloseCode, CloseReason, SyncMessageType } from '../../../shared/protocol'
import { type ApiRequest, apiRequest } from '../../helpers/api'
import { connectClient, synced, type TestClient, until } from '../../helpers/clients'
import { storedState } from '../../helpers/db-state'
import { storedDoc } from '../../helpers/demo-server'
import { connectRaw, type RawClient, syncMessages } from '../../helpers/raw-client'
import { signIn } from '../../helpers/sign-in'
import { startServer, type TestServer } from '../../helpers/start-server'
import { captureUpdate } from '../../helpers/updates'

const seeds: EditionSeed[] = [
  { id: 'shizuoka-2024', readOnly: false, fill: (doc) => doc.getText('t').insert(0, '静岡') },
  { id: 'tours-2016', readOnly: true, fill: (doc) => doc.getText('t').insert(0, 'Tours') },
]
const SHIZUOKA = 'edition-shizuoka-2024'
const TOURS = 'edition-tours-2016'

let server: TestServer
const clients: TestClient[] = []
const sockets: RawClient[] = []
/** Session cookies of members of Shizuoka, each signed in through their own link. */
const cookies: Record<'editor' | 'viewer' | 'toursViewer', string> = {
  editor: '',
  viewer: '',
  toursViewer: '',
}

const api = (path: string, init: ApiRequest = {}) => apiRequest(server.url, path, init)

/** Creates a link for `editionId` as `cookie`'s holder; returns its token. */
async function invite(
  editionId: string,
  role: Role,
  cookie: string,
  extra: { maxUses?: number; committee?: 'fr' | 'jp' } = {},
): Promise<string> {
  const response = await api(`/api/editions/${editionId}/invitations`, {
    method: 'POST',
    cookie,
    body: {
      role,
      expiresInHours: 24,
      committee: extra.committee ?? null,
      maxUses: extra.maxUses ?? null,
    },
  })
  expect(response.status).toBe(201)
  const created = (await response.json()) as CreatedInvitation
  return created.path.slice('/invite/'.length)
}

/** The HTTP status of an upgrade the server refuses, or 101 if it accepts it. */
function upgradeStatus(
  docName: string,
  options: { cookie?: string; origin?: string } = {},
): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${server.syncUrl}/${docName}`, {
      headers: options.cookie ? { cookie: options.cookie } : {},
      ...(options.origin ? { origin: options.origin } : {}),
    })
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

/** The status and body of an upgrade the server refuses. */
function upgradeRefusal(
  docName: string,
  cookie: string,
): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${server.syncUrl}/${docName}`, { headers: { cookie } })
    socket.on('unexpected-response', (_request, response) => {
      let body = ''
      response.setEncoding('utf8')
      response.on('data', (chunk: string) => {
        body += chunk
      })
      response.on('end', () => {
        resolve({ status: response.statusCode ?? 0, body })
        socket.terminate()
      })
    })
    socket.on('open', () => {
      socket.close()
      reject(new Error(`the upgrade to ${docName} was accepted`))
    })
    socket.on('error', (error) => {
      if (!/Unexpected server response/.test(error.message)) reject(error)
    })
  })
}

async function raw(docName: string, cookie: string): Promise<RawClient> {
  const socket = await connectRaw(`${server.syncUrl}/${docName}`, { cookie })
  sockets.push(socket)
  return socket
}

function client(docName: string, cookie: string): TestClient {
  const c = connectClient(server.syncUrl, docName, new Y.Doc(), cookie)
  clients.push(c)
  return c
}

const text = (c: TestClient) => c.doc.getText('t').toString()

beforeAll(async () => {
  server = await startServer({ seeds })
  const editorLink = await invite('shizuoka-2024', Role.Editor, server.ownerCookie, {
    committee: 'jp',
  })
  cookies.editor = await signIn(server.url, editorLink, 'Aiko')
  cookies.viewer = await signIn(
    server.url,
    await invite('shizuoka-2024', Role.Viewer, server.ownerCookie),
    'Victor',
  )
  cookies.toursViewer = await signIn(
    server.url,
    await invite('tours-2016', Role.Viewer, server.ownerCookie),
    'Tomoko',
  )
})

afterAll(async () => {
  for (const c of clients) c.destroy()
  for (const s of sockets) s.close()
  await server.close()
  server.cleanup()
})

describe('signing in through invitation links', () => {
  it('gives each person their roles, and shows each only their editions', async () => {
    const me = (await (await api('/api/me', { cookie: cookies.editor })).json()) as Me
    expect(me.person.name).toBe('Aiko')
    expect(me.person.admin).toBe(false)
    expect(me.memberships).toEqual([
      { editionId: 'shizuoka-2024', role: Role.Editor, committee: 'jp' },
    ])
    const list = EditionListSchema.parse(
      await (await api('/api/editions', { cookie: cookies.toursViewer })).json(),
    )
    expect(list.editions.map((e) => [e.id, e.role])).toEqual([['tours-2016', Role.Viewer]])
  })

  it('answers 401 to anyone without a valid session', async () => {
    for (const path of ['/api/me', '/api/editions', '/api/editions/shizuoka-2024/members']) {
      const response = await api(path)
      expect(response.status).toBe(401)
      expect(((await response.json()) as { error: { code: string } }).error.code).toBe(
        ErrorCode.Unauthorized,
      )
    }
    expect((await api('/api/me', { cookie: 'kaigi_session=forged-token' })).status).toBe(401)
  })

  it('refuses an expired, a revoked and a used-up link, and creates nobody', async () => {
    const before = await server.kaigi.database.client.execute('SELECT count(*) AS n FROM people')
    const hourAgo = new Date(Date.now() - 2 * 60 * 60 * 1000)
    const expired = await server.kaigi.access.invitations.create(
      {
        editionId: 'shizuoka-2024',
        role: Role.Editor,
        committee: null,
        createdBy: null,
        expiresInHours: 1,
        maxUses: null,
      },
      hourAgo,
    )
    const once = await invite('shizuoka-2024', Role.Viewer, server.ownerCookie, { maxUses: 1 })
    await signIn(server.url, once, 'First')
    const revokedToken = await invite('shizuoka-2024', Role.Editor, server.ownerCookie)
    const links = (await (
      await api('/api/editions/shizuoka-2024/invitations', { cookie: server.ownerCookie })
    ).json()) as InvitationList
    const revoked = links.invitations.at(-1)
    expect(revoked?.role).toBe(Role.Editor)
    const revoke = await api(`/api/editions/shizuoka-2024/invitations/${revoked?.id}`, {
      method: 'DELETE',
      cookie: server.ownerCookie,
    })
    expect(revoke.status).toBe(204)

    const reasons: Array<[string | undefined, string]> = []
    for (const token of [expired.token, once, revokedToken, 'no-such-token']) {
      expect((await api(`/api/invitations/${token}`)).status).toBe(410)
      const response = await api(`/api/invitations/${token}/accept`, {
        method: 'POST',
        body: { name: 'Mallory' },
      })
      expect(response.status).toBe(410)
      expect(response.headers.get('set-cookie')).toBeNull()
      const { error } = (await response.json()) as { error: { message: string; reason?: string } }
      reasons.push([error.reason, error.message])
    }
    expect(reasons).toEqual([
      ['expired', 'this invitation link has expired'],
      ['used-up', 'this invitation link is used up'],
      ['revoked', 'this invitation link was revoked'],
      ['invalid', 'this invitation link does not exist'],
    ])
    const after = await server.kaigi.database.client.execute('SELECT count(*) AS n FROM people')
    expect(Number(after.rows[0]?.n)).toBe(Number(before.rows[0]?.n) + 1) // 'First' only
  })

  it('keeps a session in use alive: 30 days after its last use, not its first', async () => {
    const cookie = await signIn(
      server.url,
      await invite('shizuoka-2024', Role.Viewer, server.ownerCookie),
      'Naoko',
    )
    const token = cookie.split('=')[1]
    const day = 24 * 60 * 60 * 1000
    const access = server.kaigi.access
    expect((await access.sessions.principal(token, new Date()))?.renewed).toBeUndefined()
    expect((await access.sessions.principal(token, new Date(Date.now() + 20 * day)))?.renewed).toBe(
      true,
    )
    // Used on day 20, it lasts until day 50, where it ends if unused since.
    const { rows } = await server.kaigi.database.client.execute(
      'SELECT max(expires_at) AS until FROM sign_in_sessions',
    )
    const until = (Number(rows[0]?.until) - Date.now()) / day
    expect(until).toBeGreaterThan(49.9)
    expect(until).toBeLessThan(50.1)
    expect(await access.sessions.principal(token, new Date(Date.now() + 51 * day))).toBeNull()
  })

  it('refuses a nameless acceptance, naming the field', async () => {
    const token = await invite('shizuoka-2024', Role.Viewer, server.ownerCookie)
    const response = await api(`/api/invitations/${token}/accept`, {
      method: 'POST',
      body: { name: '   ' },
    })
    expect(response.status).toBe(400)
    const body = (await response.json()) as { error: { issues: Array<{ path: string }> } }
    expect(body.error.issues.map((issue) => issue.path)).toEqual(['name'])
    // The refused attempt did not use the link up.
    expect((await api(`/api/invitations/${token}`)).status).toBe(200)
  })
})

describe('what each role may do over HTTP', () => {
  it('lets an owner invite any role, an editor only editors and viewers, a viewer nobody', async () => {
    await invite('shizuoka-2024', Role.Owner, server.ownerCookie)
    await invite('shizuoka-2024', Role.Viewer, cookies.editor)
    const ownerByEditor = await api('/api/editions/shizuoka-2024/invitations', {
      method: 'POST',
      cookie: cookies.editor,
      body: { role: Role.Owner, expiresInHours: 24 },
    })
    expect(ownerByEditor.status).toBe(403)
    const byViewer = await api('/api/editions/shizuoka-2024/invitations', {
      method: 'POST',
      cookie: cookies.viewer,
      body: { role: Role.Viewer, expiresInHours: 24 },
    })
    expect(byViewer.status).toBe(403)
    // A viewer sees who the members are, not the links.
    expect(
      (await api('/api/editions/shizuoka-2024/members', { cookie: cookies.viewer })).status,
    ).toBe(200)
    expect(
      (await api('/api/editions/shizuoka-2024/invitations', { cookie: cookies.viewer })).status,
    ).toBe(403)
  })

  it('lists the instance’s owner among the members, and no edition owner can revoke them', async () => {
    const ownerLink = await invite('shizuoka-2024', Role.Owner, server.ownerCookie)
    const editionOwner = await signIn(server.url, ownerLink, 'Hélène')
    const { members } = (await (
      await api('/api/editions/shizuoka-2024/members', { cookie: cookies.viewer })
    ).json()) as MemberList
    const admin = members.find((member) => member.instanceOwner)
    expect(admin).toMatchObject({ name: 'Owner', role: Role.Owner, committee: null })
    expect(members.filter((member) => member.personId === admin?.personId)).toHaveLength(1)
    expect(members.find((member) => member.name === 'Hélène')?.instanceOwner).toBe(false)

    const revoked = await api(`/api/editions/shizuoka-2024/members/${admin?.personId}`, {
      method: 'DELETE',
      cookie: editionOwner,
    })
    expect(revoked.status).toBe(400)
    expect(
      (await api('/api/editions/shizuoka-2024/members', { cookie: server.ownerCookie })).status,
    ).toBe(200)
  })

  it('answers 404 about an edition to someone who is not its member', async () => {
    const response = await api('/api/editions/shizuoka-2024/members', {
      cookie: cookies.toursViewer,
    })
    expect(response.status).toBe(404)
  })

  it('refuses an editor link for a record edition', async () => {
    const response = await api('/api/editions/tours-2016/invitations', {
      method: 'POST',
      cookie: server.ownerCookie,
      body: { role: Role.Editor, expiresInHours: 24 },
    })
    expect(response.status).toBe(400)
  })

  it('refuses a state-changing request from another site, and creates nothing', async () => {
    const before = await api('/api/editions/shizuoka-2024/invitations', {
      cookie: server.ownerCookie,
    })
    const count = ((await before.json()) as InvitationList).invitations.length
    const forged = await api('/api/editions/shizuoka-2024/invitations', {
      method: 'POST',
      cookie: server.ownerCookie,
      origin: 'https://evil.example',
      body: { role: Role.Owner, expiresInHours: 24 },
    })
    expect(forged.status).toBe(403)
    expect(((await forged.json()) as { error: { code: string } }).error.code).toBe(
      ErrorCode.CrossOrigin,
    )
    const after = await api('/api/editions/shizuoka-2024/invitations', {
      cookie: server.ownerCookie,
    })
    expect(((await after.json()) as InvitationList).invitations.length).toBe(count)
    const sameSite = await api('/api/editions/shizuoka-2024/invitations', {
      method: 'POST',
      cookie: server.ownerCookie,
      origin: server.url,
      body: { role: Role.Viewer, expiresInHours: 24 },
    })
    expect(sameSite.status).toBe(201)
  })

  it('sends the secure headers', async () => {
    const response = await api('/api/me', { cookie: cookies.editor })
    const csp = response.headers.get('content-security-policy') ?? ''
    expect(csp).toContain("script-src 'self'")
    expect(csp).not.toContain('unsafe-inline')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(response.headers.get('x-content-type-options')).toBe('nosniff')
    expect(response.headers.get('referrer-policy')).toBe('no-referrer')
  })
})

describe('the sync endpoint, door by door', () => {
  it('refuses a socket without a session before loading anything', async () => {
    expect(await upgradeStatus(SHIZUOKA)).toBe(401)
    expect(await upgradeStatus(SHIZUOKA, { cookie: 'kaigi_session=forged' })).toBe(401)
    expect(await server.kaigi.registry.peek(SHIZUOKA)).toBeNull()
  })

  it("refuses a member's cookie for another edition's document", async () => {
    expect(await upgradeStatus(SHIZUOKA, { cookie: cookies.toursViewer })).toBe(404)
    expect(await upgradeStatus(TOURS, { cookie: cookies.editor })).toBe(404)
    expect(await server.kaigi.registry.peek(SHIZUOKA)).toBeNull()
  })

  it('answers an edition that is not yours as one that does not exist, as the HTTP API does', async () => {
    // Aiko edits Shizuoka only: Tours exists, Paris 2027 does not.
    const notYours = await upgradeRefusal(TOURS, cookies.editor)
    const missing = await upgradeRefusal('edition-paris-2027', cookies.editor)
    expect(notYours.status).toBe(404)
    expect(missing.status).toBe(404)
    // The same words, but for the name the caller gave.
    expect(notYours.body.replaceAll(TOURS, '<doc>')).toBe(
      missing.body.replaceAll('edition-paris-2027', '<doc>'),
    )
    expect(JSON.parse(notYours.body).error.code).toBe(ErrorCode.NotFound)
    // The HTTP API tells the two apart no better.
    const api404 = [
      (await api('/api/editions/tours-2016/members', { cookie: cookies.editor })).status,
      (await api('/api/editions/paris-2027/members', { cookie: cookies.editor })).status,
    ]
    expect(api404).toEqual([404, 404])
    expect(await server.kaigi.registry.peek(TOURS)).toBeNull()
  })

  it("keeps future editions' document names free: no shared text may take one", async () => {
    expect(await upgradeStatus('edition-paris-2027', { cookie: server.ownerCookie })).toBe(404)
    expect(await upgradeStatus('comite-notes', { cookie: server.ownerCookie })).toBe(101)
  })

  it('refuses a document name outside the allow-list', async () => {
    expect(await upgradeStatus('../etc/passwd', { cookie: server.ownerCookie })).toBe(404)
    expect(await upgradeStatus('bad%20name', { cookie: server.ownerCookie })).toBe(400)
    expect(await upgradeStatus('x'.repeat(200), { cookie: server.ownerCookie })).toBe(400)
  })

  it('refuses a socket opened by another site', async () => {
    expect(
      await upgradeStatus(SHIZUOKA, { cookie: cookies.editor, origin: 'https://evil.example' }),
    ).toBe(403)
    expect(await upgradeStatus(SHIZUOKA, { cookie: cookies.editor, origin: server.url })).toBe(101)
  })

  it('gives a viewer the document and presence, and refuses their changes without touching anyone', async () => {
    const editor = client(SHIZUOKA, cookies.editor)
    const witness = client(SHIZUOKA, server.ownerCookie)
    await Promise.all([synced(editor), synced(witness)])
    editor.provider.awareness.setLocalStateField('editing', true)

    const viewer = await raw(SHIZUOKA, cookies.viewer)
    viewer.send(encodeSyncStep1(new Uint8Array([0])))
    await until(() =>
      syncMessages(viewer.received).some((m) => m.subType === SyncMessageType.Step2),
    )
    const replica = new Y.Doc()
    for (const message of syncMessages(viewer.received)) {
      if (message.subType !== SyncMessageType.Step1) Y.applyUpdate(replica, message.payload)
    }
    expect(replica.getText('t').toString()).toBe(text(editor))
    // An empty step 2 (the answer of a replica with nothing new) is fine.
    viewer.send(encodeSyncStep2(Y.encodeStateAsUpdate(replica, Y.encodeStateVector(replica))))
    // Sentinel: a second step 1 is answered, so the empty step 2 before it was read and kept
    // the socket open.
    const repliesBefore = syncMessages(viewer.received).length
    viewer.send(encodeSyncStep1(Y.encodeStateVector(replica)))
    await until(() =>
      syncMessages(viewer.received)
        .slice(repliesBefore)
        .some((m) => m.subType === SyncMessageType.Step2),
    )
    expect(viewer.socket.readyState).toBe(WebSocket.OPEN)

    const stored = await storedState(server.kaigi.database)
    const before = text(witness)
    const crafted = captureUpdate(replica, (d) => d.getText('t').insert(0, 'VIEWER WAS HERE '))
    viewer.send(encodeSyncUpdate(crafted))
    const closed = await viewer.closed
    expect(closed).toEqual({
      code: CloseCode.Forbidden,
      reason: CloseReason.ReadOnly,
    })
    expect(await storedState(server.kaigi.database)).toBe(stored)

    // Sentinel: the others keep syncing, and the editor's change, sent after the refusal, is
    // all that reaches the witness and the database (relays and commits keep their order).
    editor.doc.getText('t').insert(text(editor).length, '・改訂')
    await until(() => text(witness) !== before)
    expect(text(witness)).toBe(`${before}・改訂`)
    expect(text(editor)).toBe(`${before}・改訂`)
    expect((await storedDoc(server, SHIZUOKA)).getText('t').toString()).toBe(`${before}・改訂`)
  })

  it("refuses a viewer's sync step 2 that carries new content", async () => {
    const stored = await storedState(server.kaigi.database)
    const viewer = await raw(SHIZUOKA, cookies.viewer)
    const offline = new Y.Doc()
    offline.getText('other').insert(0, 'edited offline')
    viewer.send(encodeSyncStep2(Y.encodeStateAsUpdate(offline)))
    expect((await viewer.closed).code).toBe(CloseCode.Forbidden)
    expect(await storedState(server.kaigi.database)).toBe(stored)
  })

  it('refuses every change to a record edition, even from its owner', async () => {
    const stored = await storedState(server.kaigi.database)
    const watcher = await raw(TOURS, server.ownerCookie)
    const owner = await raw(TOURS, server.ownerCookie)
    const doc = new Y.Doc()
    owner.send(encodeSyncUpdate(captureUpdate(doc, (d) => d.getText('x').insert(0, 'rewrite'))))
    expect((await owner.closed).code).toBe(CloseCode.Forbidden)
    // The sentinel: the room answers a sync step 1 only once every update
    // it queued before is committed, and would relay such an update first.
    const before = watcher.received.length
    watcher.send(encodeSyncStep1(new Uint8Array([0])))
    const answers = () => syncMessages(watcher.received.slice(before))
    await until(() => answers().some((m) => m.subType === SyncMessageType.Step2), 10_000, 'reply')
    expect(answers().map((m) => m.subType)).toEqual([SyncMessageType.Step2])
    const replica = new Y.Doc()
    for (const message of syncMessages(watcher.received)) {
      if (message.subType !== SyncMessageType.Step1) Y.applyUpdate(replica, message.payload)
    }
    expect(replica.getText('t').toString()).toBe('Tours')
    expect(replica.getText('x').toString()).toBe('')
    expect(await storedState(server.kaigi.database)).toBe(stored)
  })

  it('writes the signed-in identity into presence, whatever the client claims', async () => {
    const watcher = client(SHIZUOKA, server.ownerCookie)
    await synced(watcher)
    const forger = await raw(SHIZUOKA, cookies.viewer)
    const forged = JSON.stringify({
      user: { name: 'Owner', color: '#000000', committee: 'fr' },
      sessionId: 's-1',
    })
    forger.send(
      encodeAwareness(encodeAwarenessEntries([{ clientId: 4242, clock: 1, state: forged }])),
    )
    await until(() => watcher.provider.awareness.getStates().has(4242))
    const seen = watcher.provider.awareness.getStates().get(4242)
    expect(seen?.user?.name).toBe('Victor')
    expect(seen?.user?.color).not.toBe('#000000')
    expect(seen?.user?.committee).toBeNull()
    expect(seen?.sessionId).toBe('s-1') // what is the client's to say passes
  })

  it("closes a revoked member's sockets at once, and lets them back in never", async () => {
    const token = await invite('shizuoka-2024', Role.Editor, server.ownerCookie)
    const cookie = await signIn(server.url, token, 'Rei')
    const me = (await (await api('/api/me', { cookie })).json()) as Me
    const rei = await raw(SHIZUOKA, cookie)
    const other = client(SHIZUOKA, cookies.editor)
    await synced(other)

    const response = await api(`/api/editions/shizuoka-2024/members/${me.person.id}`, {
      method: 'DELETE',
      cookie: server.ownerCookie,
    })
    expect(response.status).toBe(204)
    expect(await rei.closed).toEqual({ code: CloseCode.Forbidden, reason: CloseReason.Revoked })
    expect(await upgradeStatus(SHIZUOKA, { cookie })).toBe(404)
    const members = (await (
      await api('/api/editions/shizuoka-2024/members', { cookie: server.ownerCookie })
    ).json()) as MemberList
    expect(members.members.map((m) => m.name)).not.toContain('Rei')
    expect(other.provider.wsconnected).toBe(true)
  })

  it('lets a revoked member back only through a link made after the revocation', async () => {
    const shared = await invite('shizuoka-2024', Role.Viewer, server.ownerCookie)
    const cookie = await signIn(server.url, shared, 'Kaito')
    const me = (await (await api('/api/me', { cookie })).json()) as Me
    await api(`/api/editions/shizuoka-2024/members/${me.person.id}`, {
      method: 'DELETE',
      cookie: server.ownerCookie,
    })
    // The committee's shared link, still valid, does not undo the revocation.
    const again = await api(`/api/invitations/${shared}/accept`, {
      method: 'POST',
      cookie,
      body: { name: 'Kaito' },
    })
    expect(again.status).toBe(403)
    expect(await upgradeStatus(SHIZUOKA, { cookie })).toBe(404)
    // A new link, made for them after the revocation, does.
    const fresh = await invite('shizuoka-2024', Role.Viewer, server.ownerCookie)
    await signIn(server.url, fresh, 'Kaito', { cookie })
    expect(await upgradeStatus(SHIZUOKA, { cookie })).toBe(101)
  })

  it("closes a session's sockets when it signs out", async () => {
    const cookie = await signIn(
      server.url,
      await invite('shizuoka-2024', Role.Viewer, server.ownerCookie),
      'Sora',
    )
    const socket = await raw(SHIZUOKA, cookie)
    expect((await api('/api/sign-out', { method: 'POST', cookie })).status).toBe(204)
    expect((await socket.closed).code).toBe(CloseCode.Unauthorized)
    expect((await api('/api/me', { cookie })).status).toBe(401)
  })
})

describe('floods', () => {
  it('closes a socket that floods messages; the others keep syncing', async () => {
    const editor = client(SHIZUOKA, cookies.editor)
    const witness = client(SHIZUOKA, server.ownerCookie)
    await Promise.all([synced(editor), synced(witness)])
    const flooder = await raw(SHIZUOKA, cookies.viewer)
    const query = new Uint8Array([3]) // query-awareness: cheap, and allowed to a viewer
    for (let i = 0; i < 2000; i++) flooder.send(query)
    expect(await flooder.closed).toEqual({
      code: CloseCode.PolicyViolation,
      reason: 'too many messages',
    })
    const before = text(witness)
    editor.doc.getText('t').insert(0, '!')
    await until(() => text(witness) === `!${before}`)
  })

  it('refuses connections beyond a fair number per person', async () => {
    const cookie = await signIn(
      server.url,
      await invite('shizuoka-2024', Role.Viewer, server.ownerCookie),
      'Many Tabs',
    )
    const open: RawClient[] = []
    for (let i = 0; i < 20; i++) open.push(await raw(SHIZUOKA, cookie))
    expect(await upgradeStatus(SHIZUOKA, { cookie })).toBe(429)
    // Another person is not affected.
    expect(await upgradeStatus(SHIZUOKA, { cookie: cookies.editor })).toBe(101)
    open[0]?.close()
    await open[0]?.closed
    // The server counts the socket out when it sees the close, a moment after the client does.
    let status = await upgradeStatus(SHIZUOKA, { cookie })
    for (let tries = 0; status !== 101 && tries < 200; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 20))
      status = await upgradeStatus(SHIZUOKA, { cookie })
    }
    expect(status).toBe(101)
  })
})
