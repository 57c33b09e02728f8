/** Owns the connection check: one `GET /global/health`, classified into what a person can fix. */
import { anySignal } from "../lib/any-signal"
import { isMixedContent } from "../lib/registry/url"
import { parseHealth, type ServerHealth } from "../lib/connection/health"
import { authHeaders, type Credentials } from "./auth"

export type ProbeOptions = {
  url: string
  credentials?: Credentials
  pageOrigin: string
  timeoutMs?: number
  fetch?: typeof fetch
  signal?: AbortSignal
  now?: () => number
}

/** Long enough for a server across a tailnet; short enough that a dead one does not stall the list. */
export const PROBE_TIMEOUT_MS = 5000

function isJson(response: Response): boolean {
  return (response.headers.get("content-type") ?? "").includes("json")
}

export async function probeServer(opts: ProbeOptions): Promise<ServerHealth> {
  const { url, credentials, pageOrigin, timeoutMs = PROBE_TIMEOUT_MS, signal } = opts
  const doFetch = opts.fetch ?? fetch
  const now = opts.now ?? (() => performance.now())
  if (isMixedContent(pageOrigin, url)) return { kind: "mixed" }
  const endpoint = `${url}/global/health`
  const timeout = AbortSignal.timeout(timeoutMs)
  const combined = signal ? anySignal([signal, timeout]) : timeout
  const started = now()
  let response: Response
  try {
    response = await doFetch(endpoint, { headers: authHeaders(credentials), signal: combined, cache: "no-store" })
  } catch (err) {
    if (signal?.aborted) throw err
    if (timeout.aborted) return { kind: "offline", detail: `no answer within ${Math.round(timeoutMs / 1000)} s`, timedOut: true }
    return classifyNetworkFailure(endpoint, pageOrigin, doFetch, combined)
  }
  const rttMs = Math.max(0, Math.round(now() - started))
  if (response.status === 401) return { kind: "unauthorized" }
  // A reverse proxy (nginx, tailscale serve) in front of a stopped server answers 502–504.
  if (response.status >= 502 && response.status <= 504) return { kind: "offline", detail: `the proxy answered HTTP ${response.status}; the server behind it is not running` }
  if (!response.ok) return { kind: "not-opencode", detail: `HTTP ${response.status} from ${endpoint}` }
  if (!isJson(response)) {
    const type = response.headers.get("content-type")?.split(";")[0] ?? "no content type"
    return { kind: "not-opencode", detail: `answered with ${type} instead of the health JSON` }
  }
  let body: unknown
  try {
    body = await response.json()
  } catch {
    return { kind: "not-opencode", detail: "the health answer is not valid JSON" }
  }
  const health = parseHealth(body)
  if (!health) return { kind: "not-opencode", detail: "the health answer is not OpenCode's" }
  return { kind: "online", version: health.version, rttMs }
}

/**
 * A CORS-mode fetch failed. If the same URL answers in no-cors mode, the server is reachable and
 * only this page's origin is refused; if that fails too, nothing is listening.
 */
async function classifyNetworkFailure(endpoint: string, pageOrigin: string, doFetch: typeof fetch, signal: AbortSignal): Promise<ServerHealth> {
  try {
    await doFetch(endpoint, { mode: "no-cors", signal, cache: "no-store" })
    return { kind: "cors", origin: pageOrigin }
  } catch {
    return { kind: "offline", detail: "nothing answers at this address" }
  }
}
