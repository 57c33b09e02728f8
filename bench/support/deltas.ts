// Follows a session's text deltas on the server's event stream from Node, off the browser's main
// thread, and relates Node's clock to the page's, so "last delta sent" can be set against "on screen".
import type { Page } from "@playwright/test"
import type { OpencodeServer } from "../../e2e/support/opencode"
import { followEvents, nodeEpoch } from "./server-events"

export interface DeltaLog {
  /** Resolves once the stream is open (the server's `server.connected` event). */
  connected: Promise<void>
  /** Arrival times (epoch ms, Node's clock) of each text delta of the session. */
  arrivals(): number[]
  stop(): void
}

export function listenDeltas(server: OpencodeServer, directory: string, sessionId: string): DeltaLog {
  const arrivals: number[] = []
  const feed = followEvents(server, directory, (event, at) => {
    const props = event.properties
    if (event.type === "message.part.delta" && props.sessionID === sessionId && props.field === "text") arrivals.push(at)
  })
  return { connected: feed.connected, arrivals: () => [...arrivals], stop: feed.stop }
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
