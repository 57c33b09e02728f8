import { createSignal, onCleanup } from "solid-js"
import { createStore, reconcile } from "solid-js/store"
import type { Credentials } from "../../api/auth"
import type { ProbeOptions } from "../../api/health"
import type { ServerHealth } from "../../lib/connection/health"
import type { ServerEntry } from "../../lib/registry/server"
import { makeContext } from "../context"
import { errorText } from "../../lib/error-text"

export type HealthDeps = {
  servers: () => ServerEntry[]
  credentialsFor: (server: ServerEntry) => Credentials | undefined
  probe: (opts: ProbeOptions) => Promise<ServerHealth>
  pageOrigin: string
  /** Between the end of one check and the start of the next, per server. */
  intervalMs?: number
  document?: Pick<Document, "visibilityState" | "addEventListener" | "removeEventListener">
}

/** Online servers are re-checked at this pace; it keeps dead-server detection under a quarter minute. */
export const HEALTH_INTERVAL_MS = 10_000
/** Probes started in the same task as the sync that asked for them; the rest wait a task each. */
export const PROBES_AT_ONCE = 4

/**
 * Polls every registered server while the tab is visible. Each server has at most one check in
 * flight, so a slow server never piles up requests; hidden tabs stop polling and re-check on return.
 * Must be created under a reactive owner (it registers cleanups).
 */
export function createHealth(deps: HealthDeps) {
  const intervalMs = deps.intervalMs ?? HEALTH_INTERVAL_MS
  const [statuses, setStatuses] = createStore<Record<string, ServerHealth>>({})
  const [lastChecked, setLastChecked] = createSignal(0)
  const inFlight = new Map<string, AbortController>()
  const timers = new Map<string, ReturnType<typeof setTimeout>>()
  const visible = () => (deps.document ? deps.document.visibilityState !== "hidden" : true)
  let disposed = false

  const schedule = (id: string, delayMs = intervalMs) => {
    clearTimeout(timers.get(id))
    timers.delete(id)
    if (disposed || !visible() || !deps.servers().some((s) => s.id === id)) return
    timers.set(
      id,
      setTimeout(() => {
        timers.delete(id)
        void check(id)
      }, delayMs),
    )
  }

  const check = async (id: string) => {
    const server = deps.servers().find((s) => s.id === id)
    if (!server || inFlight.has(id) || disposed) return
    const controller = new AbortController()
    inFlight.set(id, controller)
    if (!statuses[id]) setStatuses(id, { kind: "checking" })
    try {
      const status = await deps.probe({ url: server.url, credentials: deps.credentialsFor(server), pageOrigin: deps.pageOrigin, signal: controller.signal })
      // A recheck may have replaced this check meanwhile: only the current one reports.
      if (inFlight.get(id) === controller && !disposed && deps.servers().some((s) => s.id === id)) setStatuses(id, reconcile(status))
    } catch (err) {
      // An abort means the server was removed or the monitor disposed: nothing to report.
      if (!controller.signal.aborted && inFlight.get(id) === controller && !disposed) {
        setStatuses(id, { kind: "offline", detail: `the check failed: ${errorText(err)}` })
      }
    } finally {
      if (inFlight.get(id) === controller) {
        inFlight.delete(id)
        setLastChecked(Date.now())
        schedule(id)
      }
    }
  }

  /** Re-checks now, e.g. after the password or URL changed. */
  const recheck = (id: string) => {
    inFlight.get(id)?.abort()
    inFlight.delete(id)
    setStatuses(id, { kind: "checking" })
    void check(id)
  }

  const sync = () => {
    const ids = new Set(deps.servers().map((s) => s.id))
    // A few probes at once, then one per task: thirty servers probed in one go cost the start-up a
    // long task (each fetch costs the main thread several ms); spread out, the page stays responsive.
    if (visible()) {
      const due = [...ids].filter((id) => !inFlight.has(id) && !timers.has(id))
      due.forEach((id, index) => (index < PROBES_AT_ONCE ? void check(id) : schedule(id, 0)))
    }
    for (const id of new Set([...timers.keys(), ...inFlight.keys()])) {
      if (ids.has(id)) continue
      clearTimeout(timers.get(id))
      timers.delete(id)
      inFlight.get(id)?.abort()
    }
  }

  const onVisibility = () => {
    if (visible()) deps.servers().forEach((s) => void check(s.id))
    else {
      for (const t of timers.values()) clearTimeout(t)
      timers.clear()
    }
  }
  deps.document?.addEventListener("visibilitychange", onVisibility)
  onCleanup(() => {
    disposed = true
    deps.document?.removeEventListener("visibilitychange", onVisibility)
    for (const t of timers.values()) clearTimeout(t)
    for (const c of inFlight.values()) c.abort()
  })

  return {
    of: (id: string): ServerHealth => statuses[id] ?? { kind: "checking" },
    /** One check of an address that may not be registered yet ("Test connection"). */
    test: (url: string, credentials: Credentials | undefined) => deps.probe({ url, credentials, pageOrigin: deps.pageOrigin }),
    recheck,
    /** Starts checks for servers that are new since the last call; call from an effect on servers(). */
    sync,
    lastChecked,
  }
}

export type Health = ReturnType<typeof createHealth>

const ctx = makeContext<Health>("Health")
export const useHealth = ctx.use
export const HealthProvider = ctx.Provider
