import * as Y from 'yjs'
import { checkContentKind, type ListKind } from './content-kind-check'
import { GARBAGE, itemPlaces, type Place, samePlace } from './item-place'
import { refuse } from './item-refusal'
import { checkOrder, MAX_NEIGHBOUR_STEPS, type Neighbour } from './neighbour-order'
import { checkParent } from './parent-check'
import { isHigh, isLow, unitAt } from './surrogate-pairs'
import type { StructId, UpdateSummary } from './update-parser'
import { ContentRef, MalformedUpdateError } from './update-parser'

/**
 * Yjs places an item between its origin (the last clock of its left
 * neighbour when it was written) and its right origin, and trusts them:
 * that both are in the item's parent, under its map key, the left one
 * before the right one, with nothing between them that the item's author
 * already knew. An update that breaks this is integrated differently by
 * replicas of different histories (the live room, one loaded from the
 * stored snapshot and log, a member who joined later), which then show
 * different content with equal state vectors and never resync. So each new
 * item's neighbours are checked against the room before it is applied, and
 * what cannot be shown to be in order is refused.
 */

/** Kaigi's documents hold arrays, maps and texts: no XML types (type refs 3 to 6). */
const XML_TYPE_REFS = new Set([3, 4, 5, 6])

/**
 * Refuses `summary` if one of its new items has neighbours Yjs would not
 * place it between consistently on every replica. `known` gives the room's
 * clock of each client; every id the update names is present (checked before).
 */
export function checkNeighbours(
  doc: Y.Doc,
  summary: UpdateSummary,
  known: (client: number) => number,
): void {
  const store = doc.store
  const chain = itemPlaces(doc, summary, known)
  const find = (id: StructId): Neighbour | null => {
    if (id.clock < known(id.client)) {
      const struct = Y.getItem(store, Y.createID(id.client, id.clock))
      // Stryker disable next-line StringLiteral: equivalent, a neighbour is only ever asked whether it is in the update.
      return { in: 'room', id, struct: struct as Y.Item | Y.GC }
    }
    const struct = chain.find(id)
    return struct ? { in: 'update', id, struct, client: id.client } : null
  }
  const placeOf = (neighbour: Neighbour): Place => {
    if (neighbour.in === 'update') return chain.valueOf(neighbour.struct)
    const item = neighbour.struct
    if (!(item instanceof Y.Item)) return GARBAGE
    return { garbage: false, parent: item.parent, sub: item.parentSub }
  }
  const budget = { steps: MAX_NEIGHBOUR_STEPS }
  const kinds = new Map<unknown, ListKind | null>()
  for (const range of summary.deletes) {
    const end = range.clock + range.length
    if (
      isLow(unitAt(store, chain, known, range.client, range.clock)) ||
      isHigh(unitAt(store, chain, known, range.client, end - 1))
    ) {
      throw new MalformedUpdateError(
        `deletion ${range.client}:${range.clock}+${range.length} cuts a character (a surrogate pair) in two`,
      )
    }
  }

  for (const { client, structs } of summary.clients) {
    const room = known(client)
    for (const struct of structs) {
      // Stryker disable next-line ConditionalExpression: equivalent for the first half, garbage passes every check below (it has no place, no neighbours, no parent).
      if (struct.placement === null || struct.clock + struct.length <= room) continue
      // Yjs integrates only the clocks the room lacks, after the room's last
      // one of this client: that is then its left neighbour.
      // Stryker disable next-line MethodExpression: equivalent, the clocks between the two are this struct's own, left of its left neighbour, never between its neighbours.
      const self: StructId = { client, clock: Math.max(struct.clock, room) }
      const originId = struct.clock < room ? { client, clock: room - 1 } : struct.origin
      const rightId = struct.rightOrigin
      // Stryker disable next-line ConditionalExpression: equivalent where the first half becomes true, no set holds null; the check narrows the type.
      if (struct.typeRef !== null && XML_TYPE_REFS.has(struct.typeRef)) {
        refuse(client, struct, 'holds an XML type, which Kaigi does not use')
      }
      // Kaigi's texts are plain. Yjs cleans up formatting after every remote
      // change, on each replica by itself: the room would hold deletions of
      // its own that are stored nowhere and differ by history.
      if (struct.contentRef === ContentRef.Format || struct.contentRef === ContentRef.Embed) {
        refuse(client, struct, 'formats or embeds in a text, which Kaigi keeps plain')
      }
      checkContentKind(chain.valueOf(struct), client, struct, kinds)
      if (originId === null && rightId === null) {
        checkParent(doc, client, struct, chain)
        continue
      }
      // Yjs splits a string between two clocks; splitting a character
      // written as a surrogate pair replaces both halves with U+FFFD, on the
      // replicas that split there only. Kaigi's editors never cut one.
      const unit = (id: StructId) => unitAt(store, chain, known, id.client, id.clock)
      if ((originId && isHigh(unit(originId))) || (rightId && isLow(unit(rightId)))) {
        refuse(client, struct, 'cuts a character (a surrogate pair) in two')
      }
      if (struct.clock < room) {
        // Yjs splits off the clocks the room has and hangs the rest on the
        // room's last one: that must be a live item (a deleted one is garbage
        // on some replicas, where Yjs then fails), and the split must not
        // cut a character.
        const previous = Y.getItem(store, Y.createID(client, room - 1))
        if (!(previous instanceof Y.Item) || previous.deleted) {
          refuse(client, struct, 'continues clocks the room holds deleted')
        }
        if (isLow(struct.text?.charCodeAt(room - struct.clock) ?? Number.NaN)) {
          refuse(client, struct, 'cuts a character (a surrogate pair) in two')
        }
      }
      const left = originId ? find(originId) : null
      const right = rightId ? find(rightId) : null
      // Stryker disable all: unreachable, checkUpdate reports a neighbour found nowhere as missing before this check runs.
      if ((originId && !left) || (rightId && !right)) {
        refuse(client, struct, 'names a neighbour that is nowhere')
      }
      // Stryker restore all
      const leftPlace = left ? placeOf(left) : null
      const rightPlace = right ? placeOf(right) : null
      if (leftPlace && rightPlace && !samePlace(leftPlace, rightPlace)) {
        refuse(client, struct, 'has neighbours in different places')
      }
      // Yjs takes the place from what the item names, and its left neighbour
      // from the room's last clock of its client: both must agree.
      // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: equivalent, from the room's clock on the left neighbour is the item's own origin, whose place it takes, and a room item always has one.
      if (struct.clock < room && leftPlace && !samePlace(chain.valueOf(struct), leftPlace)) {
        refuse(client, struct, 'continues clocks the room holds elsewhere')
      }
      // Beside garbage, Yjs makes the item garbage too: no position to check.
      if (leftPlace?.garbage || rightPlace?.garbage) continue
      checkOrder(self, left, right, client, struct, budget)
    }
  }
}
