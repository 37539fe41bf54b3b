import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { seedDemoEdition } from '../../../server/editions/demo'
import { MAX_TYPE_DEPTH, plainValue, TOO_DEEP } from '../../../shared/doc/plain-value'

/** A doc whose root map `m` holds maps nested `depth` deep under key `next`, made one level at a time. */
function nested(depth: number): Y.Map<unknown> {
  const doc = new Y.Doc()
  let map = doc.getMap('m')
  for (let level = 1; level < depth; level++) {
    const next = new Y.Map<unknown>()
    map.set('next', next)
    map = next
  }
  return doc.getMap('m')
}

describe('plainValue', () => {
  it('reads every root of the demo edition as toJSON does, keys in the same order', () => {
    const doc = new Y.Doc()
    seedDemoEdition(doc)
    for (const name of doc.share.keys()) {
      const root = doc.getMap(name)
      expect(JSON.stringify(plainValue(root))).toBe(JSON.stringify(root.toJSON()))
    }
  })

  it('reads lists, texts and plain values inside them', () => {
    const doc = new Y.Doc()
    const map = doc.getMap('m')
    const list = new Y.Array<unknown>()
    map.set('list', list)
    list.insert(0, [1, { a: [2] }, new Y.Text('Ouverture'), new Y.Map()])
    map.set('n', null)
    expect(plainValue(map)).toEqual({ list: [1, { a: [2] }, 'Ouverture', {}], n: null })
  })

  it('reads types nested as deep as the limit, and none deeper', () => {
    expect(plainValue(nested(MAX_TYPE_DEPTH))).not.toBe(TOO_DEEP)
    expect(plainValue(nested(MAX_TYPE_DEPTH + 1))).toBe(TOO_DEEP)
  })
})
