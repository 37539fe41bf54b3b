import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { PlacementChain, type PlacementStep } from '../../../server/sync/placement-chain'
import { checkSchemaVersion } from '../../../server/sync/schema-version-guard'
import type { StructSummary, UpdateSummary } from '../../../server/sync/update-parser'
import { structSummary } from '../../helpers/updates'

const struct = structSummary

const summaryOf = (structs: StructSummary[]): UpdateSummary => ({
  clients: [{ client: 999, structs }],
  parents: [],
  createdTypes: [],
  deletes: [],
})

describe('the schema version guard, through chains of neighbours within one update', () => {
  it('refuses a version written beside another write of the version in the same update', () => {
    const doc = new Y.Doc()
    // A writes a good version at the root; B, beside A, writes over it: B is the one that stays.
    const update = summaryOf([
      struct(0, {
        placement: { kind: 'root', key: 'meta' },
        parentSub: 'schemaVersion',
        plain: [2],
      }),
      struct(1, { placement: { kind: 'beside', id: { client: 999, clock: 0 } }, plain: [99] }),
    ])
    expect(() => checkSchemaVersion(doc, 'edition-x', update)).toThrow(
      /schema version written at 999:1/,
    )
  })

  it('accepts the same chain writing known versions, and other keys beside one another', () => {
    const doc = new Y.Doc()
    const versions = summaryOf([
      struct(0, {
        placement: { kind: 'root', key: 'meta' },
        parentSub: 'schemaVersion',
        plain: [1],
      }),
      struct(1, { placement: { kind: 'beside', id: { client: 999, clock: 0 } }, plain: [2] }),
    ])
    expect(() => checkSchemaVersion(doc, 'edition-x', versions)).not.toThrow()
    const titles = summaryOf([
      struct(0, { placement: { kind: 'root', key: 'meta' }, parentSub: 'number', plain: [8] }),
      struct(1, { placement: { kind: 'beside', id: { client: 999, clock: 0 } }, plain: [99] }),
    ])
    expect(() => checkSchemaVersion(doc, 'edition-x', titles)).not.toThrow()
  })
})

const beside = (clock: number) => ({ kind: 'beside' as const, id: { client: 999, clock } })

/** A chain counting depths: a root struct is 1, each neighbour adds one. */
function counted(summary: UpdateSummary) {
  const steps: number[] = []
  const chain: PlacementChain<number> = new PlacementChain(
    summary,
    (s): PlacementStep<number> => {
      steps.push(s.clock)
      if (s.placement?.kind !== 'beside') return { value: 1 }
      const next = chain.find(s.placement.id)
      return next ? { after: next, map: (value) => value + 1 } : { value: -1 }
    },
    () => 0,
  )
  return { chain, steps }
}

describe('a placement chain', () => {
  it('resolves each struct once, however many ask for it', () => {
    const structs = [struct(0, { placement: { kind: 'root', key: 'meta' } })]
    for (let clock = 1; clock < 5000; clock++)
      structs.push(struct(clock, { placement: beside(clock - 1) }))
    const { chain, steps } = counted(summaryOf(structs))
    expect(chain.valueOf(structs[4999] as StructSummary)).toBe(5000)
    for (const s of structs) chain.valueOf(s)
    expect(chain.valueOf(structs[10] as StructSummary)).toBe(11)
    expect(steps).toHaveLength(5000)
  })

  it('gives a chain that loops its loop value, and the structs hanging on it theirs through it', () => {
    const structs = [
      struct(0, { placement: beside(1) }),
      struct(1, { placement: beside(0) }),
      struct(2, { placement: beside(1) }),
    ]
    const { chain } = counted(summaryOf(structs))
    expect(chain.valueOf(structs[2] as StructSummary)).toBe(2)
  })

  it('finds the struct holding a clock, and none outside the update', () => {
    const structs = [struct(0, { length: 3 }), struct(3, { length: 1 }), struct(4, { length: 6 })]
    const { chain } = counted(summaryOf(structs))
    expect(chain.find({ client: 999, clock: 2 })).toBe(structs[0])
    expect(chain.find({ client: 999, clock: 3 })).toBe(structs[1])
    expect(chain.find({ client: 999, clock: 9 })).toBe(structs[2])
    expect(chain.find({ client: 999, clock: 10 })).toBeUndefined()
    expect(chain.find({ client: 5, clock: 0 })).toBeUndefined()
  })
})
