/**
 * Runs `task` over `items` with at most `limit` in flight, in order of start; stops starting new
 * ones once `signal` aborts. Failures are the task's business: it should not throw.
 */
export async function runPool<T>(items: readonly T[], limit: number, task: (item: T) => Promise<void>, signal?: AbortSignal): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length && !signal?.aborted) {
      const item = items[next++]
      if (item !== undefined) await task(item)
    }
  }
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker))
}
