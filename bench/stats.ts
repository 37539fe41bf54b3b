/** Small statistics over samples; nearest-rank percentiles, no interpolation. */

export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) throw new Error('percentile of no samples')
  const sorted = [...samples].sort((a, b) => a - b)
  const rank = Math.ceil((p / 100) * sorted.length)
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1] as number
}

export const median = (samples: readonly number[]): number => percentile(samples, 50)

/**
 * Runs `measure` `times` times, after `warmup` untimed runs, and returns each
 * run's milliseconds. `check` sees each result outside the timed part, so
 * verifying a result never counts as loading it.
 */
export async function timeRuns<T>(
  times: number,
  warmup: number,
  measure: () => Promise<T> | T,
  check: (result: T) => void = () => {},
): Promise<number[]> {
  const runs: number[] = []
  for (let i = 0; i < warmup + times; i++) {
    const start = performance.now()
    const result = await measure()
    const elapsed = performance.now() - start
    check(result)
    if (i >= warmup) runs.push(elapsed)
  }
  return runs
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms))
