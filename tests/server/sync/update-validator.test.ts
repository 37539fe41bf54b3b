import * as encoding from 'lib0/encoding'
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { MalformedUpdateError, parseUpdate } from '../../../server/sync/update-parser'
import { checkUpdate } from '../../../server/sync/update-validator'
import { encodeStructs } from '../../helpers/update-mutation'
import { captureUpdate, forkDoc, handUpdate, structSummary } from '../../helpers/updates'

const roomWithText = (text: string) => {
  const doc = new Y.Doc()
  doc.getText('t').insert(0, text)
  return doc
}

describe('parseUpdate', () => {
  it('reads a real update to its end', () => {
    const doc = new Y.Doc()
    const update = captureUpdate(doc, (d) => {
      d.getText('t').insert(0, 'Atelier 1')
      d.getMap('m').set('titre', { fr: 'Ouverture', ja: '開会' })
      d.getArray('a').push([new Y.Map()])
    })
    const summary = parseUpdate(update)
    expect(summary.clients).toHaveLength(1)
    const lengths = summary.clients[0]?.structs.reduce((sum, struct) => sum + struct.length, 0)
    expect(lengths).toBe(11)
    expect(summary.createdTypes).toHaveLength(1)
  })

  it('refuses every truncation of a valid update', () => {
    const update = captureUpdate(new Y.Doc(), (d) => {
      d.getText('t').insert(0, 'Séance plénière')
      d.getMap('m').set('k', 'v')
    })
    for (let length = 0; length < update.byteLength; length++) {
      expect(() => parseUpdate(update.subarray(0, length))).toThrow(MalformedUpdateError)
    }
  })

  it('refuses trailing bytes, unknown content and unknown type refs', () => {
    const update = captureUpdate(new Y.Doc(), (d) => d.getText('t').insert(0, 'a'))
    expect(() => parseUpdate(new Uint8Array([...update, 0]))).toThrow(/trailing/)
    // Byte 4 is the info byte of the first struct: content ref 4 (string).
    const unknownContent = update.slice()
    unknownContent[4] = 0x1f
    expect(() => parseUpdate(unknownContent)).toThrow(MalformedUpdateError)
    const typeUpdate = captureUpdate(new Y.Doc(), (d) => d.getMap('m').set('k', new Y.Text()))
    const badTypeRef = typeUpdate.slice()
    badTypeRef[badTypeRef.length - 2] = 9
    expect(() => parseUpdate(badTypeRef)).toThrow(/type ref|undecodable/)
  })
})

/** A v1 update of `clients` runs of string items at the root text "t", and no deletions. */
function rawUpdate(runs: Array<{ client: number; clock: number; items: number }>): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, runs.length)
  for (const run of runs) {
    encoding.writeVarUint(encoder, run.items)
    encoding.writeVarUint(encoder, run.client)
    encoding.writeVarUint(encoder, run.clock)
    for (let i = 0; i < run.items; i++) {
      encoding.writeUint8(encoder, 4) // a string, naming its parent
      encoding.writeVarUint(encoder, 1) // by a root key
      encoding.writeVarString(encoder, 't')
      encoding.writeVarString(encoder, 'a')
    }
  }
  encoding.writeVarUint(encoder, 0)
  return encoding.toUint8Array(encoder)
}

/** A v1 update of client 5 from clock 0: `structs` written as they are, no deletions. */
function structsUpdate(structs: number, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1)
  encoding.writeVarUint(encoder, structs)
  encoding.writeVarUint(encoder, 5)
  encoding.writeVarUint(encoder, 0)
  write(encoder)
  encoding.writeVarUint(encoder, 0)
  return encoding.toUint8Array(encoder)
}

/** A v1 update of one item of client 5 at the root text "t" holding `content` (ref, then its bytes). */
const contentUpdate = (ref: number, write: (encoder: encoding.Encoder) => void): Uint8Array =>
  structsUpdate(1, (encoder) => {
    encoding.writeUint8(encoder, ref)
    encoding.writeVarUint(encoder, 1) // parent given by root key
    encoding.writeVarString(encoder, 't')
    write(encoder)
  })

const nestedArrays = (depth: number): unknown => {
  let value: unknown = 1
  for (let i = 0; i < depth; i++) value = [value]
  return value
}

describe('parseUpdate, on shapes no Yjs client writes', () => {
  it('refuses a client listed twice, and one with no structs', () => {
    expect(parseUpdate(rawUpdate([{ client: 5, clock: 0, items: 2 }])).clients).toHaveLength(1)
    expect(() =>
      parseUpdate(
        rawUpdate([
          { client: 5, clock: 0, items: 1 },
          { client: 5, clock: 1, items: 1 },
        ]),
      ),
    ).toThrow(/^client 5 listed twice$/)
    expect(() => parseUpdate(rawUpdate([{ client: 5, clock: 0, items: 0 }]))).toThrow(
      'client 5 has no structs',
    )
  })

  it('refuses clocks past the largest safe integer', () => {
    const last = Number.MAX_SAFE_INTEGER - 1
    expect(parseUpdate(rawUpdate([{ client: 5, clock: last, items: 1 }])).clients).toHaveLength(1)
    expect(() => parseUpdate(rawUpdate([{ client: 5, clock: last, items: 2 }]))).toThrow(
      'clock out of range',
    )
  })

  it('refuses plain and JSON content nested deeper than any reader can take', () => {
    const ANY = 8
    const JSON_CONTENT = 2
    const any = (value: unknown) =>
      contentUpdate(ANY, (e) => {
        encoding.writeVarUint(e, 1)
        encoding.writeAny(e, value as never)
      })
    const json = (value: unknown) =>
      contentUpdate(JSON_CONTENT, (e) => {
        encoding.writeVarUint(e, 1)
        encoding.writeVarString(e, JSON.stringify(value))
      })
    for (const write of [any, json]) {
      expect(parseUpdate(write(nestedArrays(10))).clients).toHaveLength(1)
      expect(() => parseUpdate(write(nestedArrays(100)))).toThrow('content nested too deep at 5:0')
    }
  })
})

describe('parseUpdate, content by content', () => {
  const Ref = { GC: 0, JSON: 2, Binary: 3, String: 4, Embed: 5, Type: 7, Skip: 10 }

  it('refuses with its own reason, never wrapped as undecodable', () => {
    expect(() => parseUpdate(new Uint8Array())).toThrow(/^empty update$/)
    const update = rawUpdate([{ client: 5, clock: 0, items: 1 }])
    expect(() => parseUpdate(new Uint8Array([...update, 7, 7]))).toThrow(
      /^2 unexpected trailing bytes$/,
    )
    try {
      parseUpdate(new Uint8Array())
    } catch (error) {
      expect((error as Error).name).toBe('MalformedUpdateError')
    }
  })

  it('reads garbage as going nowhere, needing nothing', () => {
    const update = structsUpdate(1, (e) => {
      encoding.writeUint8(e, Ref.GC)
      encoding.writeVarUint(e, 4)
    })
    expect(parseUpdate(update).clients[0]?.structs[0]).toEqual(
      structSummary(0, { length: 4, contentRef: Ref.GC }),
    )
  })

  it('reads a string at a root as text, with no values and no type', () => {
    const [struct] =
      parseUpdate(rawUpdate([{ client: 5, clock: 0, items: 1 }])).clients[0]?.structs ?? []
    expect(struct).toMatchObject({
      text: 'a',
      plain: null,
      typeRef: null,
      holdsType: false,
      length: 1,
    })
  })

  it('refuses a gap (skip) and an empty struct', () => {
    const skip = structsUpdate(1, (e) => {
      encoding.writeUint8(e, Ref.Skip)
      encoding.writeVarUint(e, 3)
    })
    expect(() => parseUpdate(skip)).toThrow(/^update has a gap \(skip\) at 5:0$/)
    const empty = contentUpdate(Ref.String, (e) => encoding.writeVarString(e, ''))
    expect(() => parseUpdate(empty)).toThrow(/^empty struct at 5:0$/)
  })

  it('reads binary, embed and JSON content, "undefined" included, one clock each value', () => {
    const binary = contentUpdate(Ref.Binary, (e) =>
      encoding.writeVarUint8Array(e, new Uint8Array([1, 2])),
    )
    expect(parseUpdate(binary).clients[0]?.structs[0]?.length).toBe(1)
    const embed = contentUpdate(Ref.Embed, (e) => encoding.writeVarString(e, '{"image":"x.png"}'))
    expect(parseUpdate(embed).clients[0]?.structs[0]?.length).toBe(1)
    const json = contentUpdate(Ref.JSON, (e) => {
      encoding.writeVarUint(e, 2)
      encoding.writeVarString(e, 'undefined')
      encoding.writeVarString(e, '{"a":1}')
    })
    expect(parseUpdate(json).clients[0]?.structs[0]?.length).toBe(2)
  })

  it('refuses sub-documents, unknown content, invalid JSON and empty deletions, saying which', () => {
    const doc = contentUpdate(9, (e) => {
      encoding.writeVarString(e, 'guid')
      encoding.writeAny(e, {})
    })
    expect(() => parseUpdate(doc)).toThrow(/^sub-documents are not accepted \(5:0\)$/)
    expect(() => parseUpdate(contentUpdate(11, () => {}))).toThrow(
      /^unknown content ref 11 at 5:0$/,
    )
    const json = contentUpdate(Ref.JSON, (e) => {
      encoding.writeVarUint(e, 1)
      encoding.writeVarString(e, '{"a":')
    })
    expect(() => parseUpdate(json)).toThrow(/^invalid JSON content at 5:0$/)
    const empty = encodeStructs([], [{ client: 7, clock: 4, length: 0 }])
    expect(() => parseUpdate(empty)).toThrow(/^empty delete range at 7:4$/)
  })

  it('reads the key of the types that carry one, and refuses type refs past the last', () => {
    const element = captureUpdate(new Y.Doc(), (d) =>
      d.getMap('m').set('x', new Y.XmlElement('section')),
    )
    expect(parseUpdate(element).clients[0]?.structs[0]?.typeRef).toBe(3)
    const unknownType = contentUpdate(Ref.Type, (e) => encoding.writeVarUint(e, 7))
    expect(() => parseUpdate(unknownType)).toThrow(/^unknown type ref 7 at 5:0$/)
  })
})

describe('checkUpdate', () => {
  it('accepts an update whose dependencies the room has', () => {
    const room = roomWithText('Ouverture')
    const update = captureUpdate(forkDoc(room), (d) => d.getText('t').insert(9, ' officielle'))
    expect(checkUpdate(room, update)).toMatchObject({ kind: 'new' })
  })

  it('reports nothing new for an update the room already has', () => {
    const room = roomWithText('Ouverture')
    expect(checkUpdate(room, Y.encodeStateAsUpdate(room))).toEqual({ kind: 'nothing-new' })
  })

  it('reports missing dependencies instead of letting Yjs park them', () => {
    const room = new Y.Doc()
    const writer = new Y.Doc()
    captureUpdate(writer, (d) => d.getText('t').insert(0, 'Atelier'))
    const second = captureUpdate(writer, (d) => d.getText('t').insert(7, ' 2'))
    expect(checkUpdate(room, second).kind).toBe('missing')

    const deleter = forkDoc(writer)
    const deletion = captureUpdate(deleter, (d) => d.getText('t').delete(0, 3))
    expect(checkUpdate(room, deletion).kind).toBe('missing')
  })

  it('refuses an item whose parent is not a shared type', () => {
    const room = roomWithText('abc')
    const inString = handUpdate([
      { client: 42, clock: 0, items: [{ text: 'x', parent: { client: room.clientID, clock: 1 } }] },
    ])
    expect(() => checkUpdate(room, inString)).toThrow(/not a shared type/)
    const inOwnString = handUpdate([
      {
        client: 42,
        clock: 0,
        items: [{ text: 'x' }, { text: 'y', parent: { client: 42, clock: 0 } }],
      },
    ])
    expect(() => checkUpdate(room, inOwnString)).toThrow(/not a shared type/)
  })

  it('refuses an item that depends on its own later clock', () => {
    const update = handUpdate([
      { client: 42, clock: 0, items: [{ text: 'a', origin: { client: 42, clock: 5 } }] },
    ])
    expect(() => checkUpdate(new Y.Doc(), update)).toThrow(/own later clock/)
  })

  it('reports structs that wait on each other as missing, where Yjs would park them', () => {
    const cycle = handUpdate([
      { client: 7, clock: 0, items: [{ text: 'a', origin: { client: 8, clock: 0 } }] },
      { client: 8, clock: 0, items: [{ text: 'b', origin: { client: 7, clock: 0 } }] },
    ])
    const room = new Y.Doc()
    expect(checkUpdate(room, cycle).kind).toBe('missing')
    Y.applyUpdate(room, cycle)
    expect(room.store.pendingStructs).not.toBeNull()
  })

  it('accepts dependencies between clients of one update in any order', () => {
    const writer = new Y.Doc()
    writer.clientID = 1
    const other = new Y.Doc()
    other.clientID = 2
    Y.applyUpdate(
      writer,
      captureUpdate(other, (d) => d.getText('t').insert(0, 'Atelier ')),
    )
    writer.getText('t').insert(8, '3')
    // Client 1's item sits right of client 2's, and is listed first.
    const room = new Y.Doc()
    expect(checkUpdate(room, Y.encodeStateAsUpdate(writer))).toMatchObject({ kind: 'new' })
  })
})

describe('checkUpdate, why an update is missing something', () => {
  it('names a client that starts past the room’s clock, and a deletion past known clocks', () => {
    const late = handUpdate([{ client: 7, clock: 3, items: [{ text: 'a', parent: 't' }] }])
    expect(checkUpdate(new Y.Doc(), late)).toEqual({
      kind: 'missing',
      reason: 'client 7 starts at clock 3, the room has 0',
    })
    const deletion = encodeStructs([], [{ client: 7, clock: 2, length: 4 }])
    expect(checkUpdate(new Y.Doc(), deletion)).toEqual({
      kind: 'missing',
      reason: 'deletes 7:2+4 beyond known clocks',
    })
  })

  it('names the struct that waits, past those that could go in once others did', () => {
    // Listed 9, 8, 7: 8:0 waits on 9:0, then goes in; 7:1 waits on unknown 6:0.
    const update = handUpdate([
      { client: 9, clock: 0, items: [{ text: 'd', parent: 't' }] },
      { client: 8, clock: 0, items: [{ text: 'c', origin: { client: 9, clock: 0 } }] },
      {
        client: 7,
        clock: 0,
        items: [
          { text: 'a', parent: 't' },
          { text: 'b', origin: { client: 6, clock: 0 } },
        ],
      },
    ])
    expect(checkUpdate(new Y.Doc(), update)).toEqual({
      kind: 'missing',
      reason: 'struct 7:1 depends on unknown content',
    })
  })

  it('refuses a struct that depends on its own clock', () => {
    const update = handUpdate([
      { client: 7, clock: 0, items: [{ text: 'a', origin: { client: 7, clock: 0 } }] },
    ])
    expect(() => checkUpdate(new Y.Doc(), update)).toThrow(
      'struct 7:0 depends on its own later clock 0',
    )
  })

  it('refuses an item under a struct of the same update that is no type, beside one that is', () => {
    const typed = encoding.createEncoder()
    // Client 7: 7:0 a map under root "m" key "k"; 7:1 a string at root "t"; 7:2 under 7:1.
    encoding.writeVarUint(typed, 1)
    encoding.writeVarUint(typed, 3)
    encoding.writeVarUint(typed, 7)
    encoding.writeVarUint(typed, 0)
    encoding.writeUint8(typed, 7 | 0b0010_0000)
    encoding.writeVarUint(typed, 1)
    encoding.writeVarString(typed, 'm')
    encoding.writeVarString(typed, 'k')
    encoding.writeVarUint(typed, 1) // YMap
    encoding.writeUint8(typed, 4)
    encoding.writeVarUint(typed, 1)
    encoding.writeVarString(typed, 't')
    encoding.writeVarString(typed, 'x')
    encoding.writeUint8(typed, 4)
    encoding.writeVarUint(typed, 0)
    encoding.writeVarUint(typed, 7)
    encoding.writeVarUint(typed, 1)
    encoding.writeVarString(typed, 'y')
    encoding.writeVarUint(typed, 0)
    expect(() => checkUpdate(new Y.Doc(), encoding.toUint8Array(typed))).toThrow(
      'parent 7:1 is not a shared type',
    )
  })
})

describe('checkUpdate on deletions alone', () => {
  /** A room whose "abc" (client 1) has its "b" deleted. */
  function roomWithDeletion(): Y.Doc {
    const room = new Y.Doc()
    const writer = new Y.Doc()
    writer.clientID = 1
    writer.getText('t').insert(0, 'abc')
    writer.getText('t').delete(1, 1)
    Y.applyUpdate(room, Y.encodeStateAsUpdate(writer))
    return room
  }
  const deleting = (clock: number, length: number) =>
    encodeStructs([], [{ client: 1, clock, length }])

  it('are nothing new when the room holds them deleted already', () => {
    expect(checkUpdate(roomWithDeletion(), deleting(1, 1))).toEqual({ kind: 'nothing-new' })
  })

  it('are new when any clock they cover is live in the room', () => {
    expect(checkUpdate(roomWithDeletion(), deleting(0, 2))).toEqual({ kind: 'new', writes: [] })
    expect(checkUpdate(roomWithDeletion(), deleting(1, 2))).toEqual({ kind: 'new', writes: [] })
  })
})

describe('checkUpdate against random corruption', () => {
  it('never accepts an update that Yjs cannot integrate cleanly', () => {
    const room = new Y.Doc()
    room.getText('t').insert(0, 'abcdef')
    room.getMap('m').set('x', new Y.Array())
    room.getText('t').delete(1, 2)
    const writer = forkDoc(room)
    const bases = [
      captureUpdate(writer, (d) => d.getText('t').insert(2, 'XYZ')),
      captureUpdate(writer, (d) =>
        (d.getMap('m').get('x') as Y.Array<unknown>).push([1, 'a', { b: 2 }, new Y.Text('q')]),
      ),
      captureUpdate(writer, (d) => d.getText('t').delete(0, 3)),
      captureUpdate(writer, (d) => d.getText('t').format(0, 2, { bold: true })),
    ]
    let seed = 42
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648
      return seed / 2147483648
    }
    let accepted = 0
    for (let i = 0; i < 20_000; i++) {
      const update = (bases[i % bases.length] as Uint8Array).slice()
      const flips = 1 + Math.floor(random() * 3)
      for (let k = 0; k < flips; k++) {
        update[Math.floor(random() * update.length)] = Math.floor(random() * 256)
      }
      let verdict: ReturnType<typeof checkUpdate>
      try {
        verdict = checkUpdate(room, update)
      } catch (error) {
        expect(error).toBeInstanceOf(MalformedUpdateError)
        continue
      }
      if (verdict.kind !== 'new') continue
      accepted++
      const replica = forkDoc(room)
      Y.applyUpdate(replica, update)
      expect(replica.store.pendingStructs).toBeNull()
      expect(replica.store.pendingDs).toBeNull()
    }
    // Some corruptions stay valid updates (a changed character): they must be applied.
    expect(accepted).toBeGreaterThan(100)
  })
})

describe('checkUpdate on clients that wait on each other in a chain', () => {
  /**
   * Client i's one character sits right of client i+1's, so each client can
   * go in only after the next one: in the order the update lists them, every
   * client but the last waits. (A repeated pass over the clients took the
   * square of their number: 15 s for 20,000; the worklist takes each once.)
   */
  function chain(clients: number, { lastLink = true } = {}): Uint8Array {
    const listed = lastLink ? clients : clients - 1
    const encoder = encoding.createEncoder()
    encoding.writeVarUint(encoder, listed)
    for (let i = 1; i <= listed; i++) {
      encoding.writeVarUint(encoder, 1) // one struct
      encoding.writeVarUint(encoder, i) // client
      encoding.writeVarUint(encoder, 0) // clock
      if (i < clients) {
        encoding.writeUint8(encoder, 0x81) // an Item with an origin, content: deleted length
        encoding.writeVarUint(encoder, i + 1)
        encoding.writeVarUint(encoder, 0)
        encoding.writeVarUint(encoder, 1)
      } else {
        encoding.writeUint8(encoder, 0) // a GC struct of length 1: the last link
        encoding.writeVarUint(encoder, 1)
      }
    }
    encoding.writeVarUint(encoder, 0) // no deletes
    return encoding.toUint8Array(encoder)
  }

  it('takes every client in, and Yjs agrees', () => {
    const update = chain(500)
    expect(checkUpdate(new Y.Doc(), update)).toMatchObject({ kind: 'new' })
    const doc = new Y.Doc()
    Y.applyUpdate(doc, update)
    expect(doc.store.pendingStructs).toBeNull()
    expect(doc.store.clients.size).toBe(500)
  })

  it('finds the chain incomplete when its last link is not there, as Yjs would', () => {
    const partial = chain(50, { lastLink: false })
    expect(checkUpdate(new Y.Doc(), partial).kind).toBe('missing')
    const doc = new Y.Doc()
    Y.applyUpdate(doc, partial)
    expect(doc.store.pendingStructs).not.toBeNull()
  })
})
