import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { versions } from '../../../db/schema'
import { DEMO_SEEDS } from '../../../server/editions/demo-seeds'
import { PUBLIC_READS } from '../../../server/limits/token-bucket'
import { ErrorCode } from '../../../shared/errors'
import { startServer, type TestServer } from '../../helpers/start-server'

// Behind one trusted proxy, each test reader is the address it claims.
let server: TestServer
let versionId: string
let publishedSessions: number

const publicRead = (path: string, address: string) =>
  fetch(`${server.url}${path}`, { headers: { 'x-forwarded-for': address } })
const PROGRAMME = '/api/public/editions/shizuoka-2024/programme'

function ownerApi(path: string, method = 'GET', body?: unknown): Promise<Response> {
  return fetch(`${server.url}/api/editions/shizuoka-2024${path}`, {
    method,
    headers: { 'content-type': 'application/json', cookie: server.ownerCookie },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  })
}

/**
 * A published version never changes, so the server may decode it once. To
 * see whether it decodes again, the test swaps the stored state behind its
 * back for an empty edition: a reader served from the decoded copy still
 * sees every session, one served by a new decode sees none.
 */
async function swapStoredStateForAnEmptyOne(version = versionId): Promise<void> {
  await server.kaigi.database.db
    .update(versions)
    .set({ state: Buffer.from(Y.encodeStateAsUpdate(new Y.Doc())) })
    .where(eq(versions.id, version))
}

beforeAll(async () => {
  server = await startServer({ seeds: DEMO_SEEDS, trustedProxies: 1 })
  const saved = await ownerApi('/versions', 'POST', { name: 'Programme officiel' })
  versionId = ((await saved.json()) as { id: string }).id
  expect((await ownerApi(`/versions/${versionId}/publish`, 'POST')).status).toBe(204)
})
afterAll(async () => {
  await server.close()
  server.cleanup()
})

describe('the public programme', () => {
  it('is decoded once per publication, however many times it is read', async () => {
    const first = await publicRead(PROGRAMME, '192.0.2.1')
    expect(first.status).toBe(200)
    const body = (await first.json()) as { versionId: string; programme: { sessions: unknown[] } }
    expect(body.versionId).toBe(versionId)
    publishedSessions = body.programme.sessions.length
    expect(publishedSessions).toBeGreaterThan(0)
    // The public page, read once, decodes the state for its own file.
    expect((await publicRead('/p/shizuoka-2024', '192.0.2.1')).status).toBe(200)

    await swapStoredStateForAnEmptyOne()
    for (let read = 0; read < 20; read++) {
      const again = (await (await publicRead(PROGRAMME, '192.0.2.1')).json()) as typeof body
      expect(again.programme.sessions).toHaveLength(publishedSessions)
    }
    // Another file of the same publication is made from the programme already decoded.
    const calendar = await (
      await publicRead('/api/editions/shizuoka-2024/export/programme.ics', '192.0.2.1')
    ).text()
    expect(calendar.match(/BEGIN:VEVENT/g)?.length ?? 0).toBeGreaterThan(0)
  })

  it('refuses a flood from one address with 429 and serves another address', async () => {
    let refused: Response | undefined
    // More reads than the burst allows; the refill cannot keep up with a loop.
    for (let read = 0; read < PUBLIC_READS.burst * 3 && !refused; read++) {
      const response = await publicRead(PROGRAMME, '203.0.113.7')
      if (response.status === 429) refused = response
      else {
        expect(response.status).toBe(200)
        await response.body?.cancel()
      }
    }
    expect(refused?.status).toBe(429)
    if (!refused) return
    const error = ((await refused.json()) as { error: { code: string; message: string } }).error
    expect(error.code).toBe(ErrorCode.TooManyRequests)
    expect(error.message).toMatch(/too many requests/)

    const other = await publicRead(PROGRAMME, '198.51.100.2')
    expect(other.status).toBe(200)
    const body = (await other.json()) as { programme: { sessions: unknown[] } }
    expect(body.programme.sessions).toHaveLength(publishedSessions)
  })
})

describe('a saved version', () => {
  it('is decoded once for the members who preview it, compare it and restore it', async () => {
    const saved = await ownerApi('/versions', 'POST', { name: 'Avant la réunion' })
    const id = ((await saved.json()) as { id: string }).id
    const preview = async () =>
      ((await (await ownerApi(`/versions/${id}`)).json()) as { sessions: unknown[] }).sessions
    const sessions = (await preview()).length
    expect(sessions).toBeGreaterThan(0)

    await swapStoredStateForAnEmptyOne(id)
    for (let read = 0; read < 20; read++) expect(await preview()).toHaveLength(sessions)
    // Compared with now, nothing changed since it was saved: no session reads as removed.
    const diff = await ownerApi(`/versions/${id}/diff?to=now`)
    expect(((await diff.json()) as { changes: unknown[] }).changes).toEqual([])
    expect((await ownerApi('/versions/no-such-version')).status).toBe(404)
  })
})
