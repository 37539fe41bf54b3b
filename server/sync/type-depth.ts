import * as Y from 'yjs'
import { MAX_TYPE_DEPTH } from '../../shared/doc/plain-value'
import type { StructId, StructSummary, UpdateSummary } from './update-reader'
import { MalformedUpdateError } from './update-reader'

/** An item that goes nowhere (its neighbour or parent was garbage-collected): it holds no type. */
const GARBAGE = Number.NEGATIVE_INFINITY

/**
 * Refuses an update that nests shared types deeper than MAX_TYPE_DEPTH,
 * counting those the room already holds above them. Every reader of a
 * nested type (Yjs's `toJSON`, its deletion and garbage collection of a
 * type's content) recurses once per level: a chain of maps 20,000 deep
 * overflows the stack of the server and of every member. Yjs does not write
 * an item's parent when it has a neighbour, so the parent is found as Yjs
 * finds it, through the neighbour, without recursion: an update may hold
 * long chains of neighbours.
 */
export function checkTypeDepth(doc: Y.Doc, summary: UpdateSummary): void {
  if (summary.createdTypes.length === 0) return
  const depths = new TypeDepths(doc.store, summary)
  for (const { client, structs } of summary.clients) {
    for (const struct of structs) {
      if (!struct.holdsType) continue
      if (depths.parentDepth(struct) + 1 > MAX_TYPE_DEPTH) {
        throw new MalformedUpdateError(
          `shared types nested too deep at ${client}:${struct.clock} (more than ${MAX_TYPE_DEPTH})`,
        )
      }
    }
  }
}

class TypeDepths {
  /** The depth of the type each struct of the update goes into (a root type is 1). */
  private readonly known = new Map<StructSummary, number>()
  private readonly byClient: Map<number, StructSummary[]>

  constructor(
    private readonly store: Y.Doc['store'],
    summary: UpdateSummary,
  ) {
    this.byClient = new Map(summary.clients.map(({ client, structs }) => [client, structs]))
  }

  /** The depth of the type `start` goes into, resolving the structs it hangs on first. */
  parentDepth(start: StructSummary): number {
    const chain = [start]
    const onChain = new Set(chain)
    for (let struct = chain.at(-1); struct !== undefined; struct = chain.at(-1)) {
      if (this.known.has(struct)) {
        chain.pop()
        continue
      }
      const resolved = this.resolve(struct)
      if (typeof resolved === 'number') {
        this.known.set(struct, resolved)
        chain.pop()
      } else if (onChain.has(resolved)) {
        throw new MalformedUpdateError(`struct ${resolved.clock} is placed beside itself`)
      } else {
        chain.push(resolved)
        onChain.add(resolved)
      }
    }
    return this.known.get(start) ?? GARBAGE
  }

  /** The depth `struct` goes into, or the struct of the update it must be resolved after. */
  private resolve(struct: StructSummary): number | StructSummary {
    const placement = struct.placement
    if (placement === null) return GARBAGE
    if (placement.kind === 'root') return 1
    const inRoom = placement.id.clock < Y.getState(this.store, placement.id.client)
    if (inRoom) {
      const item = Y.getItem(this.store, Y.createID(placement.id.client, placement.id.clock))
      if (!(item instanceof Y.Item)) return GARBAGE
      if (placement.kind === 'beside') return depthOf(item.parent)
      return item.content instanceof Y.ContentType ? depthOf(item.content.type) : GARBAGE
    }
    const target = this.find(placement.id)
    if (!target) return GARBAGE
    const depth = this.known.get(target)
    if (depth === undefined) return target
    // Beside a neighbour, in the same type; under an item, in the type it holds.
    return placement.kind === 'beside' ? depth : depth + 1
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

/** How deep `type` sits in the room's document, counted up to one past the limit. */
function depthOf(type: unknown): number {
  if (!(type instanceof Y.AbstractType)) return GARBAGE
  let depth = 1
  for (let at: Y.AbstractType<unknown> = type; at._item !== null && depth <= MAX_TYPE_DEPTH; ) {
    const parent: unknown = at._item.parent
    if (!(parent instanceof Y.AbstractType)) return GARBAGE
    at = parent
    depth++
  }
  return depth
}
