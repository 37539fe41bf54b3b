/**
 * Presences and "any" content are JSON the server writes back out (relays,
 * snapshots) with recursive encoders: a value nested deeper than they can
 * take is refused when it comes in, checked without recursion itself.
 */
import { describe, expect, it } from 'vitest'
import { MAX_VALUE_DEPTH, withinDepth } from '../../../server/sync/json-depth'

/** A number inside `levels` arrays (odd levels) and objects (even ones). */
function nested(levels: number): unknown {
  let value: unknown = 7
  for (let level = 0; level < levels; level++) value = level % 2 ? [value] : { clé: value }
  return value
}

describe('the depth of a JSON value', () => {
  it('is within bounds up to MAX_VALUE_DEPTH levels of arrays and objects, and not one more', () => {
    expect(withinDepth(nested(MAX_VALUE_DEPTH))).toBe(true)
    expect(withinDepth(nested(MAX_VALUE_DEPTH + 1))).toBe(false)
  })

  it('counts the deepest branch, not the first one', () => {
    const value = { shallow: 1, deep: nested(MAX_VALUE_DEPTH) }
    expect(withinDepth(value)).toBe(false)
    expect(withinDepth([null, 'texte', nested(MAX_VALUE_DEPTH - 1)])).toBe(true)
  })

  it('takes plain values and null as they are', () => {
    for (const value of [null, 0, 'programme', true]) expect(withinDepth(value)).toBe(true)
  })

  it('checks a very deep value without overflowing the stack', () => {
    expect(withinDepth(nested(20_000))).toBe(false)
  })

  it('checks a wide value of 200,000 entries at one level', () => {
    expect(withinDepth(Array.from({ length: 200_000 }, (_, i) => ({ i })))).toBe(true)
  })
})
