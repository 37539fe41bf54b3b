import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { checkUpdate } from '../../../server/sync/update-validator'
import { MAX_TYPE_DEPTH } from '../../../shared/doc/plain-value'
import { captureUpdate, forkDoc } from '../../helpers/updates'

/** The deepest of a chain of maps under root map `chain`, `depth` deep counting the root. */
function chainTo(doc: Y.Doc, depth: number): Y.Map<unknown> {
  let map = doc.getMap('chain')
  for (let level = 2; level <= depth; level++) {
    const next = new Y.Map<unknown>()
    map.set('next', next)
    map = next
  }
  return map
}

describe('checkUpdate on nested shared types', () => {
  it('refuses a type one level under a chain the room holds at the limit', () => {
    const room = new Y.Doc()
    const deepest = chainTo(room, MAX_TYPE_DEPTH)
    const author = forkDoc(room)
    const authorDeepest = findDeepest(author)
    expect(deepest.size).toBe(0)
    expect(authorDeepest.size).toBe(0)
    const plain = captureUpdate(author, () => authorDeepest.set('titre', 'Ouverture'))
    expect(checkUpdate(room, plain)).toMatchObject({ kind: 'new' })
    Y.applyUpdate(room, plain)
    const typed = captureUpdate(author, () => authorDeepest.set('sous', new Y.Map()))
    expect(() => checkUpdate(room, typed)).toThrow(/shared types nested too deep/)
  })

  it('finds the parent of a type through a neighbour written in the same update', () => {
    const author = new Y.Doc()
    const ok = captureUpdate(author, () => {
      const list = new Y.Array<unknown>()
      chainTo(author, MAX_TYPE_DEPTH - 2).set('list', list)
      list.push(['Ouverture'])
      list.push([new Y.Text('Clôture')]) // beside 'Ouverture', at the limit: fine
    })
    expect(checkUpdate(new Y.Doc(), ok)).toMatchObject({ kind: 'new' })

    const other = new Y.Doc()
    const tooDeep = captureUpdate(other, () => {
      const list = new Y.Array<unknown>()
      chainTo(other, MAX_TYPE_DEPTH - 1).set('list', list)
      list.push(['Ouverture'])
      list.push([new Y.Map()]) // beside 'Ouverture', one level too deep
    })
    expect(() => checkUpdate(new Y.Doc(), tooDeep)).toThrow(/shared types nested too deep/)
  })

  it('accepts the layout of an edition as Kaigi writes it', () => {
    const author = new Y.Doc()
    const update = captureUpdate(author, () => {
      const session = new Y.Map<unknown>()
      author.getMap('sessions').set('s-1', session)
      const title = new Y.Map<unknown>()
      session.set('title', title)
      title.set('fr', new Y.Text('Ouverture'))
      session.set('speakerIds', Y.Array.from(['p-1']))
    })
    expect(checkUpdate(new Y.Doc(), update)).toMatchObject({ kind: 'new' })
  })
})

/** The deepest map of the chain in `doc`. */
function findDeepest(doc: Y.Doc): Y.Map<unknown> {
  let map = doc.getMap('chain')
  for (let next = map.get('next'); next instanceof Y.Map; next = map.get('next')) map = next
  return map
}
