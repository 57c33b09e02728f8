/**
 * Spreads bursts of requests over tasks. Each request costs the main thread a few ms (the SDK
 * builds it, the browser starts the fetch); thirty servers' streams, session lists and their
 * follow-up reads asked for at once were start-up's long tasks. `turn()` resolves at once for the
 * first `perTask` callers of a task and queues the rest, `perTask` per following task.
 *
 * @example const pacer = makePacer({ perTask: 3, nextTask: (run) => setTimeout(run, 0) })
 *          await pacer.turn(); fetch(url)
 */
export type PacerDeps = {
  perTask: number
  /** Runs `run` in a later task (a macrotask, so the browser may paint and handle input between). */
  nextTask: (run: () => void) => void
}

export type Pacer = { turn(): Promise<void> }

export function makePacer(deps: PacerDeps): Pacer {
  const perTask = Math.max(1, deps.perTask)
  const queue: (() => void)[] = []
  let used = 0
  let scheduled = false

  // Runs in a new task: that task's allowance goes to the longest waiters.
  const drain = () => {
    scheduled = false
    used = 0
    while (queue.length > 0 && used < perTask) {
      used += 1
      queue.shift()?.()
    }
    if (used > 0) schedule()
  }
  function schedule() {
    if (scheduled) return
    scheduled = true
    deps.nextTask(drain)
  }

  return {
    turn() {
      if (queue.length === 0 && used < perTask) {
        used += 1
        // The allowance is per task: the next task starts from zero.
        schedule()
        return Promise.resolve()
      }
      return new Promise<void>((resolve) => {
        queue.push(resolve)
        schedule()
      })
    },
  }
}
