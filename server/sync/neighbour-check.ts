import * as Y from 'yjs'
import { PlacementChain, type PlacementStep } from './placement-chain'
import type { StructId, StructSummary, UpdateSummary } from './update-parser'
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

/** Steps through the room's lists one update may cost, beyond which it is refused. */
export const MAX_NEIGHBOUR_STEPS = 100_000

/**
 * Where an item goes, as Yjs resolves it: into a list or a map key of a
 * parent, or nowhere (garbage: a neighbour or the parent was
 * garbage-collected, and Yjs turns the item into garbage too). A parent is
 * the room's type, a root named only by this update, or a type of this update.
 */
type Place = { garbage: true } | { garbage: false; parent: unknown; sub: string | null }

const GARBAGE: Place = { garbage: true }

// Yjs type refs: lists only (YArray, YXmlFragment) and maps only (YMap, YXmlHook).
const LIST_ONLY_TYPE_REFS = new Set([0, 4])
const MAP_ONLY_TYPE_REFS = new Set([1, 5])
const TypeRef = { Array: 0, Map: 1, Text: 2 } as const
/** Kaigi's documents hold arrays, maps and texts: no XML types (type refs 3 to 6). */
const XML_TYPE_REFS = new Set([3, 4, 5, 6])

/**
 * What a list may hold: a text's list only characters, formatting marks and
 * embeds, an array's only values. A character in an array would be counted
 * as an element, so that an honest client inserting beside it could cut a
 * surrogate pair (and be refused); a value in a text breaks its reading.
 */
type ListKind = 'text' | 'array'
const TEXT_CONTENT = new Set<number>([
  ContentRef.String,
  ContentRef.Embed,
  ContentRef.Format,
  ContentRef.Type,
  ContentRef.Deleted,
])
const VALUE_CONTENT = new Set<number>([
  ContentRef.Any,
  ContentRef.JSON,
  ContentRef.Binary,
  ContentRef.Type,
  ContentRef.Deleted,
])
/** How many items of a root's list are read to tell a text from an array. */
export const ROOT_KIND_SCAN = 32

const samePlace = (a: Place, b: Place): boolean =>
  // Stryker disable next-line ConditionalExpression: equivalent where `!b.garbage` is reached (b is as a is, not garbage); the check narrows the type.
  a.garbage === b.garbage && (a.garbage || (!b.garbage && a.parent === b.parent && a.sub === b.sub))

const sameId = (a: StructId | null, b: StructId | null): boolean =>
  a !== null && b !== null && a.client === b.client && a.clock === b.clock

const refuse = (client: number, struct: StructSummary, why: string): never => {
  throw new MalformedUpdateError(`item ${client}:${struct.clock} ${why}`)
}

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff

/**
 * The UTF-16 unit at clock `clock` of a string item (of the room or of the
 * update), or NaN when it holds no string there.
 */
function unitAt(
  store: Y.Doc['store'],
  chain: PlacementChain<Place>,
  known: (client: number) => number,
  client: number,
  clock: number,
): number {
  if (clock < known(client)) {
    const item = Y.getItem(store, Y.createID(client, clock))
    if (!(item instanceof Y.Item) || !(item.content instanceof Y.ContentString)) return Number.NaN
    return item.content.str.charCodeAt(clock - item.id.clock)
  }
  const struct = chain.find({ client, clock })
  return struct?.text?.charCodeAt(clock - struct.clock) ?? Number.NaN
}

/** A neighbour as found: an item (or garbage) of the room, or a struct of this update. */
type Neighbour =
  | { in: 'room'; id: StructId; struct: Y.Item | Y.GC }
  | { in: 'update'; id: StructId; struct: StructSummary; client: number }

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
  const chain: PlacementChain<Place> = new PlacementChain(
    summary,
    (struct) => placeStep(doc, struct, chain, known),
    placedBesideItself,
  )
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

// Stryker disable all: unreachable, checkUpdate reports structs that wait on each other as missing before this check runs.
/** A chain of neighbours that loops: Yjs would never integrate it. */
function placedBesideItself(): never {
  throw new MalformedUpdateError('update places an item beside itself')
}
// Stryker restore all

/** Refuses content that does not belong where it goes (see TEXT_CONTENT). */
function checkContentKind(
  place: Place,
  client: number,
  struct: StructSummary,
  kinds: Map<unknown, ListKind | null>,
): void {
  if (place.garbage) return
  const ref = struct.contentRef
  if (place.sub !== null) {
    if (!VALUE_CONTENT.has(ref)) refuse(client, struct, 'writes text content under a map key')
    return
  }
  // Stryker disable next-line ConditionalExpression: equivalent, the map only saves reading a parent's kind twice.
  if (!kinds.has(place.parent)) kinds.set(place.parent, listKind(place.parent))
  const kind = kinds.get(place.parent)
  if (kind === 'text' && !TEXT_CONTENT.has(ref)) {
    refuse(client, struct, 'puts a value into a text')
  }
  if (kind === 'array' && !VALUE_CONTENT.has(ref)) {
    refuse(client, struct, 'puts text content into an array')
  }
}

const rootKinds = new WeakMap<Y.AbstractType<unknown>, ListKind>()

function contentKind(content: Y.Item['content']): ListKind | null {
  if (content instanceof Y.ContentString || content instanceof Y.ContentFormat) return 'text'
  if (content instanceof Y.ContentEmbed) return 'text'
  if (content instanceof Y.ContentAny || content instanceof Y.ContentBinary) return 'array'
  if (content instanceof Y.ContentJSON) return 'array'
  return null
}

/**
 * What a parent's list holds: known from its type, or for a root the server
 * holds untyped, from the first of its items whose content tells.
 */
function listKind(parent: unknown): ListKind | null {
  if (parent instanceof Y.Text) return 'text'
  if (parent instanceof Y.Array) return 'array'
  if (parent instanceof Y.AbstractType) {
    // Remembered once seen: deleted content no longer tells.
    const remembered = rootKinds.get(parent)
    if (remembered) return remembered
    let item: Y.Item | null = parent._start
    for (let i = 0; item !== null && i < ROOT_KIND_SCAN; i++, item = item.right) {
      const kind = contentKind(item.content)
      if (kind) {
        rootKinds.set(parent, kind)
        return kind
      }
    }
    return null
  }
  // Past the types above, an object here is a struct of the update.
  // Stryker disable next-line ConditionalExpression: equivalent, a root the room lacks (a name) reads no type ref either; the check narrows the type.
  if (parent instanceof Object) {
    const typeRef = (parent as StructSummary).typeRef
    if (typeRef === TypeRef.Text) return 'text'
    if (typeRef === TypeRef.Array) return 'array'
  }
  return null
}

/** How Yjs resolves where `struct` goes, one step at a time through the update. */
function placeStep(
  doc: Y.Doc,
  struct: StructSummary,
  chain: PlacementChain<Place>,
  known: (client: number) => number,
): PlacementStep<Place> {
  const placement = struct.placement
  if (placement === null) return { value: GARBAGE }
  if (placement.kind === 'root') {
    const parent = doc.share.get(placement.key) ?? `root:${placement.key}`
    return { value: { garbage: false, parent, sub: struct.parentSub } }
  }
  const { id } = placement
  if (id.clock < known(id.client)) {
    const item = Y.getItem(doc.store, Y.createID(id.client, id.clock))
    if (!(item instanceof Y.Item)) return { value: GARBAGE }
    if (placement.kind === 'beside') {
      return { value: { garbage: false, parent: item.parent, sub: item.parentSub } }
    }
    // A deleted type's item holds ContentDeleted: Yjs finds no type there.
    if (!(item.content instanceof Y.ContentType)) return { value: GARBAGE }
    return { value: { garbage: false, parent: item.content.type, sub: struct.parentSub } }
  }
  const target = chain.find(id)
  // Stryker disable next-line ConditionalExpression,ObjectLiteral: unreachable, checkUpdate reports a neighbour found nowhere as missing before this check runs.
  if (!target) return { value: GARBAGE }
  if (placement.kind === 'beside') return { after: target, map: (place) => place }
  return {
    after: target,
    map: (place) =>
      place.garbage ? GARBAGE : { garbage: false, parent: target, sub: struct.parentSub },
  }
}

/** An item naming its parent: a map key only in a type that has keys, a list item only in one that has a list. */
function checkParent(
  doc: Y.Doc,
  client: number,
  struct: StructSummary,
  chain: PlacementChain<Place>,
): void {
  const placement = struct.placement
  // Stryker disable next-line OptionalChaining: equivalent, garbage (no placement) never reaches here.
  if (placement?.kind !== 'under') return
  const { id } = placement
  let typeRef: number | null = null
  const inRoom = id.clock < Y.getState(doc.store, id.client)
  if (inRoom) {
    const item = Y.getItem(doc.store, Y.createID(id.client, id.clock))
    const type =
      // Stryker disable next-line LogicalOperator: equivalent, other content has no type and a GC struct no content.
      item instanceof Y.Item && item.content instanceof Y.ContentType ? item.content.type : null
    if (type instanceof Y.Map) typeRef = 1
    else if (type instanceof Y.Array) typeRef = 0
    else if (type instanceof Y.XmlFragment && !(type instanceof Y.XmlElement)) typeRef = 4
  } else {
    // Stryker disable next-line OptionalChaining: unreachable, checkUpdate reports a parent found nowhere as missing before this check runs.
    typeRef = chain.find(id)?.typeRef ?? null
  }
  // Stryker disable next-line ConditionalExpression: equivalent, no set below holds null; the check narrows the type.
  if (typeRef === null) return
  if (struct.parentSub !== null && LIST_ONLY_TYPE_REFS.has(typeRef)) {
    refuse(client, struct, `has a map key in a type that has none (${id.client}:${id.clock})`)
  }
  if (struct.parentSub === null && MAP_ONLY_TYPE_REFS.has(typeRef)) {
    refuse(client, struct, `is a list item in a map (${id.client}:${id.clock})`)
  }
}

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
function checkOrder(
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
