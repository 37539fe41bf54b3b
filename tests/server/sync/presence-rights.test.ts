/**
 * What a room does with a presence a connection sends (`presenceRight`) and
 * the identity the server stamps on it (`stampPresence`), at the level of the
 * functions: who holds the client id, the clock the room knows, a removal,
 * the connection's count, and states of every JSON shape.
 */
import { describe, expect, it } from 'vitest'
import type { AwarenessEntry } from '../../../server/sync/codec'
import {
  type PresenceContext,
  type PresenceOwner,
  PresenceRight,
  presenceRight,
} from '../../../server/sync/presence-rights'
import { stampPresence } from '../../../server/sync/presence-stamp'

const owner = (sessionHash: string): PresenceOwner => ({ access: { sessionHash } })
const entry = (clock: number, state = '{"typing":true}'): AwarenessEntry => ({
  clientId: 7,
  clock,
  state,
})
const context = (overrides: Partial<PresenceContext> = {}): PresenceContext => ({
  owner: undefined,
  knownClock: undefined,
  announced: 0,
  maxPerConnection: 4,
  ...overrides,
})

describe('presenceRight', () => {
  it('gives a connection its own presence whatever its clock, even one the room already holds', () => {
    const me = owner('session-a')
    expect(presenceRight(entry(3), me, context({ owner: me, knownClock: 5 }))).toBe(
      PresenceRight.Own,
    )
  })

  it('reads a state no newer than the room holds as an echo, a newer one of a free id as the sender’s', () => {
    const me = owner('session-a')
    expect(presenceRight(entry(5), me, context({ knownClock: 5 }))).toBe(PresenceRight.Echo)
    expect(presenceRight(entry(6), me, context({ knownClock: 5 }))).toBe(PresenceRight.Own)
    expect(presenceRight(entry(1), me, context())).toBe(PresenceRight.Own)
  })

  it('refuses a newer state of another sign-in’s presence, and takes over one of the same sign-in', () => {
    const other = owner('session-b')
    const tab = owner('session-a')
    expect(presenceRight(entry(9), owner('session-a'), context({ owner: other }))).toBe(
      PresenceRight.Claim,
    )
    expect(presenceRight(entry(9), owner('session-a'), context({ owner: tab }))).toBe(
      PresenceRight.Own,
    )
  })

  it('reads the removal of an id nobody holds as an echo', () => {
    expect(presenceRight(entry(2, 'null'), owner('session-a'), context())).toBe(PresenceRight.Echo)
  })

  it('refuses one presence more than a connection may announce', () => {
    const me = owner('session-a')
    expect(presenceRight(entry(1), me, context({ announced: 3 }))).toBe(PresenceRight.Own)
    expect(presenceRight(entry(1), me, context({ announced: 4 }))).toBe(PresenceRight.Crowd)
  })
})

describe('stampPresence', () => {
  const identity = { name: 'Aiko', color: '#2f6db5' }

  it("keeps an object state's other fields and replaces its user by the server's", () => {
    const stamped = stampPresence(entry(1, '{"typing":true,"user":{"name":"Mallory"}}'), identity)
    expect(JSON.parse(stamped.state)).toEqual({ typing: true, user: identity })
    expect([stamped.clientId, stamped.clock]).toEqual([7, 1])
  })

  it('makes a state that is no object (a list, a text, a number) just the identity', () => {
    for (const state of ['["a","b"]', '"ab"', '42', 'true']) {
      expect(JSON.parse(stampPresence(entry(1, state), identity).state)).toEqual({ user: identity })
    }
  })

  it('leaves a removal a removal', () => {
    const removal = entry(4, 'null')
    expect(stampPresence(removal, identity)).toBe(removal)
  })
})
