/**
 * Two Kaigi instances in the test's own process, sharing one database file
 * and one real redis-server: the same tests as two processes pass
 * (tests/helpers/pair-suite.ts), with the sync core's code in this process,
 * where the mutation run (`npm run mutation`) can change it and see a test fail.
 */
import { afterAll, afterEach } from 'vitest'
import { DEMO_SEEDS } from '../../../server/editions/demo-seeds'
import { closePairClients, describePair, type StartPair } from '../../helpers/pair-suite'
import { killRedisServers } from '../../helpers/redis-server'
import { startServer, type TestServer } from '../../helpers/start-server'

const servers: TestServer[] = []

// Each test starts a pair of its own (see describePair), closed after it.
afterEach(async () => {
  closePairClients()
  const started = servers.splice(0)
  for (const server of [...started].reverse()) await server.close()
  for (const server of started) server.cleanup()
})

afterAll(() => killRedisServers())

const node = (server: TestServer) => ({
  port: Number(new URL(server.url).port),
  syncUrl: server.syncUrl,
})

const startInstances: StartPair = async (_name, redis, options) => {
  const settings = {
    redisUrl: redis.url,
    seeds: DEMO_SEEDS,
    unloadDelayMs: 60_000,
    compactAfterUpdates: options.compactAfterUpdates ?? 1000,
    trustedProxies: options.trustProxy ?? 0,
  }
  const first = await startServer(settings)
  const second = await startServer({ ...settings, databaseUrl: first.databaseUrl })
  servers.push(first, second)
  return { first: node(first), second: node(second), databaseUrl: first.databaseUrl }
}

describePair('instances in one process', startInstances, { freshPairEachTest: true })
