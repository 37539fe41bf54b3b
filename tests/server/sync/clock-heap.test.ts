/**
 * The heap the validator parks waiting clients in: whatever order clocks
 * come in, they come out least first, each with the client index it was
 * pushed with.
 */
import { describe, expect, it } from 'vitest'
import { ClockHeap } from '../../../server/sync/clock-heap'

/** A small deterministic generator, so that a failure can be replayed. */
function numbers(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state
  }
}

describe('a clock heap', () => {
  it('is empty at first, with no least clock', () => {
    const heap = new ClockHeap()
    expect(heap.size).toBe(0)
    expect(heap.minClock()).toBe(Number.POSITIVE_INFINITY)
  })

  it.each([1, 2, 3, 7, 64, 1000])(
    'gives %i clocks back least first, with their indices',
    (count) => {
      const next = numbers(count)
      const heap = new ClockHeap()
      const pushed: Array<[clock: number, index: number]> = []
      for (let index = 0; index < count; index++) {
        // Few distinct clocks: equal ones must all come out too.
        const clock = next() % Math.max(2, count >> 1)
        pushed.push([clock, index])
        heap.push(clock, index)
      }
      expect(heap.size).toBe(count)
      const popped: Array<[number, number]> = []
      while (heap.size > 0) {
        const clock = heap.minClock()
        popped.push([clock, heap.pop()])
      }
      const clocks = popped.map(([clock]) => clock)
      expect(clocks).toEqual([...clocks].sort((a, b) => a - b))
      const byIndex = (list: Array<[number, number]>) => [...list].sort((a, b) => a[1] - b[1])
      expect(byIndex(popped)).toEqual(byIndex(pushed))
    },
  )

  it('keeps its order when pushes and pops are mixed', () => {
    const next = numbers(42)
    const heap = new ClockHeap()
    const held: number[] = []
    for (let round = 0; round < 2000; round++) {
      if (held.length > 0 && next() % 3 === 0) {
        held.sort((a, b) => a - b)
        expect(heap.minClock()).toBe(held[0])
        heap.pop()
        held.shift()
      } else {
        const clock = next() % 500
        heap.push(clock, round)
        held.push(clock)
      }
      expect(heap.size).toBe(held.length)
    }
  })
})
