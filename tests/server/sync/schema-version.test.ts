/**
 * The schema version guard at the level of the document model: which
 * updates of an edition's `meta.schemaVersion` the validator takes and which
 * it refuses, however the entry is placed (over the stored one, as a new
 * entry, beside an older one, before another) and whatever it holds.
 */
import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { parseUpdate } from '../../../server/sync/update-parser'
import { checkUpdate } from '../../../server/sync/update-validator'
import { SCHEMA_VERSION } from '../../../shared/doc/edition/schema'
import { captureUpdate, forkDoc, handEntry } from '../../helpers/updates'

const DOC = 'edition-lyon-2026'
const meta = (doc: Y.Doc) => doc.getMap('meta')

/** A room holding an edition whose version `writers` wrote in turn, each from its own document. */
function edition(...writers: Array<(doc: Y.Doc) => void>): Y.Doc {
  const room = new Y.Doc()
  for (const write of writers) {
    const writer = forkDoc(room)
    write(writer)
    Y.applyUpdate(room, Y.encodeStateAsUpdate(writer))
  }
  return room
}

const setVersion = (value: unknown) => (doc: Y.Doc) => meta(doc).set('schemaVersion', value)

/** The id of the item holding the room's version now. */
function versionId(room: Y.Doc): { client: number; clock: number } {
  const item = (meta(room) as unknown as { _map: Map<string, Y.Item> })._map.get('schemaVersion')
  if (!item) throw new Error('the room holds no version')
  return { client: item.id.client, clock: item.id.clock }
}

/** The id of the oldest item written under the version's key, deleted or not. */
function firstVersionId(room: Y.Doc): { client: number; clock: number } {
  let item = (meta(room) as unknown as { _map: Map<string, Y.Item> })._map.get('schemaVersion')
  while (item?.left) item = item.left
  if (!item) throw new Error('the room holds no version')
  return { client: item.id.client, clock: item.id.clock }
}

const refusal = (room: Y.Doc, update: Uint8Array) => () => checkUpdate(room, update, DOC)
const NEW_CLIENT = 777

describe("an update of an edition's schema version", () => {
  it("is taken when it writes this Kaigi's own version over the stored one", () => {
    const room = edition(setVersion(SCHEMA_VERSION))
    const update = captureUpdate(forkDoc(room), setVersion(SCHEMA_VERSION))
    expect(checkUpdate(room, update, DOC)).toMatchObject({ kind: 'new' })
  })

  it('is refused, naming the entry, when it writes a version above this Kaigi', () => {
    const room = edition(setVersion(SCHEMA_VERSION))
    const author = forkDoc(room)
    const update = captureUpdate(author, setVersion(SCHEMA_VERSION + 1))
    expect(refusal(room, update)).toThrow(
      `schema version written at ${author.clientID}:0 is not one this Kaigi writes (1 to ${SCHEMA_VERSION})`,
    )
  })

  it.each([
    ['0', 0],
    ['1.5', 1.5],
    ['a string', '1'],
    ['a shared type', new Y.Text('1')],
  ])('is refused when it writes %s', (_name, value) => {
    const room = edition(setVersion(SCHEMA_VERSION))
    const update = captureUpdate(forkDoc(room), setVersion(value))
    expect(refusal(room, update)).toThrow(/is not one this Kaigi writes/)
  })

  it('is refused when its entry holds two values', () => {
    const room = edition(setVersion(SCHEMA_VERSION))
    const update = handEntry({
      client: NEW_CLIENT,
      clock: 0,
      values: [SCHEMA_VERSION, SCHEMA_VERSION],
      origin: versionId(room),
    })
    expect(refusal(room, update)).toThrow(/is not one this Kaigi writes/)
  })

  it('is refused when placed before another entry (Yjs would delete it)', () => {
    const room = edition(setVersion(SCHEMA_VERSION))
    const update = handEntry({
      client: NEW_CLIENT,
      clock: 0,
      values: [SCHEMA_VERSION],
      rightOrigin: versionId(room),
    })
    expect(refusal(room, update)).toThrow(`written at ${NEW_CLIENT}:0 is placed before another`)
  })

  it('is refused when the same update deletes what it writes', () => {
    const room = edition(setVersion(SCHEMA_VERSION))
    const author = forkDoc(room)
    const update = captureUpdate(author, (doc) => {
      setVersion(SCHEMA_VERSION)(doc)
      setVersion(SCHEMA_VERSION)(doc)
    })
    expect(refusal(room, update)).toThrow(
      `written at ${author.clientID}:0 is deleted by the same update`,
    )
  })

  it('is taken when the same update deletes what it wrote just before the version', () => {
    const room = edition(setVersion(SCHEMA_VERSION))
    const update = captureUpdate(forkDoc(room), (doc) => {
      meta(doc).set('title', 'Rencontres')
      meta(doc).delete('title')
      setVersion(SCHEMA_VERSION)(doc)
    })
    expect(checkUpdate(room, update, DOC)).toMatchObject({ kind: 'new' })
  })

  it('is taken again as it is when the room holds it already, even a version it would refuse now', () => {
    const room = edition(setVersion(SCHEMA_VERSION + 1))
    expect(checkUpdate(room, Y.encodeStateAsUpdate(room), DOC)).toEqual({ kind: 'nothing-new' })
  })
})

describe("an update that deletes the edition's schema version", () => {
  it('is refused when it writes none over it', () => {
    const room = edition(setVersion(SCHEMA_VERSION))
    const update = captureUpdate(forkDoc(room), (doc) => meta(doc).delete('schemaVersion'))
    expect(refusal(room, update)).toThrow("update deletes the edition's schema version")
  })

  it('is refused when the version it writes is a new entry, not one over the stored version', () => {
    const room = edition(setVersion(SCHEMA_VERSION))
    const current = versionId(room)
    const update = handEntry({
      client: NEW_CLIENT,
      clock: 0,
      values: [SCHEMA_VERSION],
      deletes: [{ ...current, length: 1 }],
    })
    expect(refusal(room, update)).toThrow("update deletes the edition's schema version")
  })

  // Each room's first version entry is older, deleted; the update writes beside it.
  it.each([
    ['another client at the same clock', [setVersion(1), setVersion(SCHEMA_VERSION)]],
    [
      'the same client at an earlier clock',
      [
        (doc: Y.Doc) => {
          setVersion(1)(doc)
          setVersion(SCHEMA_VERSION)(doc)
        },
      ],
    ],
  ])('is refused when it writes beside an older version, of %s', (_name, writers) => {
    const room = edition(...writers)
    const current = versionId(room)
    const oldest = firstVersionId(room)
    expect(oldest.client === current.client).toBe(writers.length === 1)
    expect(oldest.clock === current.clock).toBe(writers.length === 2)
    const update = handEntry({
      client: NEW_CLIENT,
      clock: 0,
      values: [SCHEMA_VERSION],
      origin: oldest,
      deletes: [{ ...current, length: 1 }],
    })
    expect(refusal(room, update)).toThrow("update deletes the edition's schema version")
  })
})

describe('an update of an edition elsewhere than its schema version', () => {
  it.each([
    ['another root map', (doc: Y.Doc) => doc.getMap('programme').set('schemaVersion', 99)],
    ['a new entry of a root map', (doc: Y.Doc) => doc.getMap('agenda').set('schemaVersion', 99)],
    ['a new key of the metadata', (doc: Y.Doc) => meta(doc).set('edition', 99)],
    [
      'a map inside the metadata',
      (doc: Y.Doc) => (meta(doc).get('details') as Y.Map<number>).set('schemaVersion', 99),
    ],
    [
      'a map the room holds at the version key, from before the guard',
      (doc: Y.Doc) => (meta(doc).get('schemaVersion') as Y.Map<number>).set('note', 99),
    ],
  ])('is taken under the same key in %s', (_name, edit) => {
    const room = edition((doc) => {
      doc.getMap('programme').set('schemaVersion', 1)
      meta(doc).set('details', new Y.Map())
      ;(meta(doc).get('details') as Y.Map<number>).set('schemaVersion', 1)
      meta(doc).set('schemaVersion', new Y.Map())
    })
    const update = captureUpdate(forkDoc(room), edit)
    expect(checkUpdate(room, update, DOC)).toMatchObject({ kind: 'new' })
  })

  it('is taken when it holds garbage (content of a deleted type)', () => {
    const room = edition(setVersion(SCHEMA_VERSION))
    const author = forkDoc(room)
    meta(author).set('draft', new Y.Map())
    ;(meta(author).get('draft') as Y.Map<string>).set('titre', 'Atelier')
    meta(author).delete('draft')
    const update = Y.encodeStateAsUpdate(author, Y.encodeStateVector(room))
    // The deleted map's entry was garbage-collected into a GC struct.
    const structs = parseUpdate(update).clients.flatMap((client) => client.structs)
    expect(structs.some((struct) => struct.placement === null)).toBe(true)
    expect(checkUpdate(room, update, DOC)).toMatchObject({ kind: 'new' })
  })
})
