/**
 * The deepest nesting of arrays and objects accepted in JSON and Yjs "any"
 * content. `JSON.parse` accepts far deeper values than `JSON.stringify` (and
 * lib0's recursive encoder) can write back: a value nested 20,000 levels deep
 * parses, then overflows the stack when the server relays or snapshots it.
 */
export const MAX_VALUE_DEPTH = 64

/** Whether `value` nests no deeper than `MAX_VALUE_DEPTH`, checked without recursion. */
export function withinDepth(value: unknown): boolean {
  let level: unknown[] = [value]
  for (let depth = 0; level.length > 0; depth++) {
    if (depth > MAX_VALUE_DEPTH) return false
    const next: unknown[] = []
    for (const item of level) {
      if (item === null || typeof item !== 'object') continue
      // One by one: spreading a list of 200,000 values into push overflows the stack.
      for (const child of Object.values(item)) next.push(child)
    }
    level = next
  }
  return true
}
