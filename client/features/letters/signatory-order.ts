import type { Id } from '../../../shared/doc/edition'

/** `ids` with the one at `index` moved one place by `direction`. */
export function moved(ids: readonly Id[], index: number, direction: -1 | 1): Id[] {
  const next = [...ids]
  const other = index + direction
  const here = next[index]
  const there = next[other]
  if (here === undefined || there === undefined) return next
  next[index] = there
  next[other] = here
  return next
}
