/** Owns the event stream a terminal view listens to: PTY exits (the only source of exit codes), renames, removals. */
import { parsePtyEvent, type PtyEvent } from "../../lib/terminal/pty-events"
import type { OpencodeClient } from "../client"

/** The stream ends cleanly when the server disposes the directory's instance; resubscribe after a pause. */
const RESUBSCRIBE_MS = 1000
const MAX_SSE_RETRY_MS = 10_000

function pause(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, ms)
    signal.addEventListener("abort", () => (clearTimeout(timer), resolve()), { once: true })
  })
}

/** Calls `onEvent` for each PTY event of the client's directory until `signal` aborts. */
export async function watchPtyEvents(client: OpencodeClient, onEvent: (event: PtyEvent) => void, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    try {
      const { stream } = await client.event.subscribe({}, { signal, sseMaxRetryDelay: MAX_SSE_RETRY_MS })
      for await (const raw of stream) {
        const event = parsePtyEvent(raw)
        if (event) onEvent(event)
      }
    } catch {
      // Network errors are retried inside the SDK; what reaches here is an abort or a broken stream,
      // and the loop below decides between the two. Exit codes are a nicety: the terminal works without.
    }
    await pause(RESUBSCRIBE_MS, signal)
  }
}
