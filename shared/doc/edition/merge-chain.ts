/**
 * Following what an entry was merged into. A merged collectivité stays in the
 * document as a tombstone naming the one it went into, so that a person a
 * member assigned to it at the same moment still reaches the merged one.
 */

/**
 * The entry `id` stands for: itself, or the end of the chain of merges it
 * starts, every step an entry that `mergedInto` knows; null if it knows no
 * `id`. Concurrent merges may close a loop (X into Y while Y goes into X): all
 * of it then stands for its smallest id, the same on every replica.
 */
export function mergeChainEnd(
  id: string | null,
  mergedInto: ReadonlyMap<string, string | null>,
): string | null {
  if (id === null || !mergedInto.has(id)) return null
  const chain: string[] = []
  const seen = new Set<string>()
  let current = id
  for (;;) {
    chain.push(current)
    seen.add(current)
    const next = mergedInto.get(current)
    // A merge into an entry deleted since ends the chain where it breaks.
    if (next === null || next === undefined || !mergedInto.has(next)) return current
    if (seen.has(next)) {
      const loop = chain.slice(chain.indexOf(next)).sort()
      return loop[0] ?? next
    }
    current = next
  }
}

/** The ids of the chain of merges from `id` to its end (see mergeChainEnd), `id` first. */
export function mergeChain(
  id: string | null,
  mergedInto: ReadonlyMap<string, string | null>,
): string[] {
  const chain: string[] = []
  let current = id
  while (current !== null && mergedInto.has(current) && !chain.includes(current)) {
    chain.push(current)
    current = mergedInto.get(current) ?? null
  }
  return chain
}
