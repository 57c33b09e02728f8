import { createSignal, onCleanup } from "solid-js"
import { probeServer } from "../../api/health"
import type { ServerHealth } from "../../lib/connection/health"
import { runPool } from "../../lib/fleet/pool"
import { candidateUrl, parsePorts } from "../../lib/fleet/ports"

/** A closed port fails at once; a firewalled one hangs, so each probe gives up quickly. */
export const SCAN_TIMEOUT_MS = 1500
/** Enough to finish the default list in a second or two without flooding one host. */
export const SCAN_CONCURRENCY = 8

/** Statuses that mean something OpenCode-like listens there (a password or CORS stands in the way at worst). */
const ANSWERED = new Set<ServerHealth["kind"]>(["online", "unauthorized", "cors"])

export type Found = { url: string; port: number; health: ServerHealth }

export type ScanDeps = { probe: (url: string, signal: AbortSignal) => Promise<ServerHealth> }

/** The default probe: the registry's own health check, with a short timeout. */
export function scanProbe(url: string, signal: AbortSignal): Promise<ServerHealth> {
  return probeServer({ url, pageOrigin: window.location.origin, timeoutMs: SCAN_TIMEOUT_MS, signal })
}

/** Probes a list of ports on one host with bounded concurrency; cancellable, with progress. */
export function createScan(deps: ScanDeps = { probe: scanProbe }) {
  const [found, setFound] = createSignal<Found[]>([])
  const [progress, setProgress] = createSignal({ done: 0, total: 0 })
  const [running, setRunning] = createSignal(false)
  const [error, setError] = createSignal<string>()
  let controller: AbortController | undefined

  const cancel = () => controller?.abort()
  onCleanup(cancel)

  const start = async (host: string, portList: string): Promise<void> => {
    cancel()
    const parsed = parsePorts(portList)
    if (!host.trim()) return void setError("Give a host, e.g. localhost.")
    if (!parsed.ok) return void setError(parsed.error)
    setError(undefined)
    const mine = new AbortController()
    controller = mine
    setFound([])
    setProgress({ done: 0, total: parsed.ports.length })
    setRunning(true)
    await runPool(
      parsed.ports,
      SCAN_CONCURRENCY,
      async (port) => {
        const url = candidateUrl(host, port)
        const health = await deps.probe(url, mine.signal).catch((): ServerHealth => ({ kind: "offline", detail: "stopped" }))
        if (mine.signal.aborted) return
        if (ANSWERED.has(health.kind)) setFound((list) => [...list, { url, port, health }].sort((a, b) => a.port - b.port))
        setProgress((p) => ({ ...p, done: p.done + 1 }))
      },
      mine.signal,
    )
    if (controller === mine) setRunning(false)
  }

  return { found, progress, running, error, start, cancel }
}

export type Scan = ReturnType<typeof createScan>
