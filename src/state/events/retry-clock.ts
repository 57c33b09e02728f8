import { createEffect, createSignal, onCleanup, type Accessor } from "solid-js"

/** Countdowns show whole seconds. */
const TICK_MS = 1000

/**
 * The current time (ms), ticking each second only while `active()` holds (e.g. some session is
 * waiting to retry), so an idle page runs no timer.
 */
export function createRetryClock(active: Accessor<boolean>): Accessor<number> {
  const [now, setNow] = createSignal(Date.now())
  createEffect(() => {
    if (!active()) return
    setNow(Date.now())
    const timer = setInterval(() => setNow(Date.now()), TICK_MS)
    onCleanup(() => clearInterval(timer))
  })
  return now
}
