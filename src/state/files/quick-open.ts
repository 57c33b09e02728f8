import { createEffect, createSignal, onCleanup } from "solid-js"
import { createTask } from "../task"

/** Typing pauses this long before a search goes out, so each keystroke does not cost a request. */
const SEARCH_DELAY_MS = 120

/**
 * File-name search as a person types: the query, debounced, feeds one request at a time; an
 * answer for an older query is dropped.
 *
 * @example const search = createQuickOpen(useFileSearch())
 */
export function createQuickOpen(find: (query: string, signal: AbortSignal) => Promise<string[]>, delayMs = SEARCH_DELAY_MS) {
  const [query, setQuery] = createSignal("")
  const [settled, setSettled] = createSignal("")
  createEffect(() => {
    const q = query()
    const timer = setTimeout(() => setSettled(q), delayMs)
    onCleanup(() => clearTimeout(timer))
  })
  const results = createTask(settled, (q, signal) => find(q.trim(), signal), "search files")
  return {
    query,
    setQuery,
    results: () => results.value() ?? [],
    /** True while typing has not settled or the answer is still on its way. */
    searching: () => results.loading() || settled() !== query(),
    error: results.error,
  }
}

export type QuickOpenSearch = ReturnType<typeof createQuickOpen>
