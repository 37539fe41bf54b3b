import type { StructId, StructSummary, UpdateSummary } from './update-parser'

/**
 * What a struct of an update resolves to: a value at once, or the value of
 * another struct of the same update it hangs on (its neighbour or parent),
 * passed through `map`.
 */
export type PlacementStep<T> = { value: T } | { after: StructSummary; map: (value: T) => T }

/**
 * Resolves a value for each struct of an update (the depth of the type it
 * goes into, whether it lands under a given key) where a struct names only
 * its neighbour, as Yjs writes it, so the value comes through that neighbour.
 * Iterative, each struct resolved once: an update may hold long chains of
 * neighbours, and a chain that loops (which Yjs never integrates) gets
 * `onLoop`'s value.
 */
export class PlacementChain<T> {
  private readonly known = new Map<StructSummary, T>()
  private readonly byClient: Map<number, StructSummary[]>

  constructor(
    summary: UpdateSummary,
    private readonly step: (struct: StructSummary) => PlacementStep<T>,
    private readonly onLoop: (struct: StructSummary) => T,
  ) {
    this.byClient = new Map(summary.clients.map(({ client, structs }) => [client, structs]))
  }

  /** The value of `start`, resolving first the structs it hangs on. */
  valueOf(start: StructSummary): T {
    const chain: StructSummary[] = [start]
    const onChain = new Set(chain)
    const steps = new Map<StructSummary, PlacementStep<T>>()
    for (let struct = chain.at(-1); struct !== undefined; struct = chain.at(-1)) {
      if (this.known.has(struct)) {
        chain.pop()
        continue
      }
      const step = steps.get(struct) ?? this.step(struct)
      steps.set(struct, step)
      if ('value' in step) {
        this.known.set(struct, step.value)
        chain.pop()
      } else if (this.known.has(step.after)) {
        this.known.set(struct, step.map(this.known.get(step.after) as T))
        chain.pop()
      } else if (onChain.has(step.after)) {
        this.known.set(struct, this.onLoop(step.after))
        chain.pop()
      } else {
        chain.push(step.after)
        onChain.add(step.after)
      }
    }
    return this.known.get(start) as T
  }

  /** The struct of the update holding clock `id.clock` of `id.client`. */
  find(id: StructId): StructSummary | undefined {
    const structs = this.byClient.get(id.client) ?? []
    let low = 0
    let high = structs.length - 1
    while (low <= high) {
      const middle = (low + high) >> 1
      const struct = structs[middle] as StructSummary
      if (id.clock < struct.clock) high = middle - 1
      else if (id.clock >= struct.clock + struct.length) low = middle + 1
      else return struct
    }
    return undefined
  }
}
