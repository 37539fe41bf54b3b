/**
 * A room's connections: what a client gets on joining (the presences the
 * room holds, if any), what leaving does (its presences removed and the
 * others told; the person's presence budget given up with their last
 * socket), and a frame from a socket that has left, ignored.
 */
import { afterEach, describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import {
  type AwarenessEntry,
  decodeClientMessage,
  encodeAwareness,
  encodeAwarenessEntries,
  encodeSyncUpdate,
} from '../../../server/sync/codec'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import { PRESENCE_BURST_BYTES } from '../../../server/sync/presence-limits'
import type { Connection, Room } from '../../../server/sync/room'
import { MessageType } from '../../../shared/protocol'
import { memberAccess } from '../../helpers/access'
import { roomBench } from '../../helpers/room-bench'
import { captureUpdate } from '../../helpers/updates'

const bench = roomBench()
afterEach(() => bench.undo())

async function room(): Promise<Room> {
  return (await bench.room(new LibsqlDocStore(await bench.database()))).room
}

/** A socket of `person` joined to `r`, and the frames it is sent. */
function joined(r: Room, person = 'aiko') {
  const sent: Uint8Array[] = []
  const connection = r.join(
    { send: (m) => sent.push(m), close: () => {} },
    memberAccess({ personId: `person-${person}`, sessionHash: `session-${person}` }),
  )
  const presences = (): AwarenessEntry[] =>
    sent
      .filter((frame) => frame[0] === MessageType.Awareness)
      .flatMap((frame) => {
        const message = decodeClientMessage(frame)
        return message.type === 'awareness' ? message.entries : []
      })
  return { connection, sent, presences }
}

const announce = (r: Room, c: Connection, clientId: number, clock: number, state = '{}') =>
  r.receive(c, encodeAwareness(encodeAwarenessEntries([{ clientId, clock, state }])))

describe('a room’s connections', () => {
  it('send a joining client the presences the room holds, and none when it holds none', async () => {
    const r = await room()
    const first = joined(r, 'aiko')
    expect(first.presences()).toEqual([])
    announce(r, first.connection, 7, 1)
    const second = joined(r, 'kenji')
    expect(second.presences().map((entry) => entry.clientId)).toEqual([7])
  })

  it('remove a leaving client’s presences and tell the others', async () => {
    const r = await room()
    const leaving = joined(r, 'aiko')
    const staying = joined(r, 'kenji')
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

  it('give up a person’s presence budget with their last socket: the next one starts afresh', async () => {
    const r = await room()
    const spender = joined(r, 'aiko')
    const frame = encodeAwareness(
      encodeAwarenessEntries([
        { clientId: 7, clock: 1, state: JSON.stringify({ n: 'x'.repeat(3000) }) },
      ]),
    )
    // Spend the whole burst: the frames past it are dropped unread.
    for (let i = 0; i * frame.length <= PRESENCE_BURST_BYTES + frame.length; i++) {
      r.receive(spender.connection, frame)
    }
    r.leave(spender.connection)
    const again = joined(r, 'aiko')
    announce(r, again.connection, 8, 1)
    expect(r.awareness.getStates().has(8)).toBe(true)
  })

  it('ignore a frame from a socket that has left', async () => {
    const r = await room()
    const gone = joined(r, 'aiko')
    r.leave(gone.connection)
    const update = captureUpdate(new Y.Doc(), (d) => d.getText('t').insert(0, 'trop tard'))
    r.receive(gone.connection, encodeSyncUpdate(update))
    announce(r, gone.connection, 9, 1)
    expect(r.doc.getText('t').toString()).toBe('')
    expect(r.awareness.getStates().has(9)).toBe(false)
  })
})
