import * as Y from 'yjs'
import { EDITED_ROOTS } from './random-edits'

/** What a replica shows, normalised so that replicas of different histories compare. */
export interface ReplicaView {
  /** `encodeStateAsUpdate` of a fresh document built from the replica's state. */
  state: Uint8Array
  /** Its content, every root as Yjs's `toJSON` reads it and as its raw lists and maps hold it. */
  content: string
}

/** Every visible value under `type`, from its list and from its map, nested types included. */
function dumpType(type: Y.AbstractType<unknown>): unknown {
  const list: unknown[] = []
  for (let item = type._start; item !== null; item = item.right) {
    if (item.deleted) continue
    if (item.content instanceof Y.ContentType) list.push(dumpType(item.content.type))
    else list.push(...item.content.getContent())
  }
  const map: Record<string, unknown> = {}
  for (const [key, item] of [...type._map].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (item.deleted) continue
    const content = item.content
    map[key] =
      content instanceof Y.ContentType ? dumpType(content.type) : content.getContent().at(-1)
  }
  return { list, map }
}

/** The view of a replica whose whole state is `state`. */
export function replicaView(state: Uint8Array): ReplicaView {
  const doc = new Y.Doc()
  try {
    try {
      Y.applyUpdate(doc, state)
    } catch (error) {
      // A replica that cannot even be rebuilt differs from any that can.
      return { state: new Uint8Array(), content: `unreadable: ${(error as Error).message}` }
    }
    const raw: Record<string, unknown> = {}
    for (const [name, type] of [...doc.share].sort(([a], [b]) => (a < b ? -1 : 1))) {
      raw[name] = dumpType(type as Y.AbstractType<unknown>)
    }
    const json = {
      text: doc.getText(EDITED_ROOTS.text).toDelta(),
      array: doc.getArray(EDITED_ROOTS.array).toJSON(),
      map: doc.getMap(EDITED_ROOTS.map).toJSON(),
    }
    return { state: Y.encodeStateAsUpdate(doc), content: JSON.stringify({ raw, json }) }
  } finally {
    doc.destroy()
  }
}

const sameBytes = (a: Uint8Array, b: Uint8Array): boolean =>
  a.byteLength === b.byteLength && a.every((byte, i) => byte === b[i])

/**
 * The names of the replicas whose view differs from the first one's (null
 * when all agree), byte for byte and in content.
 */
export function differingReplicas(states: Record<string, Uint8Array>): string[] | null {
  const entries = Object.entries(states)
  const [first, ...rest] = entries
  if (!first) return null
  const reference = replicaView(first[1])
  const differing: string[] = []
  for (const [name, state] of rest) {
    const view = replicaView(state)
    if (!sameBytes(view.state, reference.state) || view.content !== reference.content) {
      differing.push(name)
    }
  }
  return differing.length > 0 ? [first[0], ...differing] : null
}
