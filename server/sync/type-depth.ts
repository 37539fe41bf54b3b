import * as Y from 'yjs'
import { MAX_TYPE_DEPTH } from '../../shared/doc/plain-value'
import { PlacementChain, type PlacementStep } from './placement-chain'
import type { StructSummary, UpdateSummary } from './update-parser'
import { MalformedUpdateError } from './update-parser'

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
  const depths = typeDepths(doc.store, summary)
  for (const { client, structs } of summary.clients) {
    for (const struct of structs) {
      if (!struct.holdsType) continue
      if (depths.valueOf(struct) + 1 > MAX_TYPE_DEPTH) {
        throw new MalformedUpdateError(
          `shared types nested too deep at ${client}:${struct.clock} (more than ${MAX_TYPE_DEPTH})`,
        )
      }
    }
  }
}

/** The depth of the type each struct of an update goes into (a root type is 1). */
function typeDepths(store: Y.Doc['store'], summary: UpdateSummary): PlacementChain<number> {
  const chain: PlacementChain<number> = new PlacementChain(
    summary,
    (struct): PlacementStep<number> => {
      const placement = struct.placement
      // Stryker disable next-line ObjectLiteral: equivalent, a depth left undefined is never found too deep (NaN compares false), as garbage is not.
      if (placement === null) return { value: GARBAGE }
      if (placement.kind === 'root') return { value: 1 }
      if (placement.id.clock < Y.getState(store, placement.id.client)) {
        const item = Y.getItem(store, Y.createID(placement.id.client, placement.id.clock))
        // Stryker disable next-line ConditionalExpression,ObjectLiteral: equivalent, a GC struct has neither parent nor content, which the lines below read as garbage too.
        if (!(item instanceof Y.Item)) return { value: GARBAGE }
        if (placement.kind === 'beside') return { value: depthOf(item.parent) }
        return {
          value: item.content instanceof Y.ContentType ? depthOf(item.content.type) : GARBAGE,
        }
      }
      const target = chain.find(placement.id)
      // Stryker disable next-line ConditionalExpression,ObjectLiteral: unreachable, checkUpdate reports a neighbour found nowhere as missing before this check runs.
      if (!target) return { value: GARBAGE }
      // Beside a neighbour, in the same type; under an item, in the type it holds.
      return { after: target, map: (depth) => (placement.kind === 'beside' ? depth : depth + 1) }
    },
    placedBesideItself,
  )
  return chain
}

// Stryker disable all: unreachable, checkUpdate reports structs that wait on each other as missing before this check runs.
/** A chain of neighbours that loops: Yjs would never integrate it. */
function placedBesideItself(struct: StructSummary): never {
  throw new MalformedUpdateError(`struct ${struct.clock} is placed beside itself`)
}
// Stryker restore all

/** How deep `type` sits in the room's document, counted up to one past the limit. */
function depthOf(type: unknown): number {
  // Stryker disable next-line ConditionalExpression: equivalent, an integrated item's parent and a ContentType's type are shared types; the check narrows the type.
  if (!(type instanceof Y.AbstractType)) return GARBAGE
  let depth = 1
  for (let at: Y.AbstractType<unknown> = type; at._item !== null; ) {
    // The cap only bounds the walk: a depth capped one past the limit, or
    // counted up to the root, is refused alike (depth + 1 > limit).
    // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent, as said above.
    if (depth > MAX_TYPE_DEPTH) break
    const parent: unknown = at._item.parent
    // Stryker disable next-line ConditionalExpression: equivalent, an integrated item's parent is a shared type; the check narrows the type.
    if (!(parent instanceof Y.AbstractType)) return GARBAGE
    at = parent
    depth++
  }
  return depth
}
