import * as Y from 'yjs'
import type { StructSummary } from '../../server/sync/update-parser'
import { encodeStructs } from './update-mutation'

/** Runs `edit` on `doc` and returns the update it produced. */
export function captureUpdate(doc: Y.Doc, edit: (doc: Y.Doc) => void): Uint8Array {
  let captured: Uint8Array | null = null
  const listener = (update: Uint8Array) => {
    captured = captured ? Y.mergeUpdates([captured, update]) : update
  }
  doc.on('update', listener)
  edit(doc)
  doc.off('update', listener)
  if (!captured) throw new Error('the edit produced no update')
  return captured
}

/** A copy of `doc` with the same content and a new client id. */
export function forkDoc(doc: Y.Doc): Y.Doc {
  const fork = new Y.Doc()
  Y.applyUpdate(fork, Y.encodeStateAsUpdate(doc))
  return fork
}

type Id = { client: number; clock: number }

/** Where a hand-written item goes: its neighbours or, without them, its parent and key. */
export interface HandPlace {
  origin?: Id
  right?: Id
  /** A root type's name, or the id of the item that must be a shared type. */
  parent?: string | Id
  key?: string
}

/**
 * An item written by hand at `at`, for shapes no Yjs client produces (a
 * hostile client can send any bytes); `encodeStructs` makes an update of it.
 */
export function handItem(at: Id, place: HandPlace, content: Y.Item['content']): Y.Item {
  const toId = (id: Id | undefined) => (id ? Y.createID(id.client, id.clock) : null)
  const parent = typeof place.parent === 'object' ? toId(place.parent) : (place.parent ?? null)
  return new Y.Item(
    Y.createID(at.client, at.clock),
    null,
    toId(place.origin),
    null,
    toId(place.right),
    // A root's name or an item's id: what Yjs writes for a parent, before it is integrated.
    parent as unknown as Y.AbstractType<unknown>,
    place.key ?? null,
    content,
  )
}

interface HandText {
  text: string
  /** The left neighbour; without one, the item names `parent` (root "t" unless told). */
  origin?: Id
  parent?: string | Id
}

/** A hand-written update of string items, each client's from `clock` on. */
export function handUpdate(clients: Array<{ client: number; clock: number; items: HandText[] }>) {
  const structs = clients.flatMap(({ client, clock, items }) => {
    let at = clock
    return items.map((item) => {
      const place = item.origin ? { origin: item.origin } : { parent: item.parent ?? 't' }
      const struct = handItem({ client, clock: at }, place, new Y.ContentString(item.text))
      at += item.text.length
      return struct
    })
  })
  return encodeStructs(structs)
}

interface HandEntry {
  client: number
  clock: number
  /** Plain values (ContentAny, what Y.Map.set writes: one value). */
  values: unknown[]
  origin?: Id
  rightOrigin?: Id
  /** Without neighbours: the root map and the key the entry is written under. */
  root?: { name: string; key: string }
  deletes?: Array<{ client: number; clock: number; length: number }>
}

/**
 * A hand-written update of one map entry of plain values, with the
 * neighbours and deletions given: shapes Y.Map.set never writes (a right
 * neighbour, several values). Without neighbours it goes under
 * `meta.schemaVersion` unless told.
 */
export function handEntry(entry: HandEntry): Uint8Array {
  const place =
    entry.origin || entry.rightOrigin
      ? { origin: entry.origin, right: entry.rightOrigin }
      : { parent: entry.root?.name ?? 'meta', key: entry.root?.key ?? 'schemaVersion' }
  const struct = handItem(entry, place, new Y.ContentAny(entry.values))
  return encodeStructs([struct], entry.deletes)
}

/** What the update parser makes of one struct: a plain value at `clock` going nowhere, unless `fields` say otherwise. */
export const structSummary = (
  clock: number,
  fields: Partial<StructSummary> = {},
): StructSummary => ({
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
