import { createEffect, createSignal, on, onCleanup, type Accessor } from "solid-js"
import { PortalError, toPortalError } from "../api/errors"

export type Task<T, I = unknown> = {
  value: Accessor<T | undefined>
  /** The input `value()` was loaded for (it can lag behind a changed input). */
  valueFor: Accessor<I | undefined>
  error: Accessor<PortalError | undefined>
  loading: Accessor<boolean>
  /** Runs again for the same input, keeping the old value on screen until the new one arrives. */
  reload(): void
}

/**
 * Loads `run(input)` whenever `input()` changes, aborting the request it replaces, so a slow
 * answer for an old input never overwrites a newer one. Unlike a resource it never suspends or
 * throws while read: failures land in `error()` as a PortalError for the UI to show.
 *
 * @example const file = createTask(() => path(), (p, signal) => readFile(client, p, name, signal), `open a file`)
 */
export function createTask<I, T>(input: Accessor<I | undefined>, run: (input: I, signal: AbortSignal) => Promise<T>, action: string): Task<T, I> {
  const [result, setResult] = createSignal<{ input: I; value: T }>()
  const [error, setError] = createSignal<PortalError>()
  const [loading, setLoading] = createSignal(false)
  let controller: AbortController | undefined
  const start = (current: I | undefined, keep: boolean) => {
    controller?.abort()
    controller = undefined
    setError(undefined)
    if (!keep) setResult(undefined)
    if (current === undefined) return setLoading(false)
    const mine = new AbortController()
    controller = mine
    setLoading(true)
    run(current, mine.signal).then(
      (result) => {
        if (controller !== mine) return
        setResult({ input: current, value: result })
        setLoading(false)
      },
      (err: unknown) => {
        if (controller !== mine) return
        setError(err instanceof PortalError ? err : toPortalError(err, action))
        setLoading(false)
      },
    )
  }
  createEffect(on(input, (current) => start(current, false)))
  onCleanup(() => controller?.abort())
  return { value: () => result()?.value, valueFor: () => result()?.input, error, loading, reload: () => start(input(), true) }
}
