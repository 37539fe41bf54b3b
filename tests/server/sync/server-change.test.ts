import { afterEach, describe, expect, it } from 'vitest'
import type * as Y from 'yjs'
import { connectClient, synced, type TestClient, until } from '../../helpers/clients'
import { storedState } from '../../helpers/db-state'
import { startServer, type TestServer } from '../../helpers/start-server'

// The server's own edits (a participant's suggestion written in for them)
// travel as a client's do: committed, then relayed.
let server: TestServer
const clients: TestClient[] = []
afterEach(async () => {
  for (const c of clients.splice(0)) c.destroy()
  await server.close()
  server.cleanup()
})
const client = () => {
  const c = connectClient(server.syncUrl, 'programme')
  clients.push(c)
  return c
}
const text = (doc: Y.Doc) => doc.getText('t').toString()

describe("the server's own changes", () => {
  it('reach the connected clients, and the database, then survive a restart', async () => {
    server = await startServer()
    const a = client()
    await synced(a)
    const result = await server.kaigi.registry.change('programme', (doc) => {
      doc.getText('t').insert(0, 'suggestion')
      return 'written'
    })
    expect(result).toBe('written')
    await until(() => text(a.doc) === 'suggestion')

    const { databaseUrl } = server
    a.destroy()
    clients.splice(0)
    await server.close()
    const again = await startServer({ databaseUrl })
    const b = connectClient(again.syncUrl, 'programme')
    await synced(b)
    expect(text(b.doc)).toBe('suggestion')
    b.destroy()
    server = again
  })

  it('load a room nobody has open, and let it unload afterwards', async () => {
    server = await startServer({ unloadDelayMs: 10 })
    await server.kaigi.registry.change('programme', (doc) => doc.getText('t').insert(0, 'seul'))
    await until(() => server.kaigi.registry.loadedCount === 0)
    const a = client()
    await synced(a)
    expect(text(a.doc)).toBe('seul')
  })

  it('leave nothing behind when they fail halfway', async () => {
    server = await startServer()
    const a = client()
    await synced(a)
    const stored = () => storedState(server.kaigi.database)
    const empty = await stored()
    a.doc.getText('t').insert(0, 'avant')
    while ((await stored()) === empty) await new Promise((resolve) => setTimeout(resolve, 10))
    const before = await stored()
    await expect(
      server.kaigi.registry.change('programme', (doc) => {
        doc.getText('t').insert(0, 'half ')
        throw new Error('input refused after writing')
      }),
    ).rejects.toThrow('input refused after writing')
    expect(await stored()).toBe(before)
    // The room was dropped; the client resyncs from the database, without 'half'.
    const b = client()
    await synced(b)
    expect(text(b.doc)).toBe('avant')
    await until(() => a.provider.wsconnected && a.provider.synced)
    expect(text(a.doc)).toBe('avant')
  })

  it('write the rows that belong with them in the same transaction: both, or neither', async () => {
    server = await startServer()
    const { client: db } = server.kaigi.database
    await db.execute('CREATE TABLE notes_seen (text TEXT NOT NULL)')
    await server.kaigi.registry.change(
      'programme',
      (doc) => doc.getText('t').insert(0, 'avec'),
      undefined,
      [{ sql: 'INSERT INTO notes_seen (text) VALUES (?)', args: ['avec'] }],
    )
    const stored = () => storedState(server.kaigi.database)
    const before = await stored()
    // A row that cannot be written takes the change down with it.
    await expect(
      server.kaigi.registry.change(
        'programme',
        (doc) => doc.getText('t').insert(0, 'sans '),
        undefined,
        [{ sql: 'INSERT INTO notes_seen (text) VALUES (?)', args: [null] }],
      ),
    ).rejects.toThrow()
    expect(await stored()).toBe(before)
    const rows = await db.execute('SELECT text FROM notes_seen')
    expect(rows.rows.map((row) => row.text)).toEqual(['avec'])
    const a = client()
    await synced(a)
    expect(text(a.doc)).toBe('avec')
  })
})
