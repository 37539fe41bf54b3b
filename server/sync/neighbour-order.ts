import type * as Y from 'yjs'
import { refuse } from './item-refusal'
import { MalformedUpdateError, type StructId, type StructSummary } from './update-parser'

/** Steps through the room's lists one update may cost, beyond which it is refused. */
export const MAX_NEIGHBOUR_STEPS = 100_000

/** A neighbour as found: an item (or garbage) of the room, or a struct of this update. */
export type Neighbour =
  | { in: 'room'; id: StructId; struct: Y.Item | Y.GC }
  | { in: 'update'; id: StructId; struct: StructSummary; client: number }

const sameId = (a: StructId | null, b: StructId | null): boolean =>
  a !== null && b !== null && a.client === b.client && a.clock === b.clock

/**
 * Whether a room item (clocks `[start, start + length)` of `client`) is one
 * the author of `self` knew when writing it: every clock of a client before
 * one it names (its neighbours, its own earlier clocks) is known to it.
 */
function knownToAuthor(
  client: number,
  start: number,
  self: StructId,
  left: StructId | null,
  right: StructId | null,
): boolean {
  // Three plain checks, no array: this runs at every step of the walk.
  return (
    knownThrough(self, client, start) ||
    knownThrough(left, client, start) ||
    knownThrough(right, client, start)
  )
}

/** Whether `named` is a clock of `client` after `start`: whoever names it knows `start`. */
function knownThrough(named: StructId | null, client: number, start: number): boolean {
  return (
    named !== null &&
    named.client === client &&
    // Stryker disable next-line EqualityOperator: equivalent, the room's items of the author's own client, and the neighbours themselves, never start at the clock named.
    start < named.clock
  )
}

/**
 * Refuses unless the right neighbour is to the right of the left one with
 * nothing between them the author knew (in the room, walked along the
 * list; within the update, by the few shapes a Yjs client writes), and a
 * missing neighbour is the end of the list with the same proviso.
 */
export function checkOrder(
  self: StructId,
  left: Neighbour | null,
  right: Neighbour | null,
  client: number,
  struct: StructSummary,
  budget: { steps: number },
): void {
  const leftId = left?.id ?? null
  const rightId = right?.id ?? null
  const known = (item: Y.Item, from = item.id.clock) =>
    knownToAuthor(item.id.client, from, self, leftId, rightId)
  const step = () => {
    if (--budget.steps < 0) {
      throw new MalformedUpdateError(
        `update places items too far from their neighbours to check (over ${MAX_NEIGHBOUR_STEPS} steps)`,
      )
    }
  }
  if (left?.in === 'update' || right?.in === 'update') {
    if (!adjacentInUpdate(left, right)) {
      refuse(client, struct, 'has neighbours that are not next to each other in its update')
    }
    return
  }
  const leftItem = left?.struct as Y.Item | undefined
  const rightItem = right?.struct as Y.Item | undefined
  // At least one neighbour is named, and an item goes with its id: the
  // checks of one without the other below change nothing.
  // Stryker disable next-line ConditionalExpression,LogicalOperator: equivalent, as said above.
  if (leftItem && rightItem && leftItem === rightItem) {
    // Within one item only consecutive clocks are next to each other.
    // Stryker disable next-line OptionalChaining: equivalent, as said above.
    if (rightId?.clock !== (leftId?.clock ?? 0) + 1) {
      refuse(client, struct, 'has a right neighbour that is not right of its left one')
    }
    return
  }
  // The clocks of the right neighbour's item before it lie between the two,
  // and are known to whoever knows it.
  // Stryker disable next-line LogicalOperator: equivalent, as said above.
  if (rightItem && rightId && rightId.clock > rightItem.id.clock) {
    refuse(client, struct, 'has neighbours with known content between them')
  }
  // Stryker disable next-line LogicalOperator: equivalent, as said above.
  if (leftItem && leftId) {
    // The rest of the left item lies between them.
    const rest = leftId.clock + 1
    if (rest < leftItem.id.clock + leftItem.length && known(leftItem, rest)) {
      refuse(client, struct, 'has neighbours with known content between them')
    }
    const end = rightItem ?? null
    for (let at = leftItem.right; at !== end; at = at.right) {
      step()
      if (at === null) {
        throw new MalformedUpdateError(
          `item ${client}:${struct.clock} has a right neighbour that is not right of its left one`,
        )
      }
      if (known(at)) refuse(client, struct, 'has neighbours with known content between them')
    }
    return
  }
  // No left neighbour: the item goes first, before everything up to its right one.
  // Stryker disable next-line OptionalChaining: equivalent, with no left neighbour the right one is named.
  for (let at = rightItem?.left ?? null; at !== null; at = at.left) {
    step()
    if (known(at)) refuse(client, struct, 'has neighbours with known content between them')
  }
}

/**
 * Neighbours of which one is a struct of the same update, in one of the
 * shapes Yjs writes: right after a struct of the update and before what
 * was right of it, inside one struct of the update between two consecutive
 * clocks, or before a struct of the update and after what was left of it.
 */
function adjacentInUpdate(left: Neighbour | null, right: Neighbour | null): boolean {
  const leftId = left?.id ?? null
  const rightId = right?.id ?? null
  if (left?.in === 'update') {
    const { struct, id } = left
    const last = struct.clock + struct.length - 1
    if (id.clock < last) {
      if (right?.in === 'update' && right.struct === struct && right.id.clock === id.clock + 1) {
        return true
      }
    } else if (sameId(struct.rightOrigin, rightId) || (!struct.rightOrigin && !right)) {
      return true
    }
  }
  if (right?.in === 'update') {
    const { struct, id } = right
    if (id.clock !== struct.clock) return false
    return sameId(struct.origin, leftId) || (!struct.origin && !left)
  }
  return false
}
