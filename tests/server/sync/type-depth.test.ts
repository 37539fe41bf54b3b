import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { parseUpdate } from '../../../server/sync/update-parser'
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

  it('counts the levels the room holds above a type placed in it or beside one of its items', () => {
    const room = new Y.Doc()
    chainTo(room, 3).set('titre', 'Ouverture')
    const author = forkDoc(room)
    const under = captureUpdate(author, () => findDeepest(author).set('sous', new Y.Map()))
    expect(checkUpdate(room, under)).toMatchObject({ kind: 'new' })
    const list = room.getMap('programme').set('jours', new Y.Array<unknown>())
    list.push(['lundi'])
    const writer = forkDoc(room)
    const besideDay = captureUpdate(writer, () => {
      ;(writer.getMap('programme').get('jours') as Y.Array<unknown>).push([new Y.Map()])
    })
    expect(checkUpdate(room, besideDay)).toMatchObject({ kind: 'new' })
  })

  it('refuses a type placed beside an item of a list the room holds at the limit', () => {
    const room = new Y.Doc()
    const list = new Y.Array<unknown>()
    chainTo(room, MAX_TYPE_DEPTH - 1).set('list', list)
    list.push(['Ouverture'])
    const author = forkDoc(room)
    const authorList = findDeepest(author).get('list') as Y.Array<unknown>
    const typed = captureUpdate(author, () => authorList.push([new Y.Map()]))
    expect(() => checkUpdate(room, typed)).toThrow(/shared types nested too deep/)
  })

  it('takes a type placed beside garbage of the same update (a list another client deleted)', () => {
    const deleter = new Y.Doc()
    const list = new Y.Array<unknown>()
    deleter.getMap('programme').set('jours', list)
    list.push(['lundi'])
    const adder = forkDoc(deleter)
    deleter.getMap('programme').delete('jours')
    const added = captureUpdate(adder, () => {
      ;(adder.getMap('programme').get('jours') as Y.Array<unknown>).push([new Y.Map()])
    })
    // The deleter's state holds "lundi" as garbage; the map is placed beside it.
    const update = Y.mergeUpdates([Y.encodeStateAsUpdate(deleter), added])
    const structs = parseUpdate(update).clients.flatMap((client) => client.structs)
    expect(structs.some((struct) => struct.placement === null)).toBe(true)
    expect(checkUpdate(new Y.Doc(), update)).toMatchObject({ kind: 'new' })
  })

  it('takes an update that holds garbage beside the types it creates', () => {
    const room = new Y.Doc()
    const author = forkDoc(room)
    author.getMap('brouillon').set('draft', new Y.Map())
    ;(author.getMap('brouillon').get('draft') as Y.Map<string>).set('titre', 'Atelier')
    author.getMap('brouillon').delete('draft')
    author.getMap('brouillon').set('final', new Y.Map())
    const update = Y.encodeStateAsUpdate(author, Y.encodeStateVector(room))
    const structs = parseUpdate(update).clients.flatMap((client) => client.structs)
    expect(structs.some((struct) => struct.placement === null)).toBe(true)
    expect(checkUpdate(room, update)).toMatchObject({ kind: 'new' })
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
