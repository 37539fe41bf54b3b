/**
 * The paces of the pages anyone may open without an account: a meeting's
 * page and its contributions, a participation form. Each limit is counted
 * before the link is looked up, so a link that leads nowhere (404) spends
 * the allowance as a real one would; the server trusts one proxy, so each
 * request is the address its X-Forwarded-For names.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PUBLIC_READS } from '../../../server/limits/token-bucket'
import { PER_ADDRESS, PER_LINK } from '../../../server/meetings/meeting-routes'
import { ErrorCode } from '../../../shared/errors'
import { startServer, type TestServer } from '../../helpers/start-server'

let server: TestServer

beforeAll(async () => {
  server = await startServer({ trustedProxies: 1 })
})

afterAll(async () => {
  await server.close()
  server.cleanup()
})

/** A code as the links are made of, leading nowhere: `n` tells them apart. */
const code = (n: number) => `abcdefghj${'kmnpqrstuvwxyz'[n]}`

async function send(path: string, address: string, body?: unknown): Promise<Response> {
  return fetch(`${server.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  })
}

/**
 * How many requests are answered (404: the link leads nowhere) before the
 * first refusal, which must say to wait; stops at `ceiling`.
 */
async function answeredBeforeRefusal(
  request: (sent: number) => Promise<Response>,
  ceiling: number,
  message: string,
): Promise<number> {
  for (let sent = 0; sent < ceiling; sent++) {
    const response = await request(sent)
    if (response.status === 429) {
      const { error } = (await response.json()) as { error: { code: string; message: string } }
      expect(error).toMatchObject({ code: ErrorCode.TooManyRequests, message })
      return sent
    }
    expect(response.status).toBe(404)
    await response.body?.cancel()
  }
  return ceiling
}

const CONTRIBUTIONS = 'too many contributions: wait a moment'
const WAIT = 'too many requests: wait a moment'

describe('the pace of what anyone may do without an account', () => {
  it('lets one address contribute its allowance to a meeting, then refuses it, not another', async () => {
    const suggestion = { text: 'Une visite du port de Shimizu', authorName: 'Claire' }
    const path = `/api/public/meetings/${code(0)}/suggestions`
    const sent = await answeredBeforeRefusal(
      () => send(path, '198.51.100.10', suggestion),
      PER_ADDRESS.burst + 5,
      CONTRIBUTIONS,
    )
    expect(sent).toBe(PER_ADDRESS.burst)
    expect((await send(path, '198.51.100.11', suggestion)).status).toBe(404)
  })

  it('lets one link take its allowance of contributions from every address together', async () => {
    const path = `/api/public/meetings/${code(1)}/proposals`
    // A new address every 50 contributions: no address reaches its own limit.
    const sent = await answeredBeforeRefusal(
      (n) => send(path, `198.51.101.${Math.floor(n / 50)}`, {}),
      PER_LINK.burst + 5,
      CONTRIBUTIONS,
    )
    expect(sent).toBe(PER_LINK.burst)
    expect(
      (await send(`/api/public/meetings/${code(2)}/proposals`, '198.51.101.99', {})).status,
    ).toBe(404)
  })

  it.each([
    [
      'a meeting’s page',
      '198.51.102.1',
      (n: number) => `/api/public/meetings/${code(3 + (n % 2))}`,
    ],
    [
      'a participation form',
      '198.51.102.2',
      (n: number) => `/api/public/forms/${code(5 + (n % 2))}`,
    ],
  ])(
    'lets one address read %s its allowance of times, then refuses it, not another',
    async (_name, address, path) => {
      const sent = await answeredBeforeRefusal(
        (n) => send(path(n), address),
        PUBLIC_READS.burst + 5,
        WAIT,
      )
      expect(sent).toBe(PUBLIC_READS.burst)
      expect((await send(path(0), '198.51.102.250')).status).toBe(404)
    },
  )
})
