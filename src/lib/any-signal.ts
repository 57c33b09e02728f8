/**
 * A signal that aborts when the first of `signals` does, with that one's reason: `AbortSignal.any`
 * where the browser has it, the fallback below where it does not (Safari before 17.4).
 *
 * @example fetch(url, { signal: anySignal([view.signal, AbortSignal.timeout(5000)]) })
 */
export function anySignal(signals: readonly AbortSignal[]): AbortSignal {
  return typeof AbortSignal.any === "function" ? AbortSignal.any([...signals]) : anySignalFallback(signals)
}

/** `AbortSignal.any` by hand; exported so tests run it on engines that have the real one. */
export function anySignalFallback(signals: readonly AbortSignal[]): AbortSignal {
  const already = signals.find((s) => s.aborted)
  if (already) return AbortSignal.abort(already.reason)
  const controller = new AbortController()
  const stop = (source: AbortSignal) => {
    for (const s of signals) s.removeEventListener("abort", onAbort)
    controller.abort(source.reason)
  }
  // One listener for all, so the first abort can unhook it from the others (no leak on long-lived signals).
  function onAbort(this: AbortSignal) {
    stop(this)
  }
  for (const s of signals) s.addEventListener("abort", onAbort)
  return controller.signal
}
