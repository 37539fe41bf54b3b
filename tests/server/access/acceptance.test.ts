/**
 * Accepting an invitation is one batch on the database's single connection,
 * not an interactive transaction holding it across awaits: other requests
 * go on meanwhile, and a refused or failed acceptance leaves nothing behind.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { EditionSeed } from '../../../server/editions/seed'
import { type CreatedInvitation, Role } from '../../../shared/access'
import { signIn } from '../../helpers/sign-in'
import { startServer, type TestServer } from '../../helpers/start-server'

const seeds: EditionSeed[] = [{ id: 'shizuoka-2024', readOnly: false, fill: () => {} }]

let server: TestServer

beforeAll(async () => {
  server = await startServer({ seeds })
})

afterAll(async () => {
  await server.close()
  server.cleanup()
})

async function invite(maxUses: number | null, role: Role = Role.Editor): Promise<string> {
  const response = await fetch(`${server.url}/api/editions/shizuoka-2024/invitations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: server.ownerCookie },
    body: JSON.stringify({ role, expiresInHours: 24, committee: null, maxUses }),
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as CreatedInvitation).path.slice('/invite/'.length)
}

const accept = (token: string, name: string, cookie?: string) =>
  fetch(`${server.url}/api/invitations/${token}/accept`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ name }),
  })

type Counts = Record<string, number> & { uses: number }

/** How many rows each table that an acceptance writes holds, and the uses counted. */
async function counts(): Promise<Counts> {
  const tables = [
    'people',
    'sign_in_sessions',
    'memberships',
    'invitation_uses',
    'arrival_requests',
  ] as const
  const result: Counts = { uses: 0 }
  for (const table of tables) {
    const { rows } = await server.kaigi.database.client.execute(
      `SELECT count(*) AS n FROM ${table}`,
    )
    result[table] = Number(rows[0]?.n)
  }
  const { rows } = await server.kaigi.database.client.execute(
    'SELECT sum(uses) AS n FROM invitations',
  )
  result.uses = Number(rows[0]?.n)
  return result
}

describe('accepting an invitation', () => {
  it('lets other queries and other acceptances go on at the same moment', async () => {
    const shared = await invite(null)
    const { access, database } = server.kaigi
    // Started together, as requests arriving at once start them: an
    // interactive transaction would hold the one connection across its
    // awaits, and every other statement would be refused meanwhile.
    const results = await Promise.allSettled([
      access.invitations.accept(shared, { name: 'Arrivée 1' }, null),
      database.client.execute('SELECT 1'),
      access.invitations.accept(shared, { name: 'Arrivée 2' }, null),
      access.members.list('shizuoka-2024'),
    ])
    expect(
      results.map((result) => (result.status === 'rejected' ? String(result.reason) : 'ok')),
    ).toEqual(['ok', 'ok', 'ok', 'ok'])
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, i) => [
        accept(shared, `Arrivée HTTP ${i}`).then((r) => r.status),
        fetch(`${server.url}/api/me`, { headers: { cookie: server.ownerCookie } }).then(
          (r) => r.status,
        ),
      ]).flat(),
    )
    expect(answers.filter((status) => status !== 201 && status !== 200)).toEqual([])
  })

  it('counts one use for each of two people racing for a single-use link', async () => {
    const once = await invite(1)
    const before = await counts()
    const statuses = await Promise.all(
      [accept(once, 'Un'), accept(once, 'Deux')].map(async (r) => (await r).status),
    )
    expect(statuses.sort()).toEqual([201, 410])
    const after = await counts()
    expect(after.people).toBe(Number(before.people) + 1)
    expect(after.invitation_uses).toBe(Number(before.invitation_uses) + 1)
    expect(after.uses).toBe(before.uses + 1)
  })

  it('leaves nothing behind when the database fails halfway', async () => {
    const once = await invite(1)
    const before = await counts()
    // The last write of an acceptance (the session) fails; all before it must go too.
    await server.kaigi.database.client.execute(
      "CREATE TRIGGER fail_sessions BEFORE INSERT ON sign_in_sessions BEGIN SELECT RAISE(ABORT, 'disk on fire'); END",
    )
    try {
      expect((await accept(once, 'Lost')).status).toBe(500)
    } finally {
      await server.kaigi.database.client.execute('DROP TRIGGER fail_sessions')
    }
    expect(await counts()).toEqual(before)
    // The link was not used up: it still admits one person.
    expect((await fetch(`${server.url}/api/invitations/${once}`)).status).toBe(200)
    await signIn(server.url, once, 'Found')
  })

  it('refuses a revoked member through their old link, and changes nothing', async () => {
    const shared = await invite(null, Role.Viewer)
    const cookie = await signIn(server.url, await invite(1, Role.Viewer), 'Kaito')
    const me = (await (await fetch(`${server.url}/api/me`, { headers: { cookie } })).json()) as {
      person: { id: string }
    }
    await fetch(`${server.url}/api/editions/shizuoka-2024/members/${me.person.id}`, {
      method: 'DELETE',
      headers: { cookie: server.ownerCookie },
    })
    const before = await counts()
    expect((await accept(shared, 'Kaito', cookie)).status).toBe(403)
    expect(await counts()).toEqual(before)
  })
})
