import type { FlushScheduler } from "../../lib/events/frame-batch"

/** Hidden tabs get no animation frames; their events still land, at the timer's (throttled) pace. */
export const FRAME_FALLBACK_MS = 100

export type FrameHost = Pick<Window, "requestAnimationFrame" | "cancelAnimationFrame" | "setTimeout" | "clearTimeout">

/** Flushes at the next animation frame, or after FRAME_FALLBACK_MS when no frame comes. */
export function frameScheduler(host: FrameHost = window): FlushScheduler {
  return (flush) => {
    let done = false
    const stop = () => {
      done = true
      host.cancelAnimationFrame(frame)
      host.clearTimeout(timer)
    }
    const run = () => {
      if (done) return
      stop()
      flush()
    }
    const frame = host.requestAnimationFrame(run)
    const timer = host.setTimeout(run, FRAME_FALLBACK_MS)
    return stop
  }
}
