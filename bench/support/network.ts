// Counts what a page downloads, from the DevTools protocol: bytes on the wire, decoded bytes, and
// gzip -9 of each body (computed here, so both apps are compared at the same compression no matter
// how their server happens to serve them).
import { gzipSync } from "node:zlib"
import type { CDPSession } from "@playwright/test"

export interface Resource {
  /** Path and query only: ports change from run to run. */
  path: string
  type: string
  wire: number
  raw: number
  gzip: number
}

export interface Transfer {
  resources: Resource[]
  requests: number
  jsWire: number
  jsRaw: number
  jsGzip: number
  totalWire: number
  totalRaw: number
  totalGzip: number
}

interface Entry {
  url: string
  type: string
  raw: number
  wire: number
  finished: boolean
}

// Generous, so the 2.7 MB-scale bundles of OpenCode's app stay readable for getResponseBody.
const BUFFER_TOTAL = 256 * 1024 * 1024
const BUFFER_RESOURCE = 64 * 1024 * 1024

export interface NetworkLog {
  /** Milliseconds since a request last started, received data or finished. */
  idleMs(): number
  /** Requests still waiting for their end, not counting open event streams (they never end). */
  pending(): number
  /** Sums everything seen so far; bodies of finished responses are gzipped. */
  transfer(): Promise<Transfer>
  stop(): Promise<void>
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null
}

const str = (value: unknown): string => (typeof value === "string" ? value : "")
const num = (value: unknown): number => (typeof value === "number" ? value : 0)

/** Starts recording; call before the navigation to measure. */
export async function recordNetwork(cdp: CDPSession): Promise<NetworkLog> {
  const entries = new Map<string, Entry>()
  const inFlight = new Set<string>()
  let lastActivity = Date.now()
  const touch = (): void => {
    lastActivity = Date.now()
  }
  const done = (event: unknown): void => {
    touch()
    if (isRecord(event)) inFlight.delete(str(event.requestId))
  }
  await cdp.send("Network.enable", { maxTotalBufferSize: BUFFER_TOTAL, maxResourceBufferSize: BUFFER_RESOURCE })
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true })
  cdp.on("Network.requestWillBeSent", (event: unknown) => {
    touch()
    if (isRecord(event) && isRecord(event.request) && !str(event.request.url).startsWith("data:")) inFlight.add(str(event.requestId))
  })
  cdp.on("Network.responseReceived", (event: unknown) => {
    if (!isRecord(event) || !isRecord(event.response)) return
    if (str(event.response.mimeType) === "text/event-stream") inFlight.delete(str(event.requestId))
    const url = str(event.response.url)
    if (url.startsWith("data:")) return
    entries.set(str(event.requestId), { url, type: str(event.type), raw: 0, wire: 0, finished: false })
  })
  cdp.on("Network.dataReceived", (event: unknown) => {
    if (!isRecord(event)) return
    const entry = entries.get(str(event.requestId))
    if (!entry) return
    entry.raw += num(event.dataLength)
    entry.wire += num(event.encodedDataLength)
    touch()
  })
  cdp.on("Network.loadingFinished", (event: unknown) => {
    done(event)
    if (!isRecord(event)) return
    const entry = entries.get(str(event.requestId))
    if (!entry) return
    // The final figure includes headers; dataReceived's partial sums may not.
    entry.wire = Math.max(entry.wire, num(event.encodedDataLength))
    entry.finished = true
  })
  cdp.on("Network.loadingFailed", done)

  const gzipOf = async (requestId: string, entry: Entry): Promise<number> => {
    // A stream still open (SSE) has no body to read yet: count its raw bytes, a small overstatement.
    if (!entry.finished || entry.raw === 0) return entry.raw
    try {
      const body: unknown = await cdp.send("Network.getResponseBody", { requestId })
      if (!isRecord(body)) return entry.raw
      const bytes = Buffer.from(str(body.body), body.base64Encoded === true ? "base64" : "utf8")
      return gzipSync(bytes, { level: 9 }).length
    } catch {
      return entry.raw
    }
  }

  return {
    idleMs: () => Date.now() - lastActivity,
    pending: () => inFlight.size,
    async transfer() {
      const sum: Transfer = { resources: [], requests: 0, jsWire: 0, jsRaw: 0, jsGzip: 0, totalWire: 0, totalRaw: 0, totalGzip: 0 }
      for (const [id, entry] of [...entries]) {
        const gzip = await gzipOf(id, entry)
        const url = new URL(entry.url)
        sum.resources.push({ path: url.pathname + url.search, type: entry.type, wire: entry.wire, raw: entry.raw, gzip })
        sum.requests += 1
        sum.totalWire += entry.wire
        sum.totalRaw += entry.raw
        sum.totalGzip += gzip
        if (entry.type === "Script") {
          sum.jsWire += entry.wire
          sum.jsRaw += entry.raw
          sum.jsGzip += gzip
        }
      }
      return sum
    },
    async stop() {
      await cdp.send("Network.disable").catch(() => undefined)
    },
  }
}
