import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { ROOT_KIND_SCAN } from '../../../server/sync/content-kind-check'
import { MAX_NEIGHBOUR_STEPS } from '../../../server/sync/neighbour-order'
import { checkUpdate } from '../../../server/sync/update-validator'
import { fuzzDirect } from '../../helpers/divergence-fuzz'
import { encodeStructs } from '../../helpers/update-mutation'
import { captureUpdate, forkDoc, type HandPlace, handItem } from '../../helpers/updates'

const id = (client: number, clock: number) => Y.createID(client, clock)

/** A hostile client's item, written by hand: no Yjs client writes these shapes. */
const item = (place: HandPlace, content: Y.Item['content'] = new Y.ContentString('z')) =>
  itemAt(0, place, content)

/** The same, at clock `clock` of client 9: several of them make one update. */
const itemAt = (
  clock: number,
  place: HandPlace,
  content: Y.Item['content'] = new Y.ContentString('z'),
) => handItem(id(9, clock), place, content)

/** A room whose text `t` reads "abcdef": "abc" by client 1, "def" after it by client 2. */
function room(): Y.Doc {
  const doc = new Y.Doc()
  const first = new Y.Doc()
  first.clientID = 1
  first.getText('t').insert(0, 'abc')
  first.getArray('a').insert(0, ['Atelier'])
  const second = forkDoc(first)
  second.clientID = 2
  second.getText('t').insert(3, 'def')
  second.getMap('m').set('titre', 'Ouverture')
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(second))
  return doc
}

describe("the validator's checks of an item's neighbours", () => {
  it('refuses an item whose right neighbour is its left one', () => {
    const update = encodeStructs([item({ origin: id(1, 1), right: id(1, 1) })])
    expect(() => checkUpdate(room(), update)).toThrow(/not right of its left one/)
  })

  it('refuses an item whose right neighbour is left of its left one', () => {
    const update = encodeStructs([item({ origin: id(2, 1), right: id(1, 0) })])
    expect(() => checkUpdate(room(), update)).toThrow(/not right of its left one/)
  })

  it('refuses neighbours in different types or under different keys', () => {
    const acrossTypes = encodeStructs([item({ origin: id(1, 2), right: id(2, 3) })])
    expect(() => checkUpdate(room(), acrossTypes)).toThrow(/different places/)
  })

  it('refuses neighbours with content between them that their author knew', () => {
    // 2:0 ("d") lies between 1:0 and 2:1, and whoever knows 2:1 knows 2:0.
    const update = encodeStructs([item({ origin: id(1, 0), right: id(2, 1) })])
    expect(() => checkUpdate(room(), update)).toThrow(/known content between them/)
  })

  it('refuses a map key in an array, a value in a text and text in an array', () => {
    const doc = room()
    const keyInArray = encodeStructs([item({ parent: id(1, 3), key: 'k' }, new Y.ContentAny([1]))])
    const array = new Y.Doc()
    array.clientID = 5
    const nested = captureUpdate(array, (d) => d.getArray('a').insert(0, [new Y.Array()]))
    Y.applyUpdate(doc, nested)
    const keyInNested = encodeStructs([item({ parent: id(5, 0), key: 'k' }, new Y.ContentAny([1]))])
    expect(() => checkUpdate(doc, keyInNested)).toThrow(/map key in a type that has none/)
    expect(() => checkUpdate(doc, keyInArray)).toThrow(MalformedLike)
    const textInArray = encodeStructs([item({ parent: 'a' })])
    expect(() => checkUpdate(doc, textInArray)).toThrow(/text content into an array/)
    const valueInText = encodeStructs([item({ parent: 't' }, new Y.ContentAny([1]))])
    expect(() => checkUpdate(doc, valueInText)).toThrow(/value into a text/)
  })

  it('refuses formatting, which Yjs cleans up differently on each replica', () => {
    const update = encodeStructs([
      item({ origin: id(1, 2), right: id(2, 0) }, new Y.ContentFormat('bold', true)),
    ])
    expect(() => checkUpdate(room(), update)).toThrow(/keeps plain/)
  })

  it('refuses an insertion or a deletion that cuts a surrogate pair', () => {
    const doc = room()
    const writer = forkDoc(doc)
    writer.clientID = 4
    Y.applyUpdate(
      doc,
      captureUpdate(writer, (d) => d.getText('t').insert(6, '🎌')),
    )
    const inside = encodeStructs([item({ origin: id(4, 0), right: id(4, 1) })])
    expect(() => checkUpdate(doc, inside)).toThrow(/surrogate pair/)
    const halfDeleted = encodeStructs([], [{ client: 4, clock: 1, length: 1 }])
    expect(() => checkUpdate(doc, halfDeleted)).toThrow(/surrogate pair/)
  })

  it('refuses an update repeating clocks the room holds deleted, which some replicas cannot integrate', () => {
    const doc = room()
    const writer = forkDoc(doc)
    writer.clientID = 7
    Y.applyUpdate(
      doc,
      captureUpdate(writer, (d) => d.getText('t').insert(6, 'Séance')),
    )
    Y.applyUpdate(
      doc,
      captureUpdate(forkDoc(doc), (d) => d.getText('t').delete(6, 6)),
    )
    const again = handItem(id(7, 0), { origin: id(2, 2) }, new Y.ContentString('Séances'))
    expect(() => checkUpdate(doc, encodeStructs([again]))).toThrow(/holds deleted/)
  })

  it('accepts concurrent edits at the same place and an update that edits its own new text', () => {
    const doc = room()
    const offline = forkDoc(doc)
    const online = forkDoc(doc)
    const late = captureUpdate(offline, (d) => d.getText('t').insert(3, 'Séance'))
    const first = captureUpdate(online, (d) => {
      d.getText('t').insert(3, 'Atelier')
      d.getText('t').insert(5, '分科会')
      d.getText('t').delete(4, 1)
    })
    expect(checkUpdate(doc, first)).toMatchObject({ kind: 'new' })
    Y.applyUpdate(doc, first)
    expect(checkUpdate(doc, late)).toMatchObject({ kind: 'new' })
    Y.applyUpdate(doc, late)
    Y.applyUpdate(online, late)
    Y.applyUpdate(offline, first)
    expect(offline.getText('t').toString()).toBe(doc.getText('t').toString())
    expect(online.getText('t').toString()).toBe(doc.getText('t').toString())
  })
})

/** `room()` with client 4's text "\uD7FF\u{10000}\u{10FFFF}\uE000" after "abcdef": both ends of both surrogate ranges. */
function roomWithPairs(): Y.Doc {
  const doc = room()
  const writer = forkDoc(doc)
  writer.clientID = 4
  Y.applyUpdate(
    doc,
    captureUpdate(writer, (d) => d.getMap('m').set('auteur', 'Kenji')),
  )
  // The text's item starts at clock 1: its units are found from its first clock.
  Y.applyUpdate(
    doc,
    captureUpdate(writer, (d) => d.getText('t').insert(6, '\uD7FF\u{10000}\u{10FFFF}\uE000')),
  )
  return doc
}

describe('content between two neighbours', () => {
  it('is taken when its author could not know it: another client wrote it, at a lower clock than the author’s', () => {
    const doc = room()
    const author = forkDoc(doc)
    author.clientID = 9
    // The author's clocks 0 to 4, elsewhere.
    Y.applyUpdate(
      doc,
      captureUpdate(author, (d) => d.getText('notes').insert(0, 'Kenji')),
    )
    const other = forkDoc(doc)
    other.clientID = 8
    // 8:0 between "c" and "d", unknown to the author.
    Y.applyUpdate(
      doc,
      captureUpdate(other, (d) => d.getText('t').insert(3, 'X')),
    )
    const update = encodeStructs([itemAt(5, { origin: id(1, 2), right: id(2, 0) })])
    expect(checkUpdate(doc, update)).toMatchObject({ kind: 'new' })
  })

  it('is refused when the left neighbour’s client wrote it earlier: whoever knows that neighbour knows it', () => {
    const doc = room()
    const writer = forkDoc(doc)
    writer.clientID = 7
    // "X" (7:0) after "c", then "L" (7:1) before it: "abcLXdef".
    Y.applyUpdate(
      doc,
      captureUpdate(writer, (d) => d.getText('t').insert(3, 'X')),
    )
    Y.applyUpdate(
      doc,
      captureUpdate(writer, (d) => d.getText('t').insert(3, 'L')),
    )
    expect(doc.getText('t').toString()).toBe('abcLXdef')
    const update = encodeStructs([item({ origin: id(7, 1), right: id(2, 0) })])
    expect(() => checkUpdate(doc, update)).toThrow(/known content between them/)
  })
})

describe('the cuts of a character written as a surrogate pair', () => {
  // Client 4's clocks: 1 U+D7FF, 2 D800 and 3 DC00 (U+10000), 4 DBFF and 5 DFFF (U+10FFFF), 6 U+E000.
  it.each([2, 3, 4, 5])('refuse a deletion of clock %i alone, half of a pair', (clock) => {
    const update = encodeStructs([], [{ client: 4, clock, length: 1 }])
    expect(() => checkUpdate(roomWithPairs(), update)).toThrow(/surrogate pair/)
  })

  it('take deletions of whole pairs and of the characters beside them', () => {
    for (const [clock, length] of [
      [1, 1],
      [2, 2],
      [4, 2],
      [6, 1],
      [1, 6],
    ] as const) {
      const update = encodeStructs([], [{ client: 4, clock, length }])
      expect(checkUpdate(roomWithPairs(), update)).toMatchObject({ kind: 'new' })
    }
  })

  it('refuse an insertion after a high half, or before a low half, each alone', () => {
    const afterHigh = encodeStructs([item({ origin: id(4, 2) })])
    expect(() => checkUpdate(roomWithPairs(), afterHigh)).toThrow(/surrogate pair/)
    const afterOtherHigh = encodeStructs([item({ origin: id(4, 4) })])
    expect(() => checkUpdate(roomWithPairs(), afterOtherHigh)).toThrow(/surrogate pair/)
    const beforeLow = encodeStructs([item({ right: id(4, 3) })])
    expect(() => checkUpdate(roomWithPairs(), beforeLow)).toThrow(/surrogate pair/)
    const beforeOtherLow = encodeStructs([item({ right: id(4, 5) })])
    expect(() => checkUpdate(roomWithPairs(), beforeOtherLow)).toThrow(/surrogate pair/)
  })

  it('refuse a deletion of half a pair the same update writes after other text of its own', () => {
    const plain = itemAt(0, { origin: id(2, 2) }, new Y.ContentString('ab'))
    const pair = itemAt(2, { origin: id(9, 1) }, new Y.ContentString('\u{10000}'))
    const update = encodeStructs([plain, pair], [{ client: 9, clock: 2, length: 1 }])
    expect(() => checkUpdate(room(), update)).toThrow(/surrogate pair/)
  })

  it('take an insertion between two pairs', () => {
    const between = encodeStructs([item({ origin: id(4, 3), right: id(4, 4) })])
    expect(checkUpdate(roomWithPairs(), between)).toMatchObject({ kind: 'new' })
  })
})

describe('the places of two neighbours', () => {
  it('differ for items of two texts, and for two keys of one map', () => {
    const doc = room()
    const other = forkDoc(doc)
    other.clientID = 6
    Y.applyUpdate(
      doc,
      captureUpdate(other, (d) => {
        d.getText('u').insert(0, 'xyz')
        d.getMap('m').set('lieu', 'Lyon')
      }),
    )
    // "c" of text t, "y" of text u: both list items (no key), different texts.
    const acrossTexts = encodeStructs([item({ origin: id(1, 2), right: id(6, 1) })])
    expect(() => checkUpdate(doc, acrossTexts)).toThrow(/different places/)
    // The map's "titre" (2:3) and "lieu" (6:3): one map, two keys.
    const acrossKeys = encodeStructs([
      item({ origin: id(2, 3), right: id(6, 3) }, new Y.ContentAny([1])),
    ])
    expect(() => checkUpdate(doc, acrossKeys)).toThrow(/different places/)
  })

  it('differ when one neighbour is garbage (of a deleted text) and the other is live', () => {
    const doc = room()
    const other = forkDoc(doc)
    other.clientID = 6
    Y.applyUpdate(
      doc,
      captureUpdate(other, (d) => d.getMap('m').set('brouillon', new Y.Text('xyz'))),
    )
    Y.applyUpdate(
      doc,
      captureUpdate(forkDoc(doc), (d) => d.getMap('m').delete('brouillon')),
    )
    expect(Y.getItem(doc.store, id(6, 2))).toBeInstanceOf(Y.GC)
    const update = encodeStructs([item({ origin: id(6, 2), right: id(1, 0) })])
    expect(() => checkUpdate(doc, update)).toThrow(/different places/)
  })
})

describe('an update continuing clocks the room holds', () => {
  it('is taken when it names its own text, the clocks the room lacks after those it has', () => {
    const doc = room()
    const writer = forkDoc(doc)
    writer.clientID = 3
    Y.applyUpdate(
      doc,
      captureUpdate(writer, (d) => d.getText('t').insert(6, 'Séance')),
    )
    writer.getText('t').insert(12, ' plénière')
    // Yjs merged the writer's two insertions into one item, 3:0 to 3:14.
    const whole = Y.encodeStateAsUpdate(writer, Y.encodeStateVector(room()))
    expect(checkUpdate(doc, whole)).toMatchObject({ kind: 'new' })
  })

  it('is nothing new when it holds only clocks the room has, even beside one it holds deleted', () => {
    const doc = room()
    Y.applyUpdate(
      doc,
      captureUpdate(forkDoc(doc), (d) => {
        d.getText('t').delete(2, 1)
        // "Atelier" is client 1's last clock: the update ends on a deleted item.
        d.getArray('a').delete(0, 1)
      }),
    )
    expect(checkUpdate(doc, Y.encodeStateAsUpdate(doc))).toEqual({ kind: 'nothing-new' })
  })
})

describe('content Kaigi does not use', () => {
  it.each([
    ['an XML fragment', () => new Y.XmlFragment()],
    ['an XML element', () => new Y.XmlElement('p')],
    ['an XML text', () => new Y.XmlText()],
  ])('is refused: %s', (_name, make) => {
    const update = captureUpdate(forkDoc(room()), (d) => d.getMap('m').set('x', make()))
    expect(() => checkUpdate(room(), update)).toThrow(/holds an XML type, which Kaigi does not use/)
  })

  it('is refused: an embed in a text', () => {
    const update = encodeStructs([
      item({ origin: id(1, 2), right: id(2, 0) }, new Y.ContentEmbed({ image: 'x.png' })),
    ])
    expect(() => checkUpdate(room(), update)).toThrow(/formats or embeds in a text/)
  })
})

describe('what a type holds', () => {
  it('is refused as text content under a map key', () => {
    const update = encodeStructs([item({ parent: 'm', key: 'lieu' })])
    expect(() => checkUpdate(room(), update)).toThrow(/writes text content under a map key/)
  })

  it('is told by an empty text or array from its type alone', () => {
    const doc = room()
    doc.getText('vide')
    doc.getArray('liste')
    const value = encodeStructs([item({ parent: 'vide' }, new Y.ContentAny([1]))])
    expect(() => checkUpdate(doc, value)).toThrow(/puts a value into a text/)
    const text = encodeStructs([item({ parent: 'liste' })])
    expect(() => checkUpdate(doc, text)).toThrow(/puts text content into an array/)
  })
})

describe('the lists of a room loaded from storage, its roots untyped', () => {
  /** A room built from bytes, as a room loads: its roots are not yet texts or arrays. */
  const stored = (items: Y.Item[]) => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, encodeStructs(items))
    return doc
  }

  it('are told apart by their first items: an embed makes a text, JSON content an array', () => {
    const atText = handItem(id(3, 0), { parent: 'r' }, new Y.ContentEmbed({ a: 1 }))
    const text = stored([atText])
    const value = encodeStructs([item({ parent: 'r' }, new Y.ContentAny([1]))])
    expect(() => checkUpdate(text, value)).toThrow(/puts a value into a text/)
    const atArray = handItem(id(3, 0), { parent: 'r' }, new Y.ContentJSON([1]))
    const array = stored([atArray])
    const string = encodeStructs([item({ parent: 'r' })])
    expect(() => checkUpdate(array, string)).toThrow(/puts text content into an array/)
  })

  it('are told by the first item whose content tells, past items holding types', () => {
    const map = handItem(
      id(3, 0),
      { parent: 'r' },
      new Y.ContentType(new Y.Map() as unknown as Y.AbstractType<unknown>),
    )
    const string = handItem(id(3, 1), { origin: id(3, 0) }, new Y.ContentString('x'))
    const doc = stored([map, string])
    const value = encodeStructs([item({ parent: 'r' }, new Y.ContentAny([1]))])
    expect(() => checkUpdate(doc, value)).toThrow(/puts a value into a text/)
  })

  it('remember what a root held once its first items are deleted', () => {
    const told = handItem(id(3, 0), { parent: 'r' }, new Y.ContentString('x'))
    const doc = stored([told])
    // Seen as a text while "x" is live…
    expect(checkUpdate(doc, encodeStructs([item({ parent: 'r' })]))).toMatchObject({ kind: 'new' })
    Y.applyUpdate(doc, encodeStructs([], [{ client: 3, clock: 0, length: 1 }]))
    // …and still one once "x" is deleted and tells nothing.
    const value = encodeStructs([item({ parent: 'r' }, new Y.ContentAny([1]))])
    expect(() => checkUpdate(doc, value)).toThrow(/puts a value into a text/)
  })

  it('read at most ROOT_KIND_SCAN items to tell', () => {
    expect(ROOT_KIND_SCAN).toBe(32)
    // 32 deleted items of 32 clients, then a string: past the scan, so the root tells nothing.
    const items: Y.Item[] = []
    for (let i = 0; i <= 32; i++) {
      const place = i === 0 ? { parent: 'r' } : { origin: id(200 + i - 1, 0) }
      items.push(handItem(id(200 + i, 0), place, new Y.ContentString('x')))
    }
    const doc = new Y.Doc()
    const deletes = items
      .slice(0, 32)
      .map((each) => ({ client: each.id.client, clock: 0, length: 1 }))
    Y.applyUpdate(doc, encodeStructs(items, deletes))
    const value = encodeStructs([item({ parent: 'r' }, new Y.ContentAny([1]))])
    expect(checkUpdate(doc, value)).toMatchObject({ kind: 'new' })
  })

  it('refuse a map key under an XML fragment the room holds, which has no keys', () => {
    const fragment = handItem(
      id(3, 0),
      { parent: 'm', key: 'f' },
      new Y.ContentType(new Y.XmlFragment()),
    )
    const doc = stored([fragment])
    const keyed = encodeStructs([item({ parent: id(3, 0), key: 'k' }, new Y.ContentAny([1]))])
    expect(() => checkUpdate(doc, keyed)).toThrow(/has a map key in a type that has none/)
  })
})

describe('an update repeating clocks the room holds, then new ones', () => {
  it('is refused when its first new unit is the low half of a pair, cut from its high half', () => {
    const doc = room()
    const writer = forkDoc(doc)
    writer.clientID = 3
    Y.applyUpdate(
      doc,
      captureUpdate(writer, (d) => d.getText('t').insert(6, 'xab')),
    )
    // Clocks 1 and 2 again, claimed as "a" and a high half, then its low half at clock 3: Yjs
    // would keep the room's clocks and integrate the low half alone.
    const again = handItem(id(3, 1), { origin: id(3, 0) }, new Y.ContentString('a🎌'))
    expect(() => checkUpdate(doc, encodeStructs([again]))).toThrow(/surrogate pair/)
  })

  it('is taken when it holds values, the room having the first of them', () => {
    const doc = room()
    const writer = forkDoc(doc)
    writer.clientID = 3
    Y.applyUpdate(
      doc,
      captureUpdate(writer, (d) => d.getArray('a').push(['un'])),
    )
    writer.getArray('a').push(['deux'])
    // Yjs merged the two values into one item, 3:0 and 3:1.
    const whole = Y.encodeStateAsUpdate(writer, Y.encodeStateVector(room()))
    expect(checkUpdate(doc, whole)).toMatchObject({ kind: 'new' })
  })

  it('is refused when it places the new clocks elsewhere than the room holds the old ones', () => {
    const doc = room()
    const writer = forkDoc(doc)
    writer.clientID = 3
    Y.applyUpdate(
      doc,
      captureUpdate(writer, (d) => d.getText('t').insert(6, 'x')),
    )
    // 3:0 is in text "t"; this names root "u" as the parent of 3:0 and 3:1.
    const elsewhere = handItem(id(3, 0), { parent: 'u' }, new Y.ContentString('xy'))
    expect(() => checkUpdate(doc, encodeStructs([elsewhere]))).toThrow(
      /continues clocks the room holds elsewhere/,
    )
  })
})

describe('an item placed past its own author’s earlier item', () => {
  it('is refused: its author knew that item, which lies between its neighbours', () => {
    const doc = room()
    Y.applyUpdate(doc, encodeStructs([item({ origin: id(1, 0), right: id(1, 1) })]))
    // 9:1 names "a" and "b" again, as if 9:0 between them were unknown to 9.
    const past = itemAt(1, { origin: id(1, 0), right: id(1, 1) })
    expect(() => checkUpdate(doc, encodeStructs([past]))).toThrow(/known content between them/)
  })
})

describe('the walk between two neighbours', () => {
  it('is refused past MAX_NEIGHBOUR_STEPS items, however they are placed', () => {
    const doc = room()
    // After "f" (2:2), one item each of MAX_NEIGHBOUR_STEPS + 1 clients its author never saw.
    const chain: Y.Item[] = []
    for (let i = 0; i <= MAX_NEIGHBOUR_STEPS; i++) {
      const origin = i === 0 ? id(2, 2) : id(100 + i - 1, 0)
      chain.push(handItem(id(100 + i, 0), { origin }, new Y.ContentString('·')))
    }
    Y.applyUpdate(doc, encodeStructs(chain))
    // After the chain's first item: MAX_NEIGHBOUR_STEPS items to walk, the most allowed.
    const afterFirst = encodeStructs([item({ origin: id(100, 0) })])
    expect(checkUpdate(doc, afterFirst)).toMatchObject({ kind: 'new' })
    const atEnd = encodeStructs([item({ origin: id(2, 2) })])
    expect(() => checkUpdate(doc, atEnd)).toThrow(
      `update places items too far from their neighbours to check (over ${MAX_NEIGHBOUR_STEPS} steps)`,
    )
  })
})

describe('types the same update creates, and items under them', () => {
  /** 9:0, a type under key `key` of root map "m", and 9:1 under it (no neighbours). */
  const typeAndChild = (
    type: Y.Text | Y.Array<unknown> | Y.Map<unknown>,
    child: Y.Item['content'],
    key: string | null,
  ) =>
    encodeStructs([
      itemAt(
        0,
        { parent: 'm', key: 'neuf' },
        new Y.ContentType(type as unknown as Y.AbstractType<unknown>),
      ),
      itemAt(1, { parent: id(9, 0), ...(key === null ? {} : { key }) }, child),
    ])

  it('refuse a value in a new text, text in a new array, a list item in a new map', () => {
    expect(() =>
      checkUpdate(room(), typeAndChild(new Y.Text(), new Y.ContentAny([1]), null)),
    ).toThrow(/puts a value into a text/)
    expect(() =>
      checkUpdate(room(), typeAndChild(new Y.Array(), new Y.ContentString('z'), null)),
    ).toThrow(/puts text content into an array/)
    expect(() =>
      checkUpdate(room(), typeAndChild(new Y.Map(), new Y.ContentAny([1]), null)),
    ).toThrow(/is a list item in a map \(9:0\)/)
    // Text in a map is refused as a list item, not as text in an array.
    expect(() =>
      checkUpdate(room(), typeAndChild(new Y.Map(), new Y.ContentString('z'), null)),
    ).toThrow(/is a list item in a map \(9:0\)/)
  })

  it('take what belongs there', () => {
    for (const update of [
      typeAndChild(new Y.Text(), new Y.ContentString('z'), null),
      typeAndChild(new Y.Array(), new Y.ContentAny([1]), null),
      typeAndChild(new Y.Map(), new Y.ContentAny([1]), 'clé'),
    ]) {
      expect(checkUpdate(room(), update)).toMatchObject({ kind: 'new' })
    }
  })
})

describe('items under the room’s own nested types', () => {
  /** `room()` with a nested text, array and map under root map "m", by client 6 (6:0, 6:1, 6:2). */
  function withNested(): Y.Doc {
    const doc = room()
    const writer = forkDoc(doc)
    writer.clientID = 6
    Y.applyUpdate(
      doc,
      captureUpdate(writer, (d) => {
        d.getMap('m').set('texte', new Y.Text())
        d.getMap('m').set('liste', new Y.Array())
        d.getMap('m').set('carte', new Y.Map())
      }),
    )
    return doc
  }

  it('are refused where they do not belong', () => {
    const doc = withNested()
    const valueInText = encodeStructs([item({ parent: id(6, 0) }, new Y.ContentAny([1]))])
    expect(() => checkUpdate(doc, valueInText)).toThrow(/puts a value into a text/)
    const listItemInMap = encodeStructs([item({ parent: id(6, 2) }, new Y.ContentAny([1]))])
    expect(() => checkUpdate(doc, listItemInMap)).toThrow(/is a list item in a map \(6:2\)/)
    const keyInArray = encodeStructs([item({ parent: id(6, 1), key: 'k' }, new Y.ContentAny([1]))])
    expect(() => checkUpdate(doc, keyInArray)).toThrow(/map key in a type that has none/)
  })

  it('are taken under a type another client deleted meanwhile: Yjs makes them garbage', () => {
    const doc = withNested()
    Y.applyUpdate(
      doc,
      captureUpdate(forkDoc(doc), (d) => d.getMap('m').delete('texte')),
    )
    const late = encodeStructs([item({ parent: id(6, 0) }, new Y.ContentAny([1]))])
    expect(checkUpdate(doc, late)).toMatchObject({ kind: 'new' })
    // Even what would be refused in a live map: garbage holds no place.
    Y.applyUpdate(
      doc,
      captureUpdate(forkDoc(doc), (d) => d.getMap('m').delete('carte')),
    )
    const textUnderKey = encodeStructs([item({ parent: id(6, 2), key: 'k' })])
    expect(checkUpdate(doc, textUnderKey)).toMatchObject({ kind: 'new' })
  })
})

describe('new roots the update names', () => {
  it('take a list item of either kind in a root the room lacks', () => {
    for (const content of [new Y.ContentString('z'), new Y.ContentAny([1])]) {
      const update = encodeStructs([item({ parent: 'nouvelle' }, content)])
      expect(checkUpdate(room(), update)).toMatchObject({ kind: 'new' })
    }
  })

  it('are told apart: neighbours in two of them are in different places', () => {
    const update = encodeStructs([
      itemAt(0, { parent: 'x' }),
      itemAt(1, { parent: 'y' }),
      itemAt(2, { origin: id(9, 0), right: id(9, 1) }),
    ])
    expect(() => checkUpdate(room(), update)).toThrow(/different places/)
  })
})

describe('the rest of a left neighbour’s item', () => {
  it('is known content between the neighbours when the right one is a later clock of its client', () => {
    const doc = room()
    const first = forkDoc(doc)
    first.clientID = 1
    // Client 1 again, after "abcdef": 1:4 to 1:6 ("ghi"; 1:3 is "Atelier").
    Y.applyUpdate(
      doc,
      captureUpdate(first, (d) => d.getText('t').insert(6, 'ghi')),
    )
    const between = encodeStructs([item({ origin: id(1, 0), right: id(1, 4) })])
    expect(() => checkUpdate(doc, between)).toThrow(/known content between them/)
  })
})

describe('an item placed first, before its right neighbour', () => {
  it('is refused when content its author knew lies before that neighbour', () => {
    const doc = room()
    const second = forkDoc(doc)
    second.clientID = 12
    // Client 12: "q" at the start (12:0), then "ghi" at the end (12:1 to 12:3).
    Y.applyUpdate(
      doc,
      captureUpdate(second, (d) => d.getText('t').insert(0, 'q')),
    )
    Y.applyUpdate(
      doc,
      captureUpdate(second, (d) => d.getText('t').insert(7, 'ghi')),
    )
    // Whoever knows 12:1 knows 12:0, which lies before it.
    const first = encodeStructs([item({ right: id(12, 1) })])
    expect(() => checkUpdate(doc, first)).toThrow(/known content between them/)
    const atStart = encodeStructs([item({ right: id(12, 0) })])
    expect(checkUpdate(doc, atStart)).toMatchObject({ kind: 'new' })
  })
})

describe('a right neighbour in the same update', () => {
  // 7:0 to 7:2, "xyz", at the end of the text.
  const run = handItem(id(7, 0), { origin: id(2, 2) }, new Y.ContentString('xyz'))

  it('is taken at the next clock of the struct its left one is in, and refused at any other', () => {
    const next = encodeStructs([run, item({ origin: id(7, 0), right: id(7, 1) })])
    expect(checkUpdate(room(), next)).toMatchObject({ kind: 'new' })
    const skipping = encodeStructs([run, item({ origin: id(7, 0), right: id(7, 2) })])
    expect(() => checkUpdate(room(), skipping)).toThrow(/not next to each other in its update/)
  })

  it('is refused after a clock inside one of its structs when it is none, or of another struct', () => {
    const none = encodeStructs([run, item({ origin: id(7, 0) })])
    expect(() => checkUpdate(room(), none)).toThrow(/not next to each other in its update/)
    // 8:0 and 8:1 ("ab") at the end of the text too: 8:1 is at the clock after 7:0, of another struct.
    const other = handItem(id(8, 0), { origin: id(2, 2) }, new Y.ContentString('ab'))
    const another = encodeStructs([run, other, item({ origin: id(7, 0), right: id(8, 1) })])
    expect(() => checkUpdate(room(), another)).toThrow(/not next to each other in its update/)
  })

  it('is refused inside one of its structs, the left one in the room', () => {
    const update = encodeStructs([run, item({ origin: id(2, 2), right: id(7, 1) })])
    expect(() => checkUpdate(room(), update)).toThrow(/not next to each other in its update/)
  })

  it('is taken before a struct that goes first, with no left neighbour either', () => {
    const first = handItem(id(7, 0), { parent: 't' }, new Y.ContentString('xyz'))
    const update = encodeStructs([first, item({ right: id(7, 0) })])
    expect(checkUpdate(room(), update)).toMatchObject({ kind: 'new' })
  })

  it('is refused before a struct that goes first when the item names a left neighbour', () => {
    const first = handItem(id(7, 0), { parent: 't' }, new Y.ContentString('xyz'))
    const update = encodeStructs([first, item({ origin: id(1, 0), right: id(7, 0) })])
    expect(() => checkUpdate(room(), update)).toThrow(/not next to each other in its update/)
  })

  it('is refused when the item goes first and that struct has a left neighbour', () => {
    // "xyz" follows "f" (2:2): "abcdef" lies before it.
    const update = encodeStructs([run, item({ right: id(7, 0) })])
    expect(() => checkUpdate(room(), update)).toThrow(/not next to each other in its update/)
  })
})

describe('neighbours within one update', () => {
  // 9:0 goes between "a" (1:0) and "b" (1:1); 9:1 then hangs on 9:0.
  const first = itemAt(0, { origin: id(1, 0), right: id(1, 1) })

  it('take an item written right after the update’s own, before what was right of it', () => {
    const update = encodeStructs([first, itemAt(1, { origin: id(9, 0), right: id(1, 1) })])
    expect(checkUpdate(room(), update)).toMatchObject({ kind: 'new' })
  })

  it.each([
    ['no right neighbour', undefined],
    ['another client at the same clock', id(2, 1)],
    ['the same client at another clock', id(1, 2)],
  ])('refuse one after it naming %s on its right', (_name, right) => {
    const update = encodeStructs([first, itemAt(1, { origin: id(9, 0), right })])
    expect(() => checkUpdate(room(), update)).toThrow(/not next to each other in its update/)
  })

  it('refuse one after the update’s last item naming a right neighbour that one did not', () => {
    const last = itemAt(0, { origin: id(2, 2) })
    const update = encodeStructs([last, itemAt(1, { origin: id(9, 0), right: id(1, 0) })])
    expect(() => checkUpdate(room(), update)).toThrow(/not next to each other in its update/)
  })
})

const MalformedLike = /is a list item in a map|map key|not a shared type/

describe('replicas of different histories (validator and Yjs alone)', () => {
  it('stay equal after a few hundred mutated updates the validator let in', () => {
    const seed = Number(process.env.FUZZ_SEED ?? 1403)
    console.log(`divergence property (direct): seed ${seed}; FUZZ_SEED=${seed} replays it`)
    const report = fuzzDirect({ seed, mutations: 300 })
    expect(report.failures.slice(0, 3), `seed ${seed}`).toEqual([])
    expect(report).toMatchObject({ divergences: 0, validRefused: 0, resets: 0 })
    expect(report.accepted).toBeGreaterThan(50)
    expect(report.refused).toBeGreaterThan(50)
  })
})
