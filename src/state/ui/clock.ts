import { createSignal, type Accessor } from "solid-js"

/** "5 minutes ago" needs no finer tick than this. */
export const CLOCK_TICK_MS = 30_000

let shared: Accessor<number> | undefined

/**
 * The time, refreshed every half minute, for relative times ("5 minutes ago"). One timer for the
 * whole page, started on first use; it lives as long as the page.
 */
export function useClock(): Accessor<number> {
  if (!shared) {
    const [now, setNow] = createSignal(Date.now())
    setInterval(() => setNow(Date.now()), CLOCK_TICK_MS)
    shared = now
  }
  return shared
}
