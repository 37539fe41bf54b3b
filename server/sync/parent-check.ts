import * as Y from 'yjs'
import type { Place } from './item-place'
import { refuse } from './item-refusal'
import type { PlacementChain } from './placement-chain'
import type { StructSummary } from './update-parser'

// Yjs type refs: lists only (YArray, YXmlFragment) and maps only (YMap, YXmlHook).
const LIST_ONLY_TYPE_REFS = new Set([0, 4])
const MAP_ONLY_TYPE_REFS = new Set([1, 5])

/** An item naming its parent: a map key only in a type that has keys, a list item only in one that has a list. */
export function checkParent(
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
