import { createSignal, type Accessor } from "solid-js"
import { errorText } from "../lib/error-text"

export type Load<T> = { value: Accessor<T | undefined>; error: Accessor<string | undefined>; loading: Accessor<boolean>; reload: () => Promise<void> }

/**
 * A value fetched once and on `reload()`; the last value stays while reloading, and a failure
 * keeps its message for the page to show (nothing is thrown into the render tree).
 */
export function createLoad<T>(fetch: () => Promise<T>): Load<T> {
  const [value, setValue] = createSignal<T>()
  const [error, setError] = createSignal<string>()
  const [loading, setLoading] = createSignal(true)
  let run = 0
  const reload = async () => {
    const mine = ++run
    setLoading(true)
    try {
      const next = await fetch()
      if (mine !== run) return
      setValue(() => next)
      setError(undefined)
    } catch (err) {
      if (mine === run) setError(errorText(err))
    } finally {
      if (mine === run) setLoading(false)
    }
  }
  void reload()
  return { value, error, loading, reload }
}
