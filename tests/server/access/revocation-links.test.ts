/**
 * Revocation holds for the human, not for the cookie (issue 14, hole 2): a
 * revoked member who opens the committee's shared link, or a spare link of
 * their own, from a browser without their cookie does not come back.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import type { EditionSeed } from '../../../server/editions/seed'
import {
  type AcceptedInvitation,
  type ArrivalList,
  type CreatedInvitation,
  type InvitationList,
  type Me,
  type MemberList,
  Role,
} from '../../../shared/access'
import { type ApiRequest, apiRequest } from '../../helpers/api'
import { connectRaw, type RawClient } from '../../helpers/raw-client'
import { signIn } from '../../helpers/sign-in'
import { startServer, type TestServer } from '../../helpers/start-server'

const seeds: EditionSeed[] = [{ id: 'shizuoka-2024', readOnly: false, fill: () => {} }]
const SHIZUOKA = 'edition-shizuoka-2024'
/** How the sync door turns away someone with no role: as forbidden, or as no such edition. */
const refusals = [403, 404]

let server: TestServer
const sockets: RawClient[] = []

beforeAll(async () => {
  server = await startServer({ seeds })
})

afterAll(async () => {
  for (const s of sockets) s.close()
  await server.close()
  server.cleanup()
})

const api = (path: string, init: ApiRequest = {}) => apiRequest(server.url, path, init)

/** A link of Shizuoka made by `cookie`'s holder; its token and id. */
async function invite(
  cookie: string,
  role: Role,
  maxUses: number | null,
): Promise<{ token: string; id: string }> {
  const response = await api('/api/editions/shizuoka-2024/invitations', {
    method: 'POST',
    cookie,
    body: { role, expiresInHours: 24, committee: null, maxUses },
  })
  expect(response.status).toBe(201)
  const created = (await response.json()) as CreatedInvitation
  return { token: created.path.slice('/invite/'.length), id: created.invitation.id }
}

/** Accepts `token` from a browser that holds no cookie; the answer and its session cookie. */
async function arriveFresh(token: string, name: string) {
  const response = await api(`/api/invitations/${token}/accept`, {
    method: 'POST',
    body: { name },
  })
  const set = response.headers.get('set-cookie') ?? ''
  const cookie = set.match(/kaigi_session=[^;]+/)?.[0] ?? ''
  return { response, cookie }
}

const personOf = async (cookie: string) =>
  ((await (await api('/api/me', { cookie })).json()) as Me).person.id

const members = async () =>
  (
    (await (
      await api('/api/editions/shizuoka-2024/members', { cookie: server.ownerCookie })
    ).json()) as MemberList
  ).members

const links = async () =>
  (
    (await (
      await api('/api/editions/shizuoka-2024/invitations', { cookie: server.ownerCookie })
    ).json()) as InvitationList
  ).invitations

/** The HTTP status of an upgrade the server refuses, or 101 if it accepts it. */
function upgradeStatus(cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${server.syncUrl}/${SHIZUOKA}`, { headers: { cookie } })
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

/** An editor signed in through their own link, who then makes a spare link, and is revoked. */
async function revokedEditor(name: string) {
  const cookie = await signIn(
    server.url,
    (await invite(server.ownerCookie, Role.Editor, 1)).token,
    name,
  )
  const personId = await personOf(cookie)
  const spare = await invite(cookie, Role.Editor, null)
  const revoke = await api(`/api/editions/shizuoka-2024/members/${personId}`, {
    method: 'DELETE',
    cookie: server.ownerCookie,
  })
  expect(revoke.status).toBe(204)
  return { cookie, personId, spare }
}

describe('a revoked member and the links they could still open', () => {
  it('revokes, with the member, every link of the edition they made, listed as revoked', async () => {
    const cookie = await signIn(
      server.url,
      (await invite(server.ownerCookie, Role.Editor, 1)).token,
      'Rei',
    )
    const personId = await personOf(cookie)
    const first = await invite(cookie, Role.Editor, null)
    const second = await invite(cookie, Role.Viewer, 5)
    const rei = (await members()).find((member) => member.personId === personId)
    expect(rei?.openLinks).toBe(2)

    const revoke = await api(`/api/editions/shizuoka-2024/members/${personId}`, {
      method: 'DELETE',
      cookie: server.ownerCookie,
    })
    expect(revoke.status).toBe(204)
    const listed = await links()
    expect(listed.find((link) => link.id === first.id)?.revoked).toBe(true)
    expect(listed.find((link) => link.id === second.id)?.revoked).toBe(true)
  })

  it("refuses the revoked editor's own spare link, from a browser without their cookie", async () => {
    const { spare } = await revokedEditor('Kenji')
    const before = (await members()).length
    const { response, cookie } = await arriveFresh(spare.token, 'Kenji again')
    expect(response.status).toBe(410)
    expect(((await response.json()) as { error: { reason: string } }).error.reason).toBe('revoked')
    expect(cookie).toBe('')
    expect((await members()).length).toBe(before)
  })

  it("makes a new arrival through the committee's shared link wait for an owner, who approves them", async () => {
    const shared = await invite(server.ownerCookie, Role.Editor, null)
    const { personId: revokedId } = await revokedEditor('Aiko')

    const { response, cookie } = await arriveFresh(shared.token, 'Aiko (autre navigateur)')
    expect(response.status).toBe(201)
    expect(((await response.json()) as AcceptedInvitation).pending).toBe(true)
    expect(cookie).not.toBe('')
    // A person with a session, remembered by their browser, with no role.
    const newcomer = (await (await api('/api/me', { cookie })).json()) as Me
    expect(newcomer.person.id).not.toBe(revokedId)
    expect(newcomer.memberships).toEqual([])
    expect((await members()).map((member) => member.personId)).not.toContain(newcomer.person.id)
    expect(refusals).toContain(await upgradeStatus(cookie))
    expect((await api('/api/editions/shizuoka-2024/members', { cookie })).status).toBe(403)

    const { arrivals } = (await (
      await api('/api/editions/shizuoka-2024/arrivals', { cookie: server.ownerCookie })
    ).json()) as ArrivalList
    const waiting = arrivals.find((arrival) => arrival.personId === newcomer.person.id)
    expect(waiting).toMatchObject({
      name: 'Aiko (autre navigateur)',
      role: Role.Editor,
      invitation: { id: shared.id, createdByName: 'Owner' },
    })

    const approve = await api(
      `/api/editions/shizuoka-2024/arrivals/${newcomer.person.id}/approve`,
      { method: 'POST', cookie: server.ownerCookie },
    )
    expect(approve.status).toBe(204)
    const me = (await (await api('/api/me', { cookie })).json()) as Me
    expect(me.memberships).toEqual([
      { editionId: 'shizuoka-2024', role: Role.Editor, committee: null },
    ])
    const socket = await connectRaw(`${server.syncUrl}/${SHIZUOKA}`, { cookie })
    sockets.push(socket)
    expect(socket.socket.readyState).toBe(WebSocket.OPEN)
    const after = (await (
      await api('/api/editions/shizuoka-2024/arrivals', { cookie: server.ownerCookie })
    ).json()) as ArrivalList
    expect(after.arrivals.map((arrival) => arrival.personId)).not.toContain(newcomer.person.id)
  })

  it('lets an owner refuse an arrival, which leaves them with no access', async () => {
    const shared = await invite(server.ownerCookie, Role.Viewer, null)
    await revokedEditor('Sora')
    const { cookie } = await arriveFresh(shared.token, 'Sora bis')
    const personId = await personOf(cookie)
    const refuse = await api(`/api/editions/shizuoka-2024/arrivals/${personId}`, {
      method: 'DELETE',
      cookie: server.ownerCookie,
    })
    expect(refuse.status).toBe(204)
    const { arrivals } = (await (
      await api('/api/editions/shizuoka-2024/arrivals', { cookie: server.ownerCookie })
    ).json()) as ArrivalList
    expect(arrivals.map((arrival) => arrival.personId)).not.toContain(personId)
    expect(refusals).toContain(await upgradeStatus(cookie))
    expect((await api('/api/editions/shizuoka-2024/members', { cookie })).status).toBe(404)
  })

  it('leaves current members and links made after the revocation as they were', async () => {
    const shared = await invite(server.ownerCookie, Role.Viewer, null)
    const member = await signIn(
      server.url,
      (await invite(server.ownerCookie, Role.Viewer, 1)).token,
      'Mika',
    )
    await revokedEditor('Taro')
    // A member who opens the older link again stays a member, without waiting.
    const again = await api(`/api/invitations/${shared.token}/accept`, {
      method: 'POST',
      cookie: member,
      body: { name: 'Mika' },
    })
    expect(((await again.json()) as AcceptedInvitation).pending).toBe(false)
    expect(await upgradeStatus(member)).toBe(101)
    const listed = await links()
    expect(listed.find((link) => link.id === shared.id)?.beforeRevocation).toBe(true)

    const fresh = await invite(server.ownerCookie, Role.Viewer, 1)
    expect((await links()).find((link) => link.id === fresh.id)?.beforeRevocation).toBe(false)
    const { response, cookie } = await arriveFresh(fresh.token, 'Newcomer')
    expect(((await response.json()) as AcceptedInvitation).pending).toBe(false)
    expect(await upgradeStatus(cookie)).toBe(101)
  })
})
