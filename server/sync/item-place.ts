import * as Y from 'yjs'
import { PlacementChain, type PlacementStep } from './placement-chain'
import { MalformedUpdateError, type StructSummary, type UpdateSummary } from './update-parser'

/**
 * Where an item goes, as Yjs resolves it: into a list or a map key of a
 * parent, or nowhere (garbage: a neighbour or the parent was
 * garbage-collected, and Yjs turns the item into garbage too). A parent is
 * the room's type, a root named only by this update, or a type of this update.
 */
export type Place = { garbage: true } | { garbage: false; parent: unknown; sub: string | null }

export const GARBAGE: Place = { garbage: true }

export const samePlace = (a: Place, b: Place): boolean =>
  // Stryker disable next-line ConditionalExpression: equivalent where `!b.garbage` is reached (b is as a is, not garbage); the check narrows the type.
  a.garbage === b.garbage && (a.garbage || (!b.garbage && a.parent === b.parent && a.sub === b.sub))

// Stryker disable all: unreachable, checkUpdate reports structs that wait on each other as missing before this check runs.
/** A chain of neighbours that loops: Yjs would never integrate it. */
function placedBesideItself(): never {
  throw new MalformedUpdateError('update places an item beside itself')
}
// Stryker restore all

/**
 * The place of each struct of `summary`, as Yjs resolves it against the
 * room `doc` (whose clock of each client `known` gives).
 */
export function itemPlaces(
  doc: Y.Doc,
  summary: UpdateSummary,
  known: (client: number) => number,
): PlacementChain<Place> {
  const chain: PlacementChain<Place> = new PlacementChain(
    summary,
    (struct) => placeStep(doc, struct, chain, known),
    placedBesideItself,
  )
  return chain
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
