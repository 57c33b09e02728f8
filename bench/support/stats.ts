// Pure statistics for the bench: a figure is the median of its runs, with the spread beside it.

/** One figure over several runs. */
export interface Summary {
  median: number
  min: number
  max: number
  /** Number of runs that produced a value. */
  n: number
  samples: number[]
}

function sortedCopy(values: readonly number[]): number[] {
  return [...values].sort((a, b) => a - b)
}

/** The median: the middle value, or the mean of the two middle ones. NaN for no values. */
export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN
  const sorted = sortedCopy(values)
  const mid = Math.floor(sorted.length / 2)
  const upper = sorted[mid] ?? Number.NaN
  if (sorted.length % 2 === 1) return upper
  return ((sorted[mid - 1] ?? Number.NaN) + upper) / 2
}

/** Nearest-rank percentile (p in 0..100); NaN for no values. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = sortedCopy(values)
  const rank = Math.ceil((Math.min(100, Math.max(0, p)) / 100) * sorted.length)
  return sorted[Math.max(0, rank - 1)] ?? Number.NaN
}

/** Median, min and max of the samples; undefined when there are none. */
export function summarize(samples: readonly number[]): Summary | undefined {
  const finite = samples.filter((value) => Number.isFinite(value))
  if (finite.length === 0) return undefined
  const sorted = sortedCopy(finite)
  return {
    median: median(sorted),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    n: sorted.length,
    samples: [...finite],
  }
}

/**
 * Frame durations from consecutive rAF times, to the whole millisecond. The times sit on vsync
 * ticks of 16.67 ms, so a frame of three ticks reads 50.0 or 50.1 by the clock's rounding alone;
 * "no frame > 50 ms" must not turn on that tenth.
 */
export function frameDurations(times: readonly number[]): number[] {
  const out: number[] = []
  for (let i = 1; i < times.length; i++) out.push(Math.round((times[i] ?? 0) - (times[i - 1] ?? 0)))
  return out
}
