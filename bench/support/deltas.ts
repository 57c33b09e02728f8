// Follows a session's text deltas on the server's event stream from Node, off the browser's main
// thread, and relates Node's clock to the page's, so "last delta sent" can be set against "on screen".
import type { Page } from "@playwright/test"
import type { OpencodeServer } from "../../e2e/support/opencode"

export interface DeltaLog {
  /** Resolves once the stream is open (the server's `server.connected` event). */
  connected: Promise<void>
  /** Arrival times (epoch ms, Node's clock) of each text delta of the session. */
  arrivals(): number[]
  stop(): void
}

const nodeEpoch = (): number => performance.timeOrigin + performance.now()

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null
}

export function listenDeltas(server: OpencodeServer, directory: string, sessionId: string): DeltaLog {
  const arrivals: number[] = []
  const controller = new AbortController()
  let onConnected: () => void = () => undefined
  let onFailed: (error: unknown) => void = () => undefined
  const connected = new Promise<void>((resolve, reject) => {
    onConnected = resolve
    onFailed = reject
  })
  const handle = (data: string): void => {
    let event: unknown
    try {
      event = JSON.parse(data)
    } catch {
      return
    }
    if (!isRecord(event)) return
    if (event.type === "server.connected") onConnected()
    const props = event.properties
    if (event.type === "message.part.delta" && isRecord(props) && props.sessionID === sessionId && props.field === "text") arrivals.push(nodeEpoch())
  }
  const read = async (): Promise<void> => {
    const response = await fetch(`${server.url}/event?directory=${encodeURIComponent(directory)}`, { headers: server.authHeader(), signal: controller.signal })
    if (!response.ok || !response.body) throw new Error(`event stream of ${server.name}: HTTP ${response.status}`)
    const decoder = new TextDecoder()
    let buffer = ""
    for await (const chunk of response.body) {
      buffer += decoder.decode(chunk, { stream: true })
      let end = buffer.indexOf("\n")
      while (end !== -1) {
        const line = buffer.slice(0, end).trimEnd()
        buffer = buffer.slice(end + 1)
        if (line.startsWith("data:")) handle(line.slice(5).trimStart())
        end = buffer.indexOf("\n")
      }
    }
  }
  read().catch((error: unknown) => {
    if (!controller.signal.aborted) onFailed(error)
  })
  return { connected, arrivals: () => [...arrivals], stop: () => controller.abort() }
}

/**
 * page epoch − Node epoch, from the tightest of a few bracketed readings; `error` bounds how far
 * off it can be (half that reading's round trip).
 */
export async function clockOffset(page: Page): Promise<{ offset: number; error: number }> {
  let best = { offset: 0, error: Number.POSITIVE_INFINITY }
  for (let i = 0; i < 7; i++) {
    const before = nodeEpoch()
    const inPage = await page.evaluate(() => performance.timeOrigin + performance.now())
    const after = nodeEpoch()
    const error = (after - before) / 2
    if (error < best.error) best = { offset: inPage - (before + after) / 2, error }
  }
  return best
}
