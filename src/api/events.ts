/** One connection to a directory's event stream (`GET /event?directory=`); reconnecting is state/'s job. */
import type { OpencodeClient } from "./client"
import { toPortalError, type PortalError } from "./errors"

/** How a connection ended: the server closed it (e.g. instance disposed), it failed, or we aborted it. */
export type StreamEnd = { kind: "closed" } | { kind: "failed"; error: PortalError } | { kind: "aborted" }

export type StreamOptions = {
  serverName: string
  signal: AbortSignal
  /** Every `data:` payload, parsed JSON but not validated; heartbeats included. */
  onData: (data: unknown) => void
}

/**
 * Opens the stream once and resolves when it ends. The SDK's own retry loop is limited to this one
 * attempt, so backoff, the silence watchdog and resubscribing stay with the caller.
 */
export async function streamEvents(client: OpencodeClient, opts: StreamOptions): Promise<StreamEnd> {
  let failure: unknown
  let failed = false
  try {
    const { stream } = await client.event.subscribe({}, {
      signal: opts.signal,
      sseMaxRetryAttempts: 1,
      onSseError: (error: unknown) => {
        failed = true
        failure = error
      },
    })
    for await (const data of stream) opts.onData(data)
  } catch (error) {
    failed = true
    failure = error
  }
  if (opts.signal.aborted) return { kind: "aborted" }
  if (!failed) return { kind: "closed" }
  return { kind: "failed", error: toPortalError(failure, `follow live events on ${opts.serverName}`, statusOf(failure)) }
}

/** The SDK reports a non-2xx answer as `Error("SSE failed: <status> <text>")`. */
function statusOf(error: unknown): number | undefined {
  const match = error instanceof Error ? /^SSE failed: (\d{3})/.exec(error.message) : null
  return match?.[1] ? Number(match[1]) : undefined
}
