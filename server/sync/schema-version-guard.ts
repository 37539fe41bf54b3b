import * as Y from 'yjs'
import { SCHEMA_VERSION } from '../../shared/doc/edition/schema'
import { EDITION_DOC_PREFIX } from '../../shared/editions'
import type { StructId, StructSummary, UpdateSummary } from './update-reader'
import { MalformedUpdateError } from './update-reader'

// Where the edition's layout writes its version (shared/doc/edition/layout.ts).
const META_ROOT = 'meta'
const VERSION_KEY = 'schemaVersion'

/**
 * Refuses an update of an edition's document that writes its schema version
 * as anything but a version this Kaigi knows (1 to SCHEMA_VERSION). The
 * server's own changes (a registration, a participant's suggestion) refuse
 * to write a document of a newer layout, lest they lose fields they do not
 * know: a member setting the version to 99 would stop them all, for
 * everyone, until someone repaired the document by hand. A write over the
 * stored version names only its neighbour, so the item's key is found as
 * Yjs finds it, through the neighbour (left, else right), without recursion.
 */
export function checkSchemaVersion(doc: Y.Doc, docName: string, summary: UpdateSummary): void {
  if (!docName.startsWith(EDITION_DOC_PREFIX)) return
  const places = new VersionPlaces(doc.store, summary)
  for (const { client, structs } of summary.clients) {
    const known = Y.getState(doc.store, client)
    for (const struct of structs) {
      // What the room already holds was checked when it came in.
      if (struct.clock + struct.length <= known || !places.writesVersion(struct)) continue
      if (!isKnownVersion(struct)) {
        throw new MalformedUpdateError(
          `schema version written at ${client}:${struct.clock} is not one this Kaigi writes (1 to ${SCHEMA_VERSION})`,
        )
      }
    }
  }
}

/**
 * One plain whole number among this Kaigi's layouts. Anything else (a string,
 * a shared type, content already deleted) is no version a Kaigi writes.
 */
function isKnownVersion(struct: StructSummary): boolean {
  const [value] = struct.plain ?? []
  return (
    struct.plain?.length === 1 &&
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= 1 &&
    value <= SCHEMA_VERSION
  )
}

/** Whether each struct of an update goes under `meta.schemaVersion`, resolved once each. */
class VersionPlaces {
  private readonly known = new Map<StructSummary, boolean>()
  private readonly byClient: Map<number, StructSummary[]>

  constructor(
    private readonly store: Y.Doc['store'],
    summary: UpdateSummary,
  ) {
    this.byClient = new Map(summary.clients.map(({ client, structs }) => [client, structs]))
  }

  writesVersion(start: StructSummary): boolean {
    const chain = [start]
    const onChain = new Set(chain)
    for (let struct = chain.at(-1); struct !== undefined; struct = chain.at(-1)) {
      if (this.known.has(struct)) {
        chain.pop()
        continue
      }
      const resolved = this.resolve(struct)
      if (typeof resolved === 'boolean' || onChain.has(resolved)) {
        // A neighbour chain that loops goes nowhere (Yjs would never integrate it).
        this.known.set(struct, resolved === true)
        chain.pop()
      } else {
        chain.push(resolved)
        onChain.add(resolved)
      }
    }
    return this.known.get(start) === true
  }

  /** Whether `struct` goes under the version's key, or the struct of the update it sits beside. */
  private resolve(struct: StructSummary): boolean | StructSummary {
    const placement = struct.placement
    if (placement === null || placement.kind === 'under') return false
    if (placement.kind === 'root') {
      return placement.key === META_ROOT && struct.parentSub === VERSION_KEY
    }
    if (placement.id.clock < Y.getState(this.store, placement.id.client)) {
      return inRoomAtVersion(this.store, placement.id)
    }
    return this.find(placement.id) ?? false
  }

  /** The struct of the update holding clock `id.clock` of `id.client`. */
  private find(id: StructId): StructSummary | undefined {
    const structs = this.byClient.get(id.client) ?? []
    let low = 0
    let high = structs.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const struct = structs[middle] as StructSummary
      if (id.clock < struct.clock) high = middle - 1
      else if (id.clock >= struct.clock + struct.length) low = middle + 1
      else return struct
    }
    return undefined
  }
}

/** Whether the room's item `id` is an entry of the root map `meta` under the version's key. */
function inRoomAtVersion(store: Y.Doc['store'], id: StructId): boolean {
  const item = Y.getItem(store, Y.createID(id.client, id.clock))
  if (!(item instanceof Y.Item) || item.parentSub !== VERSION_KEY) return false
  const parent: unknown = item.parent
  return (
    parent instanceof Y.AbstractType &&
    parent._item === null &&
    Y.findRootTypeKey(parent) === META_ROOT
  )
}
