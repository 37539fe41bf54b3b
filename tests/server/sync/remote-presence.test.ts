/**
 * Presences announced through another process (`Room.applyRemotePresence`)
 * are held to the same bounds as this process's own: no larger than one
 * presence may be, the room's presences under their cap, and a presence a
 * socket here holds left to it unless the same sign-in session moved.
 */
import { afterEach, describe, expect, it } from 'vitest'
import { encodeAwareness, encodeAwarenessEntries } from '../../../server/sync/codec'
import type { Transport } from '../../../server/sync/connection'
import { LibsqlDocStore } from '../../../server/sync/libsql-doc-store'
import type { Room } from '../../../server/sync/room'
import { MAX_PRESENCE_STATE_BYTES, MAX_ROOM_PRESENCE_BYTES } from '../../../shared/doc/presence'
import { memberAccess } from '../../helpers/access'
import { roomBench } from '../../helpers/room-bench'

const bench = roomBench()
afterEach(() => bench.undo())

async function room(): Promise<Room> {
  return (await bench.room(new LibsqlDocStore(await bench.database()))).room
}

/** A presence state of about `bytes` bytes of JSON. */
const state = (bytes: number, note = 'x') =>
  JSON.stringify({
    user: { name: 'Claire', color: '#2f6db5' },
    note: note.repeat(Math.max(1, Math.floor((bytes - 60) / note.length))),
  })
const remoteUpdate = (clientId: number, bytes: number, clock = 1, note = 'x') =>
  encodeAwarenessEntries([{ clientId, clock, state: state(bytes, note) }])

/**
 * A presence state of exactly `bytes` bytes: a number for one byte, else an
 * object padded with `filler` items (plain "x" text unless told).
 */
function exactly(clientId: number, bytes: number, filler?: string) {
  let state = '0'
  if (bytes > 1) {
    const items = filler ? Math.floor((bytes - 40) / (filler.length + 1)) : 0
    const list = Array(items).fill(filler).join(',')
    const base = JSON.stringify({ note: '', list: [] }).length + list.length
    state = `{"note":"${'x'.repeat(bytes - base)}","list":[${list}]}`
  }
  expect(Buffer.byteLength(state)).toBe(bytes)
  return encodeAwarenessEntries([{ clientId, clock: 1, state }])
}

const held = (r: Room) => [...r.awareness.getStates().keys()].sort((a, b) => a - b)

describe('a presence from another process', () => {
  it('is refused when larger than a presence may be, and kept when within bounds', async () => {
    const r = await room()
    r.applyRemotePresence('session-x', remoteUpdate(11, MAX_PRESENCE_STATE_BYTES + 200))
    r.applyRemotePresence('session-x', remoteUpdate(12, 500))
    expect(held(r)).toEqual([12])
  })

  it('is kept at exactly the largest size a presence may be, and refused one byte over', async () => {
    const r = await room()
    r.applyRemotePresence('session-x', exactly(13, MAX_PRESENCE_STATE_BYTES))
    r.applyRemotePresence('session-x', exactly(14, MAX_PRESENCE_STATE_BYTES + 1))
    expect(held(r)).toEqual([13])
  })

  it('is ignored when unreadable, the presences held before untouched', async () => {
    const r = await room()
    r.applyRemotePresence('session-x', remoteUpdate(15, 300))
    const truncated = remoteUpdate(16, 300).subarray(0, 12)
    expect(() => r.applyRemotePresence('session-x', truncated)).not.toThrow()
    expect(held(r)).toEqual([15])
  })

  it('is refused when it would take the room’s presences over their cap', async () => {
    const r = await room()
    const each = 4000
    const fit = Math.floor(MAX_ROOM_PRESENCE_BYTES / each)
    for (let id = 1; id <= fit + 5; id++) r.applyRemotePresence('session-x', remoteUpdate(id, each))
    const count = held(r).length
    expect(count).toBeGreaterThan(fit - 5)
    expect(count).toBeLessThanOrEqual(fit)
    // A presence already held may change within the cap: its old bytes are given back.
    r.applyRemotePresence('session-x', remoteUpdate(1, each, 2, 'y'))
    expect((r.awareness.getStates().get(1) as { note: string }).note.startsWith('y')).toBe(true)
  })

  it('is kept when it fills the room’s presences exactly to their cap, refused one byte over', async () => {
    const r = await room()
    const full = MAX_ROOM_PRESENCE_BYTES / MAX_PRESENCE_STATE_BYTES
    for (let id = 1; id <= full; id++)
      r.applyRemotePresence('session-x', exactly(id, MAX_PRESENCE_STATE_BYTES))
    expect(held(r)).toHaveLength(full)
    r.applyRemotePresence('session-x', exactly(full + 1, 1))
    expect(held(r)).toHaveLength(full)
  })

  it('is removed even when the room counts its presences over their cap', async () => {
    const r = await room()
    // The room counts a state as JSON writes it again: 1e21 comes back as
    // 1e+21, one byte longer, so states let in up to the cap count over it.
    r.applyRemotePresence('session-x', exactly(1, 1))
    const plain = Math.floor(MAX_ROOM_PRESENCE_BYTES / MAX_PRESENCE_STATE_BYTES) - 1
    for (let id = 2; id <= plain + 1; id++)
      r.applyRemotePresence('session-x', exactly(id, MAX_PRESENCE_STATE_BYTES))
    const rest = MAX_ROOM_PRESENCE_BYTES - 1 - plain * MAX_PRESENCE_STATE_BYTES
    r.applyRemotePresence('session-x', exactly(plain + 2, rest, '1e21'))
    expect(held(r)).toHaveLength(plain + 2)
    r.applyRemotePresence(
      'session-x',
      encodeAwarenessEntries([{ clientId: 1, clock: 2, state: 'null' }]),
    )
    expect(held(r)).not.toContain(1)
  })

  it('leaves a presence a socket here holds to it, unless the same session moved', async () => {
    const r = await room()
    const transport: Transport = { send: () => {}, close: () => {} }
    const local = r.join(transport, memberAccess({ sessionHash: 'session-here' }))
    r.receive(local, encodeAwareness(remoteUpdate(21, 300, 1, 'l')))
    expect(local.awarenessIds.has(21)).toBe(true)
    // Another session's claim through another process is ignored.
    r.applyRemotePresence('session-else', remoteUpdate(21, 300, 5, 'r'))
    expect((r.awareness.getStates().get(21) as { note: string }).note.startsWith('l')).toBe(true)
    // The same session, moved to another process, takes it over.
    r.applyRemotePresence('session-here', remoteUpdate(21, 300, 6, 'm'))
    expect((r.awareness.getStates().get(21) as { note: string }).note.startsWith('m')).toBe(true)
    expect(local.awarenessIds.has(21)).toBe(false)
  })

  it('leaves a client id free when it only removes it, never having held it', async () => {
    const r = await room()
    r.applyRemotePresence(
      'session-far',
      encodeAwarenessEntries([{ clientId: 41, clock: 1, state: 'null' }]),
    )
    const here = r.join(
      { send: () => {}, close: () => {} },
      memberAccess({ sessionHash: 'session-here' }),
    )
    r.receive(here, encodeAwareness(remoteUpdate(41, 300, 2, 'h')))
    expect(held(r)).toEqual([41])
    expect(here.awarenessIds.has(41)).toBe(true)
  })

  it('stays the session’s that announced it: a socket here of another session may not change it, one of the same may', async () => {
    const r = await room()
    r.applyRemotePresence('session-far', remoteUpdate(31, 300, 1, 'f'))
    const note = () => (r.awareness.getStates().get(31) as { note: string }).note[0]
    const other = r.join(
      { send: () => {}, close: () => {} },
      memberAccess({ sessionHash: 'session-else' }),
    )
    r.receive(other, encodeAwareness(remoteUpdate(31, 300, 2, 'o')))
    expect(note()).toBe('f')
    const same = r.join(
      { send: () => {}, close: () => {} },
      memberAccess({ sessionHash: 'session-far' }),
    )
    r.receive(same, encodeAwareness(remoteUpdate(31, 300, 3, 's')))
    expect(note()).toBe('s')
    expect(same.awarenessIds.has(31)).toBe(true)
  })
})
