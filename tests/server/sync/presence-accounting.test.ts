/**
 * How a room counts its presences (`onAwarenessUpdate`): a presence's
 * bytes are counted once however often it changes, and given back when it
 * leaves, so that the room's cap is never eaten by churn; the departed are
 * remembered up to their bound, and one that comes back is no longer
 * departed. Many people, so that no one's presence budget is in the way.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { encodeAwareness, encodeAwarenessEntries } from '../../../server/sync/codec'
import type { Connection } from '../../../server/sync/connection'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import { MAX_DEPARTED_PRESENCES } from '../../../server/sync/presence-limits'
import type { Room } from '../../../server/sync/room'
import { MAX_PRESENCES_PER_CONNECTION } from '../../../server/sync/room-presence'
import { MAX_ROOM_PRESENCE_BYTES } from '../../../shared/doc/presence'
import { memberAccess } from '../../helpers/access'
import { roomBench } from '../../helpers/room-bench'

const bench = roomBench()
afterEach(() => bench.undo())

async function room(): Promise<Room> {
  return (await bench.room(new LibsqlDocStore(await bench.database()))).room
}

let people = 0
const join = (r: Room): Connection => {
  people++
  return r.join(
    { send: () => {}, close: () => {} },
    memberAccess({ personId: `person-${people}`, sessionHash: `session-${people}` }),
  )
}
const announce = (r: Room, c: Connection, clientId: number, clock: number, state: string) =>
  r.receive(c, encodeAwareness(encodeAwarenessEntries([{ clientId, clock, state }])))
const large = (clock: number) => JSON.stringify({ note: String(clock).padEnd(3800, 'x') })

describe('the presences a room counts', () => {
  it('counts a presence once however often it changes: the room still has room for others', async () => {
    const r = await room()
    const owner = join(r)
    for (let clock = 1; clock <= 60; clock++) announce(r, owner, 1, clock, large(clock))
    const other = join(r)
    announce(r, other, 2, 1, large(1))
    expect(r.awareness.getStates().has(2)).toBe(true)
  })

  it('gives a presence’s bytes back when it leaves: churn never fills the room', async () => {
    const r = await room()
    const rounds = Math.ceil(MAX_ROOM_PRESENCE_BYTES / 3800) + 10
    for (let id = 1; id <= rounds; id++) {
      const c = join(r)
      announce(r, c, id, 1, large(1))
      announce(r, c, id, 2, 'null')
    }
    const last = join(r)
    announce(r, last, 9999, 1, large(1))
    expect([...r.awareness.getStates().keys()].filter((id) => id !== r.doc.clientID)).toEqual([
      9999,
    ])
  })

  it('remembers exactly its bound of departed presences, the oldest forgotten first', async () => {
    const r = await room()
    const depart = (id: number) => {
      const c = join(r)
      announce(r, c, id, 1, '{}')
      announce(r, c, id, 2, 'null')
    }
    for (let id = 1; id <= MAX_DEPARTED_PRESENCES; id++) depart(id)
    expect(r.awareness.meta.has(1)).toBe(true)
    depart(MAX_DEPARTED_PRESENCES + 1)
    expect(r.awareness.meta.has(1)).toBe(false)
    expect(r.awareness.meta.has(2)).toBe(true)
  })

  it('no longer counts a presence that came back as departed: its clock is never forgotten', async () => {
    const r = await room()
    const returning = join(r)
    announce(r, returning, 1, 1, '{}')
    announce(r, returning, 1, 2, 'null')
    announce(r, returning, 1, 3, '{"back":true}')
    for (let id = 2; id <= MAX_DEPARTED_PRESENCES + 10; id++) {
      const c = join(r)
      announce(r, c, id, 1, '{}')
      announce(r, c, id, 2, 'null')
    }
    expect(r.awareness.getStates().has(1)).toBe(true)
    expect(r.awareness.meta.get(1)?.clock).toBe(3)
  })
})

describe('the presences one socket may announce', () => {
  const entry = (clientId: number, clock: number, state = '{}') => ({ clientId, clock, state })
  const send = (r: Room, c: Connection, entries: ReturnType<typeof entry>[]) =>
    r.receive(c, encodeAwareness(encodeAwarenessEntries(entries)))

  it('counts only the new ones toward its cap: changes of its own and echoes of others do not', async () => {
    const r = await room()
    const other = join(r)
    announce(r, other, 50, 3, '{"other":true}')
    const socket = join(r)
    const first = Array.from({ length: MAX_PRESENCES_PER_CONNECTION - 1 }, (_, i) =>
      entry(i + 1, 1),
    )
    send(r, socket, first)
    // In one message: a change of its own, an echo and a claim of the other's, then one new.
    const last = MAX_PRESENCES_PER_CONNECTION
    send(r, socket, [entry(1, 2), entry(50, 3, '{"other":true}'), entry(50, 9), entry(last, 1)])
    expect(socket.awarenessIds.has(last)).toBe(true)
    expect(r.awareness.getStates().get(50)).toMatchObject({ other: true })
    // Its cap reached, one more is refused.
    send(r, socket, [entry(last + 1, 1)])
    expect(r.awareness.getStates().has(last + 1)).toBe(false)
    expect(socket.awarenessIds.size).toBe(MAX_PRESENCES_PER_CONNECTION)
  })
})
