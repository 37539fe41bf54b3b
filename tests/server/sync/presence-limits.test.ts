/**
 * The presence budget: the bound charged for answering a query for every
 * presence, the byte bucket behind it, and the least time between queries.
 */
import { describe, expect, it } from 'vitest'
import { Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness'
import * as Y from 'yjs'
import { encodeAwareness } from '../../../server/sync/codec'
import {
  ByteBucket,
  PresenceBudget,
  presenceAnswerBound,
  QUERY_AWARENESS_INTERVAL_MS,
} from '../../../server/sync/presence-limits'

describe('the bound of an answer holding every presence', () => {
  it('holds the real answer of the largest ids and clocks, within a few bytes', () => {
    const awareness = new Awareness(new Y.Doc())
    const state = { user: { name: 'Aiko', note: 'x'.repeat(20_000) } }
    const clients = [0xffff_ffff, 0xffff_fffe, 0xffff_fffd]
    for (const clientID of clients) {
      awareness.states.set(clientID, state)
      awareness.meta.set(clientID, { clock: 0xffff_ffff, lastUpdated: 0 })
    }
    const stateBytes = JSON.stringify(state).length * clients.length
    const answer = encodeAwareness(encodeAwarenessUpdate(awareness, clients))
    const bound = presenceAnswerBound(stateBytes, clients.length)
    expect(answer.byteLength).toBeLessThanOrEqual(bound)
    expect(bound - answer.byteLength).toBeLessThan(16)
    awareness.destroy()
  })
})

describe('a byte bucket', () => {
  it('spends what it holds, refuses more, and refills at its rate up to its capacity', () => {
    const bucket = new ByteBucket(1000, 500, 0)
    expect(bucket.take(600, 0)).toBe(true)
    expect(bucket.take(401, 0)).toBe(false)
    expect(bucket.take(400, 0)).toBe(true)
    // Half a second at 500 bytes a second: 250 bytes back.
    expect(bucket.take(251, 500)).toBe(false)
    expect(bucket.take(250, 500)).toBe(true)
    // A long pause refills to the capacity, no further.
    expect(bucket.take(1001, 60_000)).toBe(false)
    expect(bucket.take(1000, 60_000)).toBe(true)
  })
})

describe("a person's presence budget", () => {
  it('answers one query for every presence per interval', () => {
    const budget = new PresenceBudget()
    expect(budget.mayQuery(10_000)).toBe(true)
    expect(budget.mayQuery(10_000 + QUERY_AWARENESS_INTERVAL_MS - 1)).toBe(false)
    expect(budget.mayQuery(10_000 + QUERY_AWARENESS_INTERVAL_MS)).toBe(true)
  })
})
