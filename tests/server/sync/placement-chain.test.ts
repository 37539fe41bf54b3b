import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { checkSchemaVersion } from '../../../server/sync/schema-version-guard'
import type { StructSummary, UpdateSummary } from '../../../server/sync/update-reader'

const struct = (clock: number, fields: Partial<StructSummary>): StructSummary => ({
  clock,
  length: 1,
  dependencies: [],
  placement: null,
  holdsType: false,
  hasRightOrigin: false,
  origin: null,
  rightOrigin: null,
  typeRef: null,
  text: null,
  contentRef: 8,
  parentSub: null,
  plain: null,
  ...fields,
})

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
