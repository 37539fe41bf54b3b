import { Redis } from 'ioredis'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createLimiter, type Limiter } from '../../../server/limits/limiter'
import { killRedisServers, type RedisServer, startRedisServer } from '../../helpers/redis-server'

const RATE = { burst: 3, perSecond: 0.1 }

async function takenBeforeRefusal(limiter: Limiter, key: string): Promise<number> {
  for (let taken = 0; taken < 10 * RATE.burst; taken++) {
    if (!(await limiter.take(key))) return taken
  }
  return 10 * RATE.burst
}

let redis: RedisServer
const clients: Redis[] = []
/** A connection ready for commands: before it is, the limits count in the process. */
const connect = async () => {
  const client = new Redis(redis.url, { lazyConnect: true })
  clients.push(client)
  await client.connect()
  return client
}

beforeAll(async () => {
  redis = await startRedisServer()
})

afterAll(() => {
  for (const client of clients) client.disconnect()
  killRedisServers()
})

describe.each([
  ['in the process', async () => null],
  ['through Redis', () => connect()],
])('a limit counted %s', (_, redisOf) => {
  it('grants its burst to each key, then refuses it', async () => {
    const limiter = createLimiter(`burst-${_}`, RATE, await redisOf())
    expect(await takenBeforeRefusal(limiter, 'a')).toBe(RATE.burst)
    expect(await limiter.take('a')).toBe(false)
    expect(await takenBeforeRefusal(limiter, 'b')).toBe(RATE.burst)
  })

  it('says whether a key may act without counting it', async () => {
    const limiter = createLimiter(`allows-${_}`, RATE, await redisOf())
    for (let asked = 0; asked < 2 * RATE.burst; asked++)
      expect(await limiter.allows('a')).toBe(true)
    expect(await takenBeforeRefusal(limiter, 'a')).toBe(RATE.burst)
    expect(await limiter.allows('a')).toBe(false)
  })
})

describe('limits through Redis', () => {
  it('are one count for every limiter of the same name, and another for another name', async () => {
    const here = createLimiter('shared', RATE, await connect())
    const there = createLimiter('shared', RATE, await connect())
    const other = createLimiter('other', RATE, await connect())
    expect(await here.take('a')).toBe(true)
    expect(await there.take('a')).toBe(true)
    expect(await here.take('a')).toBe(true)
    expect(await there.take('a')).toBe(false)
    expect(await here.allows('a')).toBe(false)
    expect(await takenBeforeRefusal(other, 'a')).toBe(RATE.burst)
  })
})
