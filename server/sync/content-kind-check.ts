import * as Y from 'yjs'
import type { Place } from './item-place'
import { refuse } from './item-refusal'
import { ContentRef, type StructSummary } from './update-parser'

/** Yjs type refs, as a struct of an update names them. */
const TypeRef = { Array: 0, Map: 1, Text: 2 } as const

/**
 * What a list may hold: a text's list only characters, formatting marks and
 * embeds, an array's only values. A character in an array would be counted
 * as an element, so that an honest client inserting beside it could cut a
 * surrogate pair (and be refused); a value in a text breaks its reading.
 */
export type ListKind = 'text' | 'array'
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

/** Refuses content that does not belong where it goes (see TEXT_CONTENT). */
export function checkContentKind(
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
