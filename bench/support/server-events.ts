// Follows one directory's event stream of a server from Node, off the browser's main thread, and
// stamps each event with Node's clock as it arrives: the "server emitted it" side of a figure.
import type { OpencodeServer } from "../../e2e/support/opencode"

export interface EventFeed {
  /** Resolves once the stream is open (the server's `server.connected` event). */
  connected: Promise<void>
  stop(): void
}

export type ServerEvent = { type: string; properties: Record<string, unknown> }

export const nodeEpoch = (): number => performance.timeOrigin + performance.now()

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null
}

function parseEvent(data: string): ServerEvent | undefined {
  let event: unknown
  try {
    event = JSON.parse(data)
  } catch {
    return undefined
  }
  if (!isRecord(event) || typeof event.type !== "string") return undefined
  return { type: event.type, properties: isRecord(event.properties) ? event.properties : {} }
}

/** Calls `onEvent(event, arrivedAt)` for every event of `directory` on `server` until stop(). */
export function followEvents(server: OpencodeServer, directory: string, onEvent: (event: ServerEvent, at: number) => void): EventFeed {
  const controller = new AbortController()
  let onConnected: () => void = () => undefined
  let onFailed: (error: unknown) => void = () => undefined
  const connected = new Promise<void>((resolve, reject) => {
    onConnected = resolve
    onFailed = reject
  })
  const handle = (data: string): void => {
    const at = nodeEpoch()
    const event = parseEvent(data)
    if (event === undefined) return
    if (event.type === "server.connected") onConnected()
    onEvent(event, at)
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
  return { connected, stop: () => controller.abort() }
}
