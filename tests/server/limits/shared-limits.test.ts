import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FORMS_PER_ADDRESS } from '../../../server/registrations/registration-routes'
import { ErrorCode } from '../../../shared/errors'
import { killRedisServers, type RedisServer, startRedisServer } from '../../helpers/redis-server'
import { startServer, type TestServer } from '../../helpers/start-server'

// Two Kaigi processes behind one load balancer, as far as a client sees:
// one database, one Redis, each trusting the proxy's X-Forwarded-For, so
// that each test's client is the address it claims and starts with a full
// allowance. The limit is the public form's (20 forms per address): it is
// counted before the link is looked up, so a link that leads nowhere (404)
// spends the allowance as a real form would. The limit's window is 40 s
// (FORMS_PER_ADDRESS' refill time): far longer than the few dozen requests
// of a test take.
let redis: RedisServer
let first: TestServer
let second: TestServer

const FORM = '/api/public/forms/NOFORM/registrations'

/** Status of one form sent from `address` to `server`. */
async function sendForm(server: TestServer, address: string): Promise<number> {
  const response = await fetch(`${server.url}${FORM}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': address },
    body: '{}',
  })
  if (response.status === 429) {
    const body = (await response.json()) as { error: { code: string } }
    expect(body.error.code).toBe(ErrorCode.TooManyRequests)
  } else {
    await response.body?.cancel()
  }
  return response.status
}

/**
 * How many forms `address` gets answered before its first 429, sending to
 * `servers` in turn; every answer before it must be a real one (the 404 of
 * a link that leads nowhere), not an error. Stops at `ceiling` answers.
 */
async function answeredBeforeRefusal(
  servers: readonly TestServer[],
  address: string,
  ceiling: number,
): Promise<number> {
  for (let sent = 0; sent < ceiling; sent++) {
    const server = servers[sent % servers.length] as TestServer
    const status = await sendForm(server, address)
    if (status === 429) return sent
    expect(status).toBe(404)
  }
  return ceiling
}

/**
 * Resolves once both processes count in Redis (again): each reconnects by
 * itself, and a form counted in Redis, from an address of its own, says
 * that this process counts there.
 */
async function untilBothCountInRedis(): Promise<void> {
  const probe = new Redis(redis.url, { lazyConnect: true })
  try {
    await probe.connect()
    for (const [index, server] of [first, second].entries()) {
      let counted = false
      for (let attempt = 0; !counted; attempt++) {
        const address = `203.0.113.${index * 100 + (attempt % 100) + 1}`
        await sendForm(server, address)
        counted = (await probe.exists(`kaigi:limit:registrations-by-address:${address}`)) === 1
        if (!counted) await new Promise((resolve) => setTimeout(resolve, 50))
      }
    }
  } finally {
    probe.disconnect()
  }
}

beforeAll(async () => {
  redis = await startRedisServer()
  first = await startServer({ redisUrl: redis.url, trustedProxies: 1 })
  second = await startServer({
    redisUrl: redis.url,
    trustedProxies: 1,
    databaseUrl: first.databaseUrl,
  })
})

afterAll(async () => {
  await second?.close()
  await first?.close()
  first?.cleanup()
  second?.cleanup()
  killRedisServers()
})

describe('rate limits shared through Redis', () => {
  it('refuses a client alternating between two processes after one allowance, not two', async () => {
    const ceiling = 3 * FORMS_PER_ADDRESS.burst
    const againstOne = await answeredBeforeRefusal([first], '198.51.100.1', ceiling)
    const alternating = await answeredBeforeRefusal([first, second], '198.51.100.2', ceiling)
    expect(againstOne).toBe(FORMS_PER_ADDRESS.burst)
    expect(alternating).toBe(FORMS_PER_ADDRESS.burst)
    // The other process refuses it too, now that it is over its allowance.
    expect(await sendForm(second, '198.51.100.2')).toBe(429)
    expect(await sendForm(first, '198.51.100.2')).toBe(429)
  })

  it('still answers while Redis hangs without closing its connections', async () => {
    // Connected, first: a process that knows Redis is away would not even ask it.
    await untilBothCountInRedis()
    redis.pause()
    try {
      // All at once, each waiting for Redis as long as a process does: one
      // after the other, they would take forty times that.
      const address = '198.51.100.5'
      const statuses = await Promise.all(
        [first, second].flatMap((server) =>
          Array.from({ length: FORMS_PER_ADDRESS.burst }, () => sendForm(server, address)),
        ),
      )
      expect(statuses.filter((status) => status === 404)).toHaveLength(2 * FORMS_PER_ADDRESS.burst)
      expect(await sendForm(first, address)).toBe(429)
      expect(await sendForm(second, address)).toBe(429)
    } finally {
      redis.resume()
    }
  })

  it('still answers with Redis stopped, each process then counting alone', async () => {
    await redis.stop('SIGKILL')
    try {
      const ceiling = 3 * FORMS_PER_ADDRESS.burst
      // Without Redis, nobody is refused for it, and a flood is still held
      // back: each process grants its own allowance, no more.
      const alternating = await answeredBeforeRefusal([first, second], '198.51.100.3', ceiling)
      expect(alternating).toBe(2 * FORMS_PER_ADDRESS.burst)
      expect(await sendForm(first, '198.51.100.3')).toBe(429)
      expect(await sendForm(second, '198.51.100.3')).toBe(429)
    } finally {
      await redis.start()
    }
  })

  it('shares the limits again once Redis is back on its address', async () => {
    await redis.stop('SIGKILL')
    await redis.start()
    await untilBothCountInRedis()
    const ceiling = 3 * FORMS_PER_ADDRESS.burst
    const alternating = await answeredBeforeRefusal([first, second], '198.51.100.4', ceiling)
    expect(alternating).toBe(FORMS_PER_ADDRESS.burst)
  })
})
