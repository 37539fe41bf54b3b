/**
 * Clients of an update parked by the clock they wait for, least first: a
 * binary heap, so that an update whose clients wait on each other in a long
 * chain is checked in about its size times a logarithm, not its square (update-validator.ts).
 */
export class ClockHeap {
  private readonly clocks: number[] = []
  private readonly indices: number[] = []

  get size(): number {
    return this.clocks.length
  }

  minClock(): number {
    return this.clocks[0] ?? Number.POSITIVE_INFINITY
  }

  push(clock: number, index: number): void {
    let at = this.clocks.length
    this.clocks.push(clock)
    this.indices.push(index)
    while (at > 0) {
      const parent = (at - 1) >> 1
      // Stryker disable next-line EqualityOperator: equivalent, equal clocks may come out in either order.
      if ((this.clocks[parent] as number) <= clock) break
      this.swap(at, parent)
      at = parent
    }
  }

  /** Removes the least clock's entry and returns its client index. */
  pop(): number {
    const top = this.indices[0] as number
    const lastClock = this.clocks.pop() as number
    const lastIndex = this.indices.pop() as number
    if (this.clocks.length > 0) {
      this.clocks[0] = lastClock
      this.indices[0] = lastIndex
      let at = 0
      for (;;) {
        const left = 2 * at + 1
        const right = left + 1
        let least = at
        // Stryker disable next-line EqualityOperator: equivalent, equal clocks may come out in either order.
        if (this.clockAt(left) < this.clockAt(least)) least = left
        // Stryker disable next-line EqualityOperator: equivalent, equal clocks may come out in either order.
        if (this.clockAt(right) < this.clockAt(least)) least = right
        if (least === at) break
        this.swap(at, least)
        at = least
      }
    }
    return top
  }

  /** The clock in `slot`; a slot past the end holds none, never the least. */
  private clockAt(slot: number): number {
    return this.clocks[slot] ?? Number.POSITIVE_INFINITY
  }

  private swap(a: number, b: number): void {
    ;[this.clocks[a], this.clocks[b]] = [this.clocks[b] as number, this.clocks[a] as number]
    ;[this.indices[a], this.indices[b]] = [this.indices[b] as number, this.indices[a] as number]
  }
}
