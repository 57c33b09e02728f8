import { createEffect, createSignal, onCleanup, type Accessor } from "solid-js"

export type ProgressiveOptions = {
  /** Items shown at once (0: none before the next task); then `step` more per task. */
  first: number
  step: number
  /** Runs `run` in a later task; returns a cancel. Tests pass a manual queue. */
  nextTask?: (run: () => void) => () => void
}

/** Thirty server rows drawn in one task took well over 50 ms; a few per task keeps each short. */
export const ROWS_FIRST = 4
export const ROWS_STEP = 4

const afterTask = (run: () => void) => {
  const timer = setTimeout(run, 0)
  return () => clearTimeout(timer)
}

/**
 * `list` as it is, but revealed a few items per task: the first `first` at once, `step` more in
 * each following task, so a long list of heavy rows does not render in one long task. Items
 * keep their identity (a keyed `<For>` keeps their DOM). Create under a reactive owner.
 *
 * @example const shown = createProgressive(registry.servers, { first: 6, step: 6 })
 */
export function createProgressive<T>(list: Accessor<readonly T[]>, opts: ProgressiveOptions): Accessor<T[]> {
  const nextTask = opts.nextTask ?? afterTask
  const [limit, setLimit] = createSignal(Math.max(0, opts.first))
  let cancel: (() => void) | undefined
  createEffect(() => {
    if (limit() >= list().length || cancel) return
    cancel = nextTask(() => {
      cancel = undefined
      setLimit((n) => n + Math.max(1, opts.step))
    })
  })
  onCleanup(() => cancel?.())
  return () => list().slice(0, limit())
}

/**
 * False in the task that creates it, true from the next one: a view draws what a person looks at
 * first (a session's messages) in one task and its controls in the following one, so neither task
 * is long. Create under a reactive owner.
 */
export function createNextTaskFlag(nextTask: (run: () => void) => () => void = afterTask): Accessor<boolean> {
  const [ready, setReady] = createSignal(false)
  onCleanup(nextTask(() => setReady(true)))
  return ready
}
