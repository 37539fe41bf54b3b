import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { connectClient, synced, type TestClient, until } from '../../helpers/clients'
import { freePort, killSpawnedServers, spawnServer } from '../../helpers/server-process'
import { startServer } from '../../helpers/start-server'

const folder = mkdtempSync(join(tmpdir(), 'kaigi-durability-'))
afterAll(() => {
  killSpawnedServers()
  rmSync(folder, { recursive: true, force: true })
})

const text = (c: TestClient) => c.doc.getText('t').toString()

/** True when `doc` holds every struct that `other` holds. */
const holdsAllOf = (doc: Y.Doc, other: Y.Doc): boolean => {
  const have = Y.decodeStateVector(Y.encodeStateVector(doc))
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(other))) {
    if ((have.get(client) ?? 0) < clock) return false
  }
  return true
}

describe('durability', () => {
  it('keeps every edit across a graceful restart', async () => {
    const first = await startServer({ databaseUrl: `file:${join(folder, 'restart.db')}` })
    const a = connectClient(first.syncUrl, 'programme')
    const witness = connectClient(first.syncUrl, 'programme')
    await Promise.all([synced(a), synced(witness)])
    for (let i = 0; i < 50; i++) a.doc.getText('t').insert(0, `${i},`)
    a.doc.getMap('sessions').set('ouverture', { fr: 'Ouverture', ja: '開会式' })
    const expected = text(a)
    await until(() => text(witness) === expected && witness.doc.getMap('sessions').size === 1)
    await first.close()
    a.destroy()
    witness.destroy()

    const second = await startServer({ databaseUrl: first.databaseUrl })
    const b = connectClient(second.syncUrl, 'programme')
    await until(() => text(b) === expected, 10_000, 'restored text')
    expect(b.doc.getMap('sessions').get('ouverture')).toEqual({ fr: 'Ouverture', ja: '開会式' })
    b.destroy()
    await second.close()
  })

  it('loses nothing any client had received when the server is killed mid-stream', async () => {
    const port = await freePort()
    const databaseUrl = `file:${join(folder, 'kill.db')}`
    let server = await spawnServer({ port, databaseUrl })
    const writer = connectClient(server.syncUrl, 'programme')
    await synced(writer)

    for (let round = 0; round < 5; round++) {
      const observer = connectClient(server.syncUrl, 'programme')
      await synced(observer)
      let n = 0
      const stream = setInterval(() => {
        writer.doc.getText('t').insert(writer.doc.getText('t').length, `r${round}e${n++} `)
      }, 1)
      const seenAtStart = observer.doc.getText('t').length
      await until(() => observer.doc.getText('t').length > seenAtStart + 300, 20_000, 'stream')
      server.child.kill('SIGKILL')
      expect(await server.exited).toBe('SIGKILL')
      clearInterval(stream)
      // Whatever reached the observer before its socket closed had been relayed.
      await until(() => !observer.provider.wsconnected, 10_000, 'observer disconnected')
      observer.provider.disconnect()
      const seen = observer.doc

      server = await spawnServer({ port, databaseUrl })
      const fresh = connectClient(server.syncUrl, 'programme')
      await synced(fresh)
      expect(holdsAllOf(fresh.doc, seen)).toBe(true)
      expect(text(fresh).startsWith(seen.getText('t').toString())).toBe(true)
      // The writer reconnects on its own and sends what the server never stored.
      await until(() => text(fresh) === text(writer), 20_000, 'writer and fresh client converge')
      fresh.destroy()
      observer.destroy()
    }
    writer.destroy()
    server.child.kill('SIGTERM')
    expect(await server.exited).toBe(0)
  })
})
