import * as encoding from 'lib0/encoding'
import * as Y from 'yjs'

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

interface HandItem {
  text: string
  /** The left neighbour; without one, the item names `parent`. */
  origin?: { client: number; clock: number }
  /** A root type's name, or the id of the item that must be a shared type. */
  parent?: string | { client: number; clock: number }
}

/**
 * A hand-written v1 update of string items, for shapes no Yjs client
 * produces (a hostile client can send any bytes).
 */
export function handUpdate(
  clients: Array<{ client: number; clock: number; items: HandItem[] }>,
): Uint8Array {
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, clients.length)
  for (const { client, clock, items } of clients) {
    encoding.writeVarUint(encoder, items.length)
    encoding.writeVarUint(encoder, client)
    encoding.writeVarUint(encoder, clock)
    for (const item of items) {
      const STRING_CONTENT = 4
      const HAS_ORIGIN = 0b1000_0000
      encoding.writeUint8(encoder, STRING_CONTENT | (item.origin ? HAS_ORIGIN : 0))
      if (item.origin) {
        encoding.writeVarUint(encoder, item.origin.client)
        encoding.writeVarUint(encoder, item.origin.clock)
      } else if (typeof item.parent === 'object') {
        encoding.writeVarUint(encoder, 0) // parent given by id
        encoding.writeVarUint(encoder, item.parent.client)
        encoding.writeVarUint(encoder, item.parent.clock)
      } else {
        encoding.writeVarUint(encoder, 1) // parent given by root key
        encoding.writeVarString(encoder, item.parent ?? 't')
      }
      encoding.writeVarString(encoder, item.text)
    }
  }
  encoding.writeVarUint(encoder, 0) // empty delete set
  return encoding.toUint8Array(encoder)
}

interface HandEntry {
  client: number
  clock: number
  /** Plain values (ContentAny, what Y.Map.set writes: one value). */
  values: unknown[]
  origin?: { client: number; clock: number }
  rightOrigin?: { client: number; clock: number }
  /** Without neighbours: the root map and the key the entry is written under. */
  root?: { name: string; key: string }
  deletes?: Array<{ client: number; clock: number; length: number }>
}

/**
 * A hand-written v1 update of one map entry of plain values, with the
 * neighbours and deletions given: shapes Y.Map.set never writes (a right
 * neighbour, several values).
 */
export function handEntry(entry: HandEntry): Uint8Array {
  const ANY_CONTENT = 8
  const HAS_ORIGIN = 0b1000_0000
  const HAS_RIGHT_ORIGIN = 0b0100_0000
  const HAS_PARENT_SUB = 0b0010_0000
  const encoder = encoding.createEncoder()
  encoding.writeVarUint(encoder, 1) // one client
  encoding.writeVarUint(encoder, 1) // one struct
  encoding.writeVarUint(encoder, entry.client)
  encoding.writeVarUint(encoder, entry.clock)
  const neighbours = [entry.origin, entry.rightOrigin].filter((id) => id !== undefined)
  const info =
    ANY_CONTENT |
    (entry.origin ? HAS_ORIGIN : 0) |
    (entry.rightOrigin ? HAS_RIGHT_ORIGIN : 0) |
    (neighbours.length === 0 ? HAS_PARENT_SUB : 0)
  encoding.writeUint8(encoder, info)
  for (const id of neighbours) {
    encoding.writeVarUint(encoder, id.client)
    encoding.writeVarUint(encoder, id.clock)
  }
  if (neighbours.length === 0) {
    encoding.writeVarUint(encoder, 1) // parent given by root key
    encoding.writeVarString(encoder, entry.root?.name ?? 'meta')
    encoding.writeVarString(encoder, entry.root?.key ?? 'schemaVersion')
  }
  encoding.writeVarUint(encoder, entry.values.length)
  for (const value of entry.values) encoding.writeAny(encoder, value as never)
  const deletes = entry.deletes ?? []
  encoding.writeVarUint(encoder, deletes.length)
  for (const range of deletes) {
    encoding.writeVarUint(encoder, range.client)
    encoding.writeVarUint(encoder, 1)
    encoding.writeVarUint(encoder, range.clock)
    encoding.writeVarUint(encoder, range.length)
  }
  return encoding.toUint8Array(encoder)
}
