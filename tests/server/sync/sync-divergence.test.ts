import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { fuzzServer } from '../../helpers/server-divergence-fuzz'
import { startServer, type TestServer } from '../../helpers/start-server'

let server: TestServer
beforeAll(async () => {
  // Compacted often, so that the reload reads a snapshot and the log after it.
  server = await startServer({ compactAfterUpdates: 25, messagesPerSecond: 100_000 })
})
afterAll(async () => {
  await server.close()
  server.cleanup()
})

describe('replicas of one document, whatever members send', () => {
  it('are equal live, reloaded from the database, relayed, joined later and connected all along', async () => {
    const seed = Number(process.env.FUZZ_SEED ?? 1404)
    console.log(`divergence property (server): seed ${seed}; FUZZ_SEED=${seed} replays it`)
    const report = await fuzzServer(server, { seed, mutations: 300 })
    expect(report.failures.slice(0, 3), `seed ${seed}`).toEqual([])
    expect(report).toMatchObject({ divergences: 0, validRefused: 0 })
    expect(report.accepted).toBeGreaterThan(50)
    expect(report.refused).toBeGreaterThan(50)
  }, 60_000)
})
