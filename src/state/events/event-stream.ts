import { createSignal, getOwner, onCleanup, untrack } from "solid-js"
import type { StreamEnd } from "../../api/events"
import type { StreamState } from "../../lib/events/stream-state"

export type { StreamState }

/** The heartbeat comes every 10 s; two and a half missed ones mean the stream died silently. */
export const WATCHDOG_MS = 25_000
/** A healthy server sends `server.connected` at once; a request that hangs (e.g. one sent while the server was still starting) is dropped after this. */
export const CONNECT_TIMEOUT_MS = 5_000
/** After this many failed attempts in a row the server is called offline (retries go on). */
export const OFFLINE_AFTER = 3
/** A restarting server is back within a few seconds; after that, every 10 s is soon enough. */
const BACKOFF_MS = [500, 1000, 1500, 2000, 3000, 5000, 10000] as const

/** Wait before attempt `n` (1-based): fast at first, then capped so a returning server is found soon. */
export function backoffMs(attempt: number): number {
  return BACKOFF_MS[Math.min(attempt, BACKOFF_MS.length) - 1] ?? BACKOFF_MS[0]
}

type Listenable = Pick<EventTarget, "addEventListener" | "removeEventListener">

export type EventStreamDeps = {
  /** Opens one connection and resolves when it ends; `onData` gets every payload. */
  connect: (signal: AbortSignal, onData: (data: unknown) => void) => Promise<StreamEnd>
  onData: (data: unknown) => void
  /** Called each time the stream turns live: the first time and after every reconnect (refetch then). */
  onLive: (reconnected: boolean) => void
  window?: Listenable & { navigator?: { onLine: boolean } }
  document?: Listenable & { visibilityState: DocumentVisibilityState }
  now?: () => number
}

/**
 * Keeps one event stream connected while its owner lives: reconnects with backoff after failures,
 * at once after a clean close, when nothing (not even a heartbeat) arrived for WATCHDOG_MS, when
 * the browser comes back online and when the tab becomes visible. Must run under a reactive owner.
 */
export function createEventStream(deps: EventStreamDeps) {
  const now = deps.now ?? Date.now
  const [state, setState] = createSignal<StreamState>({ kind: "connecting" })
  let controller: AbortController | undefined
  let watchdog: ReturnType<typeof setTimeout> | undefined
  let retry: ReturnType<typeof setTimeout> | undefined
  let failures = 0
  let lastDataAt = 0
  let everLive = false
  let disposed = false

  const armWatchdog = (current: AbortController, ms: number, reason: string, retryMs?: number) => {
    clearTimeout(watchdog)
    watchdog = setTimeout(() => {
      if (current !== controller) return
      current.abort()
      scheduleRetry(reason, retryMs)
    }, ms)
  }

  const scheduleRetry = (error: string, retryMs?: number) => {
    failures += 1
    const delay = retryMs ?? backoffMs(failures)
    const offline = failures >= OFFLINE_AFTER || deps.window?.navigator?.onLine === false
    setState({ kind: offline ? "offline" : "reconnecting", attempt: failures, retryAt: now() + delay, error })
    clearTimeout(retry)
    retry = setTimeout(() => connect(), delay)
  }

  function connect(reason?: string) {
    if (disposed) return
    controller?.abort()
    clearTimeout(retry)
    const current = new AbortController()
    controller = current
    // From a retry the state already says reconnecting or offline; only a live stream needs telling.
    if (untrack(state).kind === "live") setState({ kind: "reconnecting", attempt: 0, retryAt: now(), ...(reason ? { error: reason } : {}) })
    let gotData = false
    // The timeout itself paces these retries: a server that is just starting answers the next one.
    armWatchdog(current, CONNECT_TIMEOUT_MS, "the server did not answer the event stream", backoffMs(1))
    void deps
      .connect(current.signal, (data) => {
        if (current !== controller) return
        armWatchdog(current, WATCHDOG_MS, "no events (not even a heartbeat) for 25 s")
        lastDataAt = now()
        if (!gotData) {
          gotData = true
          failures = 0
          setState({ kind: "live" })
          deps.onLive(everLive)
          everLive = true
        }
        deps.onData(data)
      })
      .then((end) => {
        // Aborts are ours (watchdog, stop, a newer connection), which already decided what comes next.
        if (current !== controller || disposed || end.kind === "aborted") return
        clearTimeout(watchdog)
        // A clean close after data (instance disposed) resubscribes at once; one that never
        // delivered anything backs off like a failure, so a misbehaving proxy cannot spin us.
        if (end.kind === "closed" && gotData) connect("the server ended the stream")
        else scheduleRetry(end.kind === "failed" ? end.error.message : "the server ended the stream")
      })
  }

  // Hidden tabs throttle timers, so the watchdog may not have fired yet: check the silence here too.
  const onVisible = () => {
    if (deps.document?.visibilityState !== "visible") return
    if (state().kind !== "live") connect()
    else if (now() - lastDataAt > WATCHDOG_MS) connect("no events while the tab was hidden")
  }
  const onOnline = () => connect()
  deps.window?.addEventListener("online", onOnline)
  deps.document?.addEventListener("visibilitychange", onVisible)

  const stop = () => {
    controller?.abort()
    controller = undefined
    clearTimeout(watchdog)
    clearTimeout(retry)
  }
  const dispose = () => {
    disposed = true
    stop()
    deps.window?.removeEventListener("online", onOnline)
    deps.document?.removeEventListener("visibilitychange", onVisible)
  }
  if (getOwner()) onCleanup(dispose)
  connect()

  return {
    state,
    /** Drops the current connection and opens a new one now. */
    reconnect: () => connect(),
    /** Closes the connection without reconnecting until `reconnect()`. */
    stop,
    dispose,
  }
}
