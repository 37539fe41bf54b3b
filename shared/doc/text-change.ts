/**
 * Plain-text edits, free of Y types: what a text field and a shared text
 * exchange. Indices count UTF-16 code units, as JavaScript strings and
 * `Y.Text` both do.
 */

/** One contiguous edit: at `index`, remove `remove` units, then insert `insert`. */
export interface TextSplice {
  index: number
  remove: number
  insert: string
}

/** A change to a text as a sequence of steps over the old text (Quill's delta format). */
export type TextDelta = ReadonlyArray<{ retain?: number; insert?: string; delete?: number }>

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/**
 * The smallest single splice turning `before` into `after` (common prefix and
 * suffix kept), never cutting a surrogate pair; null when they are equal.
 */
export function diffText(before: string, after: string): TextSplice | null {
  if (before === after) return null
  const shortest = Math.min(before.length, after.length)
  let prefix = 0
  while (prefix < shortest && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--
  let suffix = 0
  while (
    suffix < shortest - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++
  }
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--
  return {
    index: prefix,
    remove: before.length - prefix - suffix,
    insert: after.slice(prefix, after.length - suffix),
  }
}

/** Applies `splice` to `text`. */
export function applySplice(text: string, splice: TextSplice): string {
  return text.slice(0, splice.index) + splice.insert + text.slice(splice.index + splice.remove)
}

/**
 * Where `index` in the old text lands after `delta`. Text inserted exactly at
 * `index` goes before it when `bias` is 'after' (a caret stays after what a
 * collaborator types at its place), after it when 'before'.
 */
export function shiftIndex(
  index: number,
  delta: TextDelta,
  bias: 'before' | 'after' = 'after',
): number {
  let oldPos = 0
  let shifted = index
  for (const step of delta) {
    if (oldPos > index) break
    if (step.retain !== undefined) {
      oldPos += step.retain
    } else if (step.insert !== undefined) {
      if (oldPos < index || (oldPos === index && bias === 'after')) shifted += step.insert.length
    } else if (step.delete !== undefined) {
      if (oldPos < index) shifted -= Math.min(step.delete, index - oldPos)
      oldPos += step.delete
    }
  }
  return shifted
}

/**
 * `splice`, made on a text that has since changed by `deltas` (in order),
 * moved onto the changed text. Text inserted by others at the splice's edges
 * is kept.
 */
export function rebaseSplice(splice: TextSplice, deltas: readonly TextDelta[]): TextSplice {
  let start = splice.index
  let end = splice.index + splice.remove
  for (const delta of deltas) {
    start = shiftIndex(start, delta, 'after')
    end = Math.max(start, shiftIndex(end, delta, 'before'))
  }
  return { index: start, remove: end - start, insert: splice.insert }
}
