/**
 * A room's connections: what a client gets on joining (the presences the
 * room holds, if any), what leaving does (its presences removed and the
 * others told; a person's presence budget shared by their sockets and
 * given up with their last), and a frame from a socket that has left, ignored.
 */
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  encodeAwareness,
  encodeAwarenessEntries,
  encodeSyncUpdate,
} from '../../../server/sync/codec'
import type { Connection } from '../../../server/sync/connection'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import type { Room } from '../../../server/sync/room'
import { CloseCode, MessageType } from '../../../shared/protocol'
import { memberAccess } from '../../helpers/access'
import { roomBench } from '../../helpers/room-bench'
import { joinedSocket } from '../../helpers/room-socket'
import { captureUpdate } from '../../helpers/updates'

const bench = roomBench()
afterEach(() => bench.undo())

async function room(): Promise<Room> {
  return (await bench.room(new LibsqlDocStore(await bench.database()))).room
}

const announce = (r: Room, c: Connection, clientId: number, clock: number, state = '{}') =>
  r.receive(c, encodeAwareness(encodeAwarenessEntries([{ clientId, clock, state }])))

describe('a room’s connections', () => {
  it('send a joining client the presences the room holds, and none when it holds none', async () => {
    const r = await room()
    const first = joinedSocket(r, 'aiko')
    // Not even an empty awareness frame.
    expect(first.sent.filter((frame) => frame[0] === MessageType.Awareness)).toEqual([])
    announce(r, first.connection, 7, 1)
    const second = joinedSocket(r, 'kenji')
    expect(second.presences().map((entry) => entry.clientId)).toEqual([7])
  })

  it('remove a leaving client’s presences and tell the others', async () => {
    const r = await room()
    const leaving = joinedSocket(r, 'aiko')
    const staying = joinedSocket(r, 'kenji')
    announce(r, leaving.connection, 7, 1)
    r.leave(leaving.connection)
    expect(r.awareness.getStates().has(7)).toBe(false)
    expect(
      staying
        .presences()
        .filter((entry) => entry.clientId === 7)
        .at(-1)?.state,
    ).toBe('null')
  })

  it('share one presence budget among a person’s sockets, and give it up with their last', async () => {
    const r = await room()
    const budgetOf = (socket: { connection: Connection }) => socket.connection.presenceBudget
    const first = joinedSocket(r, 'aiko')
    const second = joinedSocket(r, 'aiko')
    expect(budgetOf(second)).toBe(budgetOf(first))
    expect(budgetOf(joinedSocket(r, 'kenji'))).not.toBe(budgetOf(first))
    // Leaving twice counts once: one socket of theirs is still here.
    r.leave(first.connection)
    r.leave(first.connection)
    const third = joinedSocket(r, 'aiko')
    expect(budgetOf(third)).toBe(budgetOf(first))
    r.leave(second.connection)
    r.leave(third.connection)
    // Their last socket gone, the next one starts with a budget of its own.
    expect(budgetOf(joinedSocket(r, 'aiko'))).not.toBe(budgetOf(first))
  })

  it('ignore a frame from a socket that has left', async () => {
    const r = await room()
    const gone = joinedSocket(r, 'aiko')
    r.leave(gone.connection)
    const update = captureUpdate(new Y.Doc(), (d) => d.getText('t').insert(0, 'trop tard'))
    r.receive(gone.connection, encodeSyncUpdate(update))
    announce(r, gone.connection, 9, 1)
    expect(r.doc.getText('t').toString()).toBe('')
    expect(r.awareness.getStates().has(9)).toBe(false)
  })

  it('name the member and their committee as the author of what their socket changed', async () => {
    const authors: unknown[] = []
    const tracker = {
      take: (actor: unknown) => {
        authors.push(actor)
        return []
      },
      skip: () => {},
      close: () => {},
    }
    const { room: r } = await bench.room(new LibsqlDocStore(await bench.database()), {
      trackChanges: () => tracker,
    })
    const send = (committee: 'fr' | undefined, text: string) => {
      const connection = r.join(
        { send: () => {}, close: () => {} },
        memberAccess({ identity: { name: 'Claire', color: '#2f6db5', committee } }),
      )
      const update = captureUpdate(new Y.Doc(), (d) => d.getText('t').insert(0, text))
      r.receive(connection, encodeSyncUpdate(update))
    }
    send('fr', 'avec comité')
    send(undefined, 'sans comité')
    expect(authors).toEqual([
      { kind: 'member', personId: 'person-aiko', name: 'Claire', committee: 'fr' },
      { kind: 'member', personId: 'person-aiko', name: 'Claire', committee: null },
    ])
  })

  it('answer no query for every presence that the asker’s presence budget cannot pay for', async () => {
    const r = await room()
    // Presences of many people, near the room's cap: an answer costs that much.
    for (let id = 1; id <= 60; id++) {
      announce(
        r,
        joinedSocket(r, `p${id}`).connection,
        id,
        1,
        JSON.stringify({ n: 'x'.repeat(4000) }),
      )
    }
    const query = new Uint8Array([MessageType.QueryAwareness])
    const fresh = joinedSocket(r, 'fresh')
    const answered = fresh.sent.length
    r.receive(fresh.connection, query)
    expect(fresh.sent.length).toBe(answered + 1)
    const asker = joinedSocket(r, 'asker')
    // Its own presence frames spend most of its budget first.
    for (let clock = 1; clock <= 200; clock++) announce(r, asker.connection, 999, clock)
    const before = asker.sent.length
    r.receive(asker.connection, query)
    expect(asker.sent.length).toBe(before)
  })

  it('are closed once however often the room is closed, and its activity tracker with them', async () => {
    let trackerCloses = 0
    const tracker = { take: () => null, skip: () => {}, close: () => trackerCloses++ }
    const { room: r } = await bench.room(new LibsqlDocStore(await bench.database()), {
      trackChanges: () => tracker as never,
    })
    const closes: string[] = []
    r.join({ send: () => {}, close: (_code, reason) => closes.push(reason) }, memberAccess())
    r.close(1001, 'server shutting down')
    r.close(1001, 'server shutting down')
    expect(closes).toEqual(['server shutting down'])
    expect(trackerCloses).toBe(1)
  })

  it('are closed with the room’s presences, whose clock of outdated states then stops', async () => {
    const r = await room()
    let destroyed = 0
    r.awareness.on('destroy', () => destroyed++)
    r.close(1000, 'room unloaded')
    // Left running, the presences' 3-second clock would keep every unloaded room in memory.
    expect(destroyed).toBe(1)
  })

  it('reset the room on a fault of the server’s own while handling a message, keeping nothing of it', async () => {
    const database = await bench.database()
    const broken = {
      take: (): never => {
        throw new Error('activity tracker broke')
      },
      skip: () => {},
      close: () => {},
    }
    const { room: r } = await bench.room(new LibsqlDocStore(database), {
      trackChanges: () => broken,
    })
    const closes: Array<[number, string]> = []
    const connection = r.join(
      { send: () => {}, close: (code, reason) => closes.push([code, reason]) },
      memberAccess(),
    )
    const update = captureUpdate(new Y.Doc(), (d) => d.getText('t').insert(0, 'à moitié traité'))
    expect(() => r.receive(connection, encodeSyncUpdate(update))).toThrow('activity tracker broke')
    expect(r.isClosed).toBe(true)
    expect(closes).toEqual([
      [CloseCode.TryAgainLater, 'room reset: message could not be handled: activity tracker broke'],
    ])
    const again = await bench.room(new LibsqlDocStore(database))
    expect(again.room.doc.getText('t').toString()).toBe('')
  })
})
