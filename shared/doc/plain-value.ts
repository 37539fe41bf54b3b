/**
 * Shared types as plain values, read without recursion. Yjs's own `toJSON`
 * recurses once per level of nesting: a document holding maps nested 20,000
 * deep (243 KB of update) overflows the stack of whoever reads it. The
 * server refuses updates nesting deeper than MAX_TYPE_DEPTH; this reader
 * stops there too, for documents stored before it did.
 */
import * as Y from 'yjs'

/**
 * The deepest nesting of shared types a document may hold, a root type
 * counting as one. Kaigi's own layout goes four deep (a collection, an
 * entry, a localized field, its text); the rest is room for growth.
 */
export const MAX_TYPE_DEPTH = 16

/** What `plainValue` gives for a type holding types nested deeper than MAX_TYPE_DEPTH. */
export const TOO_DEEP: unique symbol = Symbol('nested too deep')

interface Pending {
  type: Y.AbstractType<unknown>
  depth: number
  put: (plain: unknown) => void
}

/**
 * `value` as Yjs's `toJSON` gives it (maps as objects, arrays as arrays,
 * texts as strings), or TOO_DEEP if it nests types more than
 * MAX_TYPE_DEPTH levels deep, counting `value` as the first. XML types,
 * which Kaigi never writes and whose `toJSON` recurses, read as undefined.
 */
export function plainValue(value: unknown): unknown {
  if (!(value instanceof Y.AbstractType)) return value
  let result: unknown
  const pending: Pending[] = [
    {
      type: value,
      depth: 1,
      put: (plain) => {
        result = plain
      },
    },
  ]
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (next.depth > MAX_TYPE_DEPTH) return TOO_DEEP
    const { type, depth } = next
    /** Puts a plain child at once, or leaves a type child to be read in its turn. */
    const take = (item: unknown, put: (plain: unknown) => void): void => {
      if (item instanceof Y.AbstractType) pending.push({ type: item, depth: depth + 1, put })
      else put(item)
    }
    if (type instanceof Y.XmlText || type instanceof Y.XmlFragment) next.put(undefined)
    else if (type instanceof Y.Text) next.put(type.toString())
    else if (type instanceof Y.Map) {
      const object: Record<string, unknown> = {}
      next.put(object)
      // Each key set now, filled in later: the keys keep the order toJSON gives them.
      for (const [key, item] of type.entries()) {
        object[key] = undefined
        take(item, (plain) => {
          object[key] = plain
        })
      }
    } else if (type instanceof Y.Array) {
      const array: unknown[] = type.toArray()
      next.put(array)
      for (const [index, item] of array.entries()) {
        take(item, (plain) => {
          array[index] = plain
        })
      }
    } else next.put(undefined)
  }
  return result
}
