/**
 * One person, several devices (issue 14, hole 8): a member signs another
 * device in as themselves; new links serve one person; a link says who came
 * in through it; the invitation names the edition and who invited; the
 * owner's own sign-in says which committee they sit on.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { DEMO_SEEDS } from '../../../server/editions/demo-seeds'
import {
  type CreatedDeviceLink,
  type CreatedInvitation,
  type InvitationList,
  type InvitationPreview,
  type Me,
  type MemberList,
  Role,
} from '../../../shared/access'
import { type ApiRequest, apiRequest } from '../../helpers/api'
import { connectRaw, type RawClient } from '../../helpers/raw-client'
import { signIn } from '../../helpers/sign-in'
import { startServer, type TestServer } from '../../helpers/start-server'

let server: TestServer
const sockets: RawClient[] = []

beforeAll(async () => {
  server = await startServer({ seeds: DEMO_SEEDS })
})

afterAll(async () => {
  for (const s of sockets) s.close()
  await server.close()
  server.cleanup()
})

const api = (path: string, init: ApiRequest = {}) => apiRequest(server.url, path, init)

/** Makes a link of Shizuoka as the owner with `body`'s fields; its token and id. */
async function invite(body: Record<string, unknown>): Promise<{ token: string; id: string }> {
  const response = await api('/api/editions/shizuoka-2024/invitations', {
    method: 'POST',
    cookie: server.ownerCookie,
    body: { role: Role.Editor, expiresInHours: 24, ...body },
  })
  expect(response.status).toBe(201)
  const created = (await response.json()) as CreatedInvitation
  return { token: created.path.slice('/invite/'.length), id: created.invitation.id }
}

const meOf = async (cookie: string) => (await (await api('/api/me', { cookie })).json()) as Me

const cookieOf = (response: Response) =>
  response.headers.get('set-cookie')?.match(/kaigi_session=[^;]+/)?.[0] ?? ''

describe('adding a device', () => {
  it('signs a second device in as the same person, who is still one member', async () => {
    const first = await signIn(server.url, (await invite({ maxUses: 1 })).token, 'Marie Dupont')
    const person = (await meOf(first)).person.id
    const made = await api('/api/me/device-links', { method: 'POST', cookie: first })
    expect(made.status).toBe(201)
    const link = (await made.json()) as CreatedDeviceLink
    expect(link.path).toMatch(/^\/device\/[\w-]{40,}$/)
    const minutes = (Date.parse(link.expiresAt) - Date.now()) / 60_000
    expect(minutes).toBeGreaterThan(14)
    expect(minutes).toBeLessThanOrEqual(15)
    const token = link.path.slice('/device/'.length)

    const preview = await api(`/api/device-links/${token}`)
    expect(((await preview.json()) as { name: string }).name).toBe('Marie Dupont')
    const accepted = await api(`/api/device-links/${token}/accept`, { method: 'POST' })
    expect(accepted.status).toBe(201)
    const second = cookieOf(accepted)
    expect(second).not.toBe('')
    expect(second).not.toBe(first)
    const me = await meOf(second)
    expect(me.person.id).toBe(person)
    expect(me.memberships).toEqual((await meOf(first)).memberships)
    const { members } = (await (
      await api('/api/editions/shizuoka-2024/members', { cookie: second })
    ).json()) as MemberList
    expect(members.filter((member) => member.name === 'Marie Dupont')).toHaveLength(1)
    const socket = await connectRaw(`${server.syncUrl}/edition-shizuoka-2024`, { cookie: second })
    sockets.push(socket)
    expect(socket.socket.readyState).toBe(WebSocket.OPEN)

    // Once used, the link is gone: a third device gets the 410 and no session.
    for (const response of [
      await api(`/api/device-links/${token}`),
      await api(`/api/device-links/${token}/accept`, { method: 'POST' }),
    ]) {
      expect(response.status).toBe(410)
      expect(cookieOf(response)).toBe('')
    }
    // Signing out one device leaves the other signed in.
    expect((await api('/api/sign-out', { method: 'POST', cookie: second })).status).toBe(204)
    expect((await api('/api/me', { cookie: first })).status).toBe(200)
  })

  it('refuses an expired device link, and one asked for without a sign-in', async () => {
    const cookie = await signIn(server.url, (await invite({ maxUses: 1 })).token, 'Kenji')
    const principal = await server.kaigi.access.sessions.principal(cookie.split('=')[1])
    if (!principal) throw new Error('no principal')
    const old = await server.kaigi.access.devices.create(
      principal.personId,
      new Date(Date.now() - 16 * 60_000),
    )
    const response = await api(`/api/device-links/${old.token}/accept`, { method: 'POST' })
    expect(response.status).toBe(410)
    expect(cookieOf(response)).toBe('')
    expect((await api('/api/me/device-links', { method: 'POST' })).status).toBe(401)
  })
})

describe('invitation links', () => {
  it('serve one person by default: the second one is refused with 410', async () => {
    const { token } = await invite({})
    await signIn(server.url, token, 'Première')
    const second = await api(`/api/invitations/${token}/accept`, {
      method: 'POST',
      body: { name: 'Seconde' },
    })
    expect(second.status).toBe(410)
    expect(((await second.json()) as { error: { reason: string } }).error.reason).toBe('used-up')
  })

  it('list who came in through each, by name', async () => {
    const { token, id } = await invite({ maxUses: null, role: Role.Viewer })
    await signIn(server.url, token, 'Alice')
    await signIn(server.url, token, '佐藤 花子')
    const { invitations } = (await (
      await api('/api/editions/shizuoka-2024/invitations', { cookie: server.ownerCookie })
    ).json()) as InvitationList
    const link = invitations.find((each) => each.id === id)
    expect(link?.uses).toBe(2)
    expect(link?.usedBy.map((use) => use.name)).toEqual(['Alice', '佐藤 花子'])
  })

  it('name the edition by its title, its time zone and who invited', async () => {
    const maker = await signIn(
      server.url,
      (await invite({ maxUses: 1, role: Role.Editor })).token,
      'Marie Martin',
    )
    const made = await api('/api/editions/shizuoka-2024/invitations', {
      method: 'POST',
      cookie: maker,
      body: { role: Role.Viewer, expiresInHours: 24 },
    })
    const { path } = (await made.json()) as CreatedInvitation
    const preview = (await (
      await api(`/api/invitations/${path.slice(8)}`)
    ).json()) as InvitationPreview
    expect(preview.invitedBy).toBe('Marie Martin')
    expect(preview.editionTitle?.fr).toMatch(/^8es Rencontres/)
    expect(preview.editionTitle?.ja).not.toBe('')
    // The clocks its expiry is shown on.
    expect((preview as { editionTimeZone?: unknown }).editionTimeZone).toBe('Asia/Tokyo')
  })
})

describe("the owner's own sign-in", () => {
  it('keeps the committee they chose, shown wherever their membership names none', async () => {
    const { token } = await server.kaigi.access.invitations.create({
      editionId: null,
      role: Role.Owner,
      committee: null,
      createdBy: null,
      expiresInHours: 1,
      maxUses: 1,
    })
    const cookie = await signIn(server.url, token, 'Présidente', { committee: 'fr' })
    const me = await meOf(cookie)
    expect(me.person.admin).toBe(true)
    expect(me.person.committee).toBe('fr')
    expect(me.memberships.find((m) => m.editionId === 'shizuoka-2024')?.committee).toBe('fr')
    const { members } = (await (
      await api('/api/editions/shizuoka-2024/members', { cookie })
    ).json()) as MemberList
    expect(members.find((member) => member.name === 'Présidente')?.committee).toBe('fr')
  })
})
