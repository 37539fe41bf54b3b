/**
 * A compaction stores a snapshot of a long log, then deletes the rows it
 * folded, PRUNE_ROWS_AT_ONCE (250) per transaction, each part a task of
 * the writer's: the batches queued meanwhile commit and relay between two
 * parts. The store in front of the real one holds the snapshot and each
 * part until the test lets it run: an edit made while one is held must
 * reach the other client, committed, while the compaction is unfinished.
 */
import { createClient } from '@libsql/client'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { connectClient, synced, type TestClient, until } from '../../helpers/clients'
import { HeldStore } from '../../helpers/held-store'
import { startServer, type TestServer } from '../../helpers/start-server'

const DOC = 'programme'
// More than one part of 250 rows to prune.
const COMPACT_AFTER = 300

let server: TestServer | null = null
const clients: TestClient[] = []

afterEach(async () => {
  for (const client of clients.splice(0)) client.destroy()
  await server?.close()
  server?.cleanup()
  server = null
})

function connect(url: string): TestClient {
  const client = connectClient(url, DOC, new Y.Doc())
  clients.push(client)
  return client
}

const text = (client: TestClient) => client.doc.getText('t').toString()

/**
 * Inserts `letter` at the start, then changes the writer's presence: once
 * the reader sees that presence (relayed at once, never stored), the server
 * has read the edit, sent before it on the same socket, and queued it.
 */
async function editQueued(writer: TestClient, reader: TestClient, letter: string) {
  writer.doc.getText('t').insert(0, letter)
  writer.provider.awareness.setLocalStateField('mark', letter)
  const id = writer.provider.awareness.clientID
  await until(
    () => reader.provider.awareness.getStates().get(id)?.mark === letter,
    10_000,
    `the presence sent after ${letter}`,
  )
}

async function logRows(databaseUrl: string): Promise<number> {
  const db = createClient({ url: databaseUrl })
  try {
    const result = await db.execute({
      sql: 'SELECT count(*) FROM document_updates WHERE doc_name = ?',
      args: [DOC],
    })
    return Number(result.rows[0]?.[0])
  } finally {
    db.close()
  }
}

describe('a compaction under way', () => {
  it('lets edits commit and relay after its snapshot and between the parts of its log’s pruning', async () => {
    const store: { held?: HeldStore } = {}
    server = await startServer({
      compactAfterUpdates: COMPACT_AFTER,
      wrapStore: (inner) => {
        store.held = new HeldStore(inner)
        return store.held
      },
    })
    const held = store.held
    if (!held) throw new Error('the server did not wrap its store')
    const writer = connect(server.syncUrl)
    const reader = connect(server.syncUrl)
    await Promise.all([synced(writer), synced(reader)])
    held.compactions.close()
    held.prunes.close()

    // The 300th edit starts the compaction: its snapshot is held.
    for (let i = 0; i < COMPACT_AFTER; i++) writer.doc.getText('t').insert(i, 'a')
    await held.compactions.whenHeld()
    await until(() => text(reader).length === COMPACT_AFTER, 10_000, 'the folded edits')

    // Queued while the snapshot is written; committed and relayed before the
    // first part of the pruning, which stays held.
    await editQueued(writer, reader, 'b')
    held.compactions.releaseOne()
    await held.prunes.whenHeld()
    await until(() => text(reader).startsWith('b'), 10_000, 'b, during the compaction')
    expect(held.prunes.held).toBe(1)

    // Queued while the first part runs; relayed before the second part ends.
    await editQueued(writer, reader, 'c')
    held.prunes.releaseOne()
    await until(() => text(reader).startsWith('cb'), 10_000, 'c, during the compaction')
    await held.prunes.whenHeld()
    expect(held.prunes.held).toBe(1)

    held.prunes.open()
    // Pruned: the log holds only the two edits made after the snapshot.
    const deadline = Date.now() + 10_000
    while ((await logRows(server.databaseUrl)) !== 2 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
    expect(await logRows(server.databaseUrl)).toBe(2)
    expect(text(reader)).toBe(`cb${'a'.repeat(COMPACT_AFTER)}`)
  })
})
