/**
 * The server's own reads and changes of a room (`Room.readCommitted`,
 * `Room.applyChange`), at their edges: a read that throws, a change that
 * changes nothing but brings rows to write with it, a change to a closed room.
 */
import type { InArgs } from '@libsql/client'
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { documentClients } from '../../../db/schema'
import { encodeSyncUpdate } from '../../../server/sync/codec'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import { type ActivityRecord, type Actor, ActorKind, KAIGI_ACTOR } from '../../../shared/activity'
import { memberAccess } from '../../helpers/access'
import { roomBench } from '../../helpers/room-bench'
import { captureUpdate } from '../../helpers/updates'

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

  it('writes the activity a change makes, under the actor it names, with the change', async () => {
    const taken: Array<{ actor: Actor; at: Date }> = []
    const tracker = {
      take: (actor: Actor, at: Date): ActivityRecord[] => {
        taken.push({ actor, at })
        return [
          {
            id: `entry-${taken.length}`,
            editionId: 'shizuoka-2024',
            personId: actor.personId,
            actorKind: actor.kind,
            actorName: actor.name,
            committee: actor.committee,
            section: 'suggestions',
            entityId: `s-${taken.length}`,
            action: 'created',
            fields: [],
            label: { fr: 'Idée', ja: '提案', en: '' },
            firstAt: at,
            lastAt: at,
            changes: 1,
          },
        ]
      },
      skip: () => {},
      close: () => {},
    }
    const database = await bench.database()
    const { room: r } = await bench.room(new LibsqlDocStore(database), {
      trackChanges: () => tracker,
    })
    const participant: Actor = {
      kind: ActorKind.Participant,
      personId: null,
      name: 'Ville de Tours',
      committee: null,
    }
    await r.applyChange((doc) => doc.getText('t').insert(0, 'une idée'), participant)
    await r.applyChange((doc) => doc.getText('t').insert(0, 'et une autre '))
    const rows = await database.client.execute(
      'SELECT id, actor_kind, actor_name FROM activity ORDER BY id',
    )
    expect(rows.rows.map((row) => [row.id, row.actor_kind, row.actor_name])).toEqual([
      ['entry-1', ActorKind.Participant, 'Ville de Tours'],
      ['entry-2', KAIGI_ACTOR.kind, KAIGI_ACTOR.name],
    ])
  })

  it('refuses a change to a closed room', async () => {
    const { room: r } = await room()
    r.close(1000, 'unloaded')
    await expect(r.applyChange((doc) => doc.getText('t').insert(0, 'x'))).rejects.toThrow(
      'room closed',
    )
  })

  it('rejects a change that throws: before writing, the room carries on; halfway, it resets and nothing stays', async () => {
    const { room: r, database } = await room()
    const closes: string[] = []
    r.join({ send: () => {}, close: (_code, reason) => closes.push(reason) }, memberAccess())
    const listeners = () =>
      (r.doc as unknown as { _observers: Map<string, Set<unknown>> })._observers.get('update')?.size
    const before = listeners()
    await expect(
      r.applyChange(() => {
        throw new Error('refused before writing')
      }),
    ).rejects.toThrow('refused before writing')
    expect(r.isClosed).toBe(false)
    expect(closes).toEqual([])
    expect(listeners()).toBe(before)
    await expect(
      r.applyChange((doc) => {
        doc.getText('t').insert(0, 'à moitié')
        throw new Error('refused halfway')
      }),
    ).rejects.toThrow('refused halfway')
    expect(r.isClosed).toBe(true)
    expect(closes).toEqual([expect.stringContaining('room reset: server change failed halfway')])
    const again = await bench.room(new LibsqlDocStore(database))
    expect(again.room.doc.getText('t').toString()).toBe('')
  })

  it('keeps the server’s client id its own after a reload: a client writing under it is refused', async () => {
    const { room: r, database } = await room()
    await r.applyChange((doc) => doc.getText('t').insert(0, 'Programme'))
    const serverClient = r.doc.clientID
    r.close(1000, 'unloaded')
    const again = await bench.room(new LibsqlDocStore(database))
    const closes: string[] = []
    const connection = again.room.join(
      { send: () => {}, close: (_code, reason) => closes.push(reason) },
      memberAccess(),
    )
    const forged = new Y.Doc()
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(again.room.doc))
    // Set after: Yjs would pick another id on seeing its own in an update.
    forged.clientID = serverClient
    const update = captureUpdate(forged, (d) => d.getText('t').insert(0, 'forgé '))
    again.room.receive(connection, encodeSyncUpdate(update))
    expect(closes).toEqual([`writes under client ${serverClient}, which is another member's`])
    expect(again.room.doc.getText('t').toString()).toBe('Programme')
  })

  it('cuts a long reset reason to what a close frame carries, at a character', async () => {
    const { room: r } = await room()
    const closes: string[] = []
    r.join({ send: () => {}, close: (_code, reason) => closes.push(reason) }, memberAccess())
    // The prefix "room reset: server change failed halfway: " is 42 bytes;
    // 81 more ASCII make exactly 123, then "é" (2 bytes) would pass them.
    const message = `${'x'.repeat(81)}éééé`
    await expect(
      r.applyChange((doc) => {
        doc.getText('t').insert(0, 'à moitié')
        throw new Error(message)
      }),
    ).rejects.toThrow(message)
    const [reason = ''] = closes
    expect(Buffer.byteLength(reason)).toBe(123)
    expect(reason).toBe(`room reset: server change failed halfway: ${'x'.repeat(81)}`)
  })
})
