// Reads an opencode SSE stream (`/event` or `/global/event`) in tests, over fetch so auth headers work.
import { isRecord } from "./json"
import type { OpencodeServer } from "./opencode"

/** One `data:` payload; `/global/event` wraps it as `{ directory, payload }`. */
export interface ServerEvent {
  type: string
  properties: Record<string, unknown>
  directory: string | undefined
}

export interface EventStream {
  readonly events: readonly ServerEvent[]
  /** Resolves with the first event (already received or future) that matches. */
  waitFor(match: (event: ServerEvent) => boolean, timeoutMs?: number): Promise<ServerEvent>
  close(): void
}

const WAIT_MS = 15_000

export function parseEvent(data: string): ServerEvent | undefined {
  let value: unknown
  try {
    value = JSON.parse(data)
  } catch {
    return undefined
  }
  const directory = isRecord(value) && typeof value.directory === "string" ? value.directory : undefined
  const inner = isRecord(value) && isRecord(value.payload) ? value.payload : value
  if (!isRecord(inner) || typeof inner.type !== "string") return undefined
  return { type: inner.type, properties: isRecord(inner.properties) ? inner.properties : {}, directory }
}

/**
 * Subscribes and resolves once `server.connected` arrived, so nothing sent afterwards is missed.
 * `path` defaults to `/event` (the server's own directory).
 */
export async function openEvents(server: OpencodeServer, path = "/event"): Promise<EventStream> {
  const controller = new AbortController()
  const response = await fetch(server.url + path, { headers: server.authHeader(), signal: controller.signal })
  if (!response.ok || response.body === null) throw new Error(`${path}: HTTP ${response.status}`)
  const events: ServerEvent[] = []
  const waiters = new Set<() => void>()
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()

  void (async () => {
    let buffer = ""
    try {
      for (;;) {
        const { done, value } = await reader.read()
        if (done) return
        buffer += value
        const blocks = buffer.split("\n\n")
        buffer = blocks.pop() ?? ""
        for (const block of blocks) {
          const data = block
            .split("\n")
            .filter((line) => line.startsWith("data:"))
            .map((line) => line.slice(5).trimStart())
            .join("\n")
          const event = parseEvent(data)
          if (event !== undefined) events.push(event)
        }
        for (const wake of waiters) wake()
      }
    } catch {
      // Aborted by close() or cut by a server shutdown; waiters time out with the events seen.
    }
  })()

  const stream: EventStream = {
    events,
    waitFor(match, timeoutMs = WAIT_MS) {
      return new Promise((resolve, reject) => {
        const check = (): void => {
          const found = events.find(match)
          if (found === undefined) return
          cleanup()
          resolve(found)
        }
        const timer = setTimeout(() => {
          cleanup()
          const seen = events.map((e) => e.type).join(", ")
          reject(new Error(`${server.name} ${path}: no matching event within ${timeoutMs} ms; saw: ${seen}`))
        }, timeoutMs)
        const cleanup = (): void => {
          clearTimeout(timer)
          waiters.delete(check)
        }
        waiters.add(check)
        check()
      })
    },
    close: () => controller.abort(),
  }
  await stream.waitFor((event) => event.type === "server.connected")
  return stream
}
