import type { FlushScheduler } from "../../lib/events/frame-batch"

/** Hidden tabs get no animation frames; their events still land, at the timer's (throttled) pace. */
export const FRAME_FALLBACK_MS = 100

export type FrameHost = Pick<Window, "requestAnimationFrame" | "cancelAnimationFrame">

/**
 * Flushes at the next animation frame, or after FRAME_FALLBACK_MS when no frame comes (a hidden
 * tab); where there are no frames at all (Node), after the fallback timer only.
 */
export function frameScheduler(host: FrameHost | undefined = typeof window === "undefined" ? undefined : window): FlushScheduler {
  return (flush) => {
    let done = false
    const stop = () => {
      done = true
      if (frame !== undefined) host?.cancelAnimationFrame(frame)
      clearTimeout(timer)
    }
    const run = () => {
      if (done) return
      stop()
      flush()
    }
    const frame = host?.requestAnimationFrame(run)
    const timer = setTimeout(run, FRAME_FALLBACK_MS)
    return stop
  }
}
