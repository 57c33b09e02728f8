/**
 * Coalesces a burst of events into one application per frame. Events that may wait (text deltas)
 * are queued until the scheduled flush; any other event flushes the queue first and is applied with
 * it, so the order of events is always kept and only streamed text is ever late, by one frame.
 *
 * @example const batch = makeFrameBatch({ schedule: (run) => cancelable rAF, canWait: isDelta, apply })
 */

/** Runs `flush` later (the next animation frame); returns a function that cancels it. */
export type FlushScheduler = (flush: () => void) => () => void

export type FrameBatchDeps<T> = {
  schedule: FlushScheduler
  /** Whether the event may wait for the next flush. */
  canWait: (item: T) => boolean
  /** Applies events in arrival order; one call per flush. */
  apply: (items: T[]) => void
}

export type FrameBatch<T> = {
  push(item: T): void
  /** Applies whatever waits now (before another write to the same state, so order is kept). */
  flush(): void
  /** Drops what waits and the scheduled flush. */
  cancel(): void
  pending(): number
}

export function makeFrameBatch<T>(deps: FrameBatchDeps<T>): FrameBatch<T> {
  let queue: T[] = []
  let cancelScheduled: (() => void) | undefined

  const unschedule = () => {
    cancelScheduled?.()
    cancelScheduled = undefined
  }
  const flush = () => {
    unschedule()
    if (queue.length === 0) return
    const items = queue
    queue = []
    deps.apply(items)
  }

  return {
    push(item) {
      queue.push(item)
      if (!deps.canWait(item)) flush()
      else if (!cancelScheduled) cancelScheduled = deps.schedule(flush)
    },
    flush,
    cancel() {
      unschedule()
      queue = []
    },
    pending: () => queue.length,
  }
}
