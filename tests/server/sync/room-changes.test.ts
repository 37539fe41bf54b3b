/**
 * The server's own reads and changes of a room (`Room.readCommitted`,
 * `Room.applyChange`), at their edges: a read that throws, a change that
 * changes nothing but brings rows to write with it, a change to a closed room.
 */
import type { InArgs } from '@libsql/client'
import { afterEach, describe, expect, it } from 'vitest'
import { documentClients } from '../../../db/schema'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import { roomBench } from '../../helpers/room-bench'

const bench = roomBench()
afterEach(() => bench.undo())

async function room() {
  const database = await bench.database()
  return { ...(await bench.room(new LibsqlDocStore(database))), database }
}

describe('the server’s reads and changes of a room', () => {
  it('rejects a read whose function throws, with its error, and the room carries on', async () => {
    const { room: r } = await room()
    await r.applyChange((doc) => doc.getText('t').insert(0, 'texte'))
    await expect(
      r.readCommitted(() => {
        throw new Error('unreadable')
      }),
    ).rejects.toThrow('unreadable')
    expect(await r.readCommitted((doc) => doc.getText('t').toString())).toEqual({ value: 'texte' })
  })

  it('refuses rows brought by a change that changed nothing, and writes none of them', async () => {
    const { room: r, database, writer } = await room()
    const row = database.db
      .insert(documentClients)
      .values({ docName: 'notes', clientId: 42, personId: null })
      .toSQL()
    await expect(
      r.applyChange(() => {}, undefined, [{ sql: row.sql, args: row.params as InArgs }]),
    ).rejects.toThrow('the change changed nothing: its rows are not written')
    await writer.drain()
    const rows = await database.client.execute('SELECT count(*) FROM document_clients')
    expect(Number(rows.rows[0]?.[0])).toBe(0)
    // Without rows, a change that changes nothing simply resolves.
    await expect(r.applyChange(() => 'nothing to do')).resolves.toBe('nothing to do')
  })

  it('refuses a change to a closed room', async () => {
    const { room: r } = await room()
    r.close(1000, 'unloaded')
    await expect(r.applyChange((doc) => doc.getText('t').insert(0, 'x'))).rejects.toThrow(
      'room closed',
    )
  })
})
