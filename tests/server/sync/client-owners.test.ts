/**
 * A Yjs client id belongs to the first person who writes under it: claims
 * are made as updates come in, learnt from other processes, and stored once.
 */
import { describe, expect, it } from 'vitest'
import { ClientOwners, SERVER_OWNER } from '../../../server/sync/client-owners'

const owners = (held: Array<[number, string | null]> = []) =>
  new ClientOwners('edition-lyon-2026', new Map(held))

describe("a document's client owners", () => {
  it('name the first client that belongs to someone else, and none for the owner or a free one', () => {
    const known = owners([
      [11, 'person-aiko'],
      [12, SERVER_OWNER],
    ])
    expect(known.foreign([13, 11], 'person-aiko')).toBeUndefined()
    expect(known.foreign([13, 12, 11], 'person-kenji')).toBe(12)
    expect(known.foreign([12], SERVER_OWNER)).toBeUndefined()
    expect(known.foreign([11], SERVER_OWNER)).toBe(11)
  })

  it('claim free clients at once, each stored by one row', () => {
    const known = owners([[11, 'person-aiko']])
    const rows = known.claim([11, 21, 22], 'person-aiko')
    expect(rows.map((row) => (typeof row === 'string' ? [] : row.args))).toEqual([
      ['edition-lyon-2026', 21, 'person-aiko'],
      ['edition-lyon-2026', 22, 'person-aiko'],
    ])
    // A later update is checked against the claims before this one is committed.
    expect(known.foreign([21], 'person-kenji')).toBe(21)
    expect(known.claim([21, 22], 'person-aiko')).toEqual([])
  })

  it('learn what another process claimed, and keep a claim they already hold', () => {
    const known = owners([[11, 'person-aiko']])
    known.learn([11, 31], 'person-kenji')
    expect(known.foreign([31], 'person-aiko')).toBe(31)
    expect(known.foreign([31], 'person-kenji')).toBeUndefined()
    expect(known.foreign([11], 'person-aiko')).toBeUndefined()
    // Learnt claims are stored already, by the process that made them.
    expect(known.claim([31], 'person-kenji')).toEqual([])
  })
})
