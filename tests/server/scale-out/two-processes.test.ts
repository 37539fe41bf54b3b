/**
 * Two Kaigi processes (`server/main.ts`, as `npm start` runs it) sharing
 * one database file and one real redis-server, as behind a load balancer:
 * a client may be on either, and every client ends with every edit. The
 * tests every pair passes are in tests/helpers/pair-suite.ts; the kill of
 * one process needs processes.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { createDb } from '../../../db'
import type { TestClient } from '../../helpers/clients'
import { until } from '../../helpers/clients'
import {
  closePairClients,
  describePair,
  onEach,
  type PairNode,
  type StartPair,
  stored,
  tokens,
} from '../../helpers/pair-suite'
import { killRedisServers, startRedisServer } from '../../helpers/redis-server'
import {
  freePort,
  killSpawnedServers,
  type ServerProcess,
  spawnServer,
} from '../../helpers/server-process'

const folder = mkdtempSync(join(tmpdir(), 'kaigi-two-processes-'))

afterAll(() => {
  closePairClients()
  killSpawnedServers()
  killRedisServers()
  rmSync(folder, { recursive: true, force: true })
})

/** Moves a stock provider to `server`: it reconnects there, as behind a load balancer. */
function moveTo(client: TestClient, from: PairNode, to: PairNode): void {
  client.provider.serverUrl = client.provider.serverUrl.replace(`:${from.port}/`, `:${to.port}/`)
}

/** Two processes on one database and one Redis, the second started once the first has migrated. */
async function startProcesses(
  name: string,
  redis: Parameters<StartPair>[1],
  options: Parameters<StartPair>[2],
): Promise<{ first: ServerProcess; second: ServerProcess; databaseUrl: string }> {
  const databaseUrl = `file:${join(folder, `${name}.db`)}`
  const env = {
    databaseUrl,
    REDIS_URL: redis.url,
    ROOM_UNLOAD_DELAY_MS: 60_000,
    ...(options.compactAfterUpdates ? { COMPACT_AFTER_UPDATES: options.compactAfterUpdates } : {}),
    ...(options.trustProxy ? { TRUST_PROXY: options.trustProxy } : {}),
  }
  const first = await spawnServer({ port: await freePort(), ...env })
  const second = await spawnServer({ port: await freePort(), ...env })
  return { first, second, databaseUrl }
}

describePair('processes', startProcesses)

describe('a process killed during a stream of edits', () => {
  it('loses nothing any client had received; its clients reconnect to the other', async () => {
    const redis = await startRedisServer()
    const { first, second, databaseUrl } = await startProcesses('kill', redis, {})
    const [a, b] = await onEach(first, second, 'notes-kill')
    let stop = false
    const streams = [a, b].map(async (writer, index) => {
      for (let n = 0; !stop; n++) {
        writer.doc.getArray<string>('tokens').push([`${index === 0 ? 'a' : 'b'}-${n}`])
        await new Promise((resolve) => setTimeout(resolve, 1))
      }
    })
    await until(() => tokens(b.doc).filter((t) => t.startsWith('a-')).length > 150, 20_000)
    first.child.kill('SIGKILL')
    expect(await first.exited).toBe('SIGKILL')
    // What each client held when the process died: nothing of it may be lost.
    const heldByA = tokens(a.doc)
    const heldByB = tokens(b.doc)
    moveTo(a, first, second)
    await until(() => a.provider.wsconnected && a.provider.synced, 15_000, 'a on the second')
    await new Promise((resolve) => setTimeout(resolve, 20))
    stop = true
    await Promise.all(streams)
    await until(() => tokens(a.doc).join() === tokens(b.doc).join(), 15_000, 'a and b converge')
    for (const token of [...heldByA, ...heldByB]) expect(tokens(b.doc)).toContain(token)
    const database = await createDb(databaseUrl)
    try {
      expect(tokens(await stored(database, 'notes-kill'))).toEqual(tokens(b.doc))
    } finally {
      database.close()
    }
  })
})
