/**
 * The limit on refused websocket upgrades counts what the server answered,
 * not what the request looked like: a forged session cookie does not buy
 * unlimited attempts, and a member whose upgrade is accepted is never held
 * back by the refusals of others at the same address (issue 14, hole 6).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import type { EditionSeed } from '../../../server/editions/seed'
import { type CreatedInvitation, Role, SESSION_COOKIE } from '../../../shared/access'
import { signIn } from '../../helpers/sign-in'
import { startServer, type TestServer } from '../../helpers/start-server'

const seeds: EditionSeed[] = [{ id: 'shizuoka-2024', readOnly: false, fill: () => {} }]
const SHIZUOKA = 'edition-shizuoka-2024'
/** More than the burst of refusals one address is allowed (30). */
const ATTEMPTS = 60

let server: TestServer

beforeAll(async () => {
  server = await startServer({ seeds })
})

afterAll(async () => {
  await server.close()
  server.cleanup()
})

/** The HTTP status of an upgrade the server refuses, or 101 if it accepts it. */
function upgradeStatus(docName: string, cookie: string | null): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${server.syncUrl}/${docName}`, {
      headers: cookie ? { cookie } : {},
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

async function invite(role: Role): Promise<string> {
  const response = await fetch(`${server.url}/api/editions/shizuoka-2024/invitations`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie: server.ownerCookie },
    body: JSON.stringify({ role, expiresInHours: 24, committee: null, maxUses: null }),
  })
  expect(response.status).toBe(201)
  return ((await response.json()) as CreatedInvitation).path.slice('/invite/'.length)
}

describe('refused upgrades from one address', () => {
  it('are slowed down whatever cookie they carry; accepted members still connect', async () => {
    // Signed in before the flood: a sign-in is no upgrade and is not limited here.
    const member = await signIn(server.url, await invite(Role.Viewer), 'Aiko')
    const statuses: number[] = []
    for (let i = 0; i < ATTEMPTS; i++) {
      statuses.push(await upgradeStatus(SHIZUOKA, `${SESSION_COOKIE}=guess-${i}`))
    }
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(401))
    expect(statuses.slice(-10)).toEqual(Array(10).fill(429))
    // Once over the limit, nothing tells an existing edition from a missing
    // one, or a good session from a forged one, to whoever keeps trying.
    expect(await upgradeStatus('edition-nowhere-2030', member)).toBe(429)
    expect(await upgradeStatus(SHIZUOKA, null)).toBe(429)
    // A member's upgrade, accepted, is not held back by them.
    expect(await upgradeStatus(SHIZUOKA, member)).toBe(101)
    expect(await upgradeStatus(SHIZUOKA, server.ownerCookie)).toBe(101)
  })
})
