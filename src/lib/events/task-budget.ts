/**
 * Caps how long one task spends on a run of items that arrive together (a burst of events read
 * from one network chunk is handled in microtasks, so without a cap it is a single task however
 * long). Ask `pause()` before each item: while the current task has spent less than the budget it
 * returns undefined; past it, a promise that resolves in a later task, so rendering and input get
 * their turn in between. A lone item (a paced stream) never waits.
 *
 * @example
 * const budget = makeTaskBudget({ budgetMs: 8, now: () => performance.now(), nextTask })
 * for await (const item of items) { const wait = budget.pause(); if (wait) await wait; handle(item) }
 */

export type TaskBudgetDeps = {
  budgetMs: number
  now: () => number
  /** Runs `run` in a later task, in the order asked (a MessageChannel in the browser). */
  nextTask: (run: () => void) => void
}

export type TaskBudget = {
  /** Undefined while the current task is within its budget; else a promise for a later task. */
  pause(): Promise<void> | undefined
}

export function makeTaskBudget(deps: TaskBudgetDeps): TaskBudget {
  // Start of the current task's work, undefined once that task has ended. The end is seen by a
  // task queued when the work started, so an idle stream's next item starts a fresh budget.
  let started: number | undefined
  return {
    pause() {
      if (started === undefined) {
        started = deps.now()
        deps.nextTask(() => (started = undefined))
        return undefined
      }
      if (deps.now() - started < deps.budgetMs) return undefined
      return new Promise((resolve) => deps.nextTask(resolve))
    },
  }
}
