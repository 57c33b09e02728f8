/** One connection to a server's event stream (`GET /global/event`, every directory's events); reconnecting is state/'s job. */
import { onServer, type Connection } from "./connection"
import { toPortalError, type PortalError } from "./errors"
import { nextTask } from "./next-task"
import { makeTaskBudget } from "../lib/events/task-budget"

/** How a connection ended: the server closed it, it failed, or we aborted it. */
export type StreamEnd = { kind: "closed" } | { kind: "failed"; error: PortalError } | { kind: "aborted" }

export type StreamOptions = {
  signal: AbortSignal
  /** Every `data:` payload (the `{directory, payload}` envelope), parsed JSON but not validated; heartbeats included. */
  onData: (data: unknown) => void
}

/**
 * A reply sent at once (a replay, a fast model) arrives as hundreds of events in one network chunk,
 * which the SDK hands over in microtasks: one task for all of them (75 ms for ~500 events on the 2-core bench machine).
 * Half a frame per task keeps each well under the 50 ms of a long task, even on a busy machine.
 */
const TASK_BUDGET_MS = 8

/**
 * Opens the stream once and resolves when it ends. The SDK's own retry loop is limited to this one
 * attempt, so backoff, the silence watchdog and resubscribing stay with the caller. The client has
 * no directory: the global stream is one per server, whatever the directories open.
 */
export async function streamServerEvents(connection: Connection, opts: StreamOptions): Promise<StreamEnd> {
  let failure: unknown
  let failed = false
  const budget = makeTaskBudget({ budgetMs: TASK_BUDGET_MS, now: () => performance.now(), nextTask })
  try {
    const { stream } = await (await connection.client()).global.event({
      signal: opts.signal,
      sseMaxRetryAttempts: 1,
      onSseError: (error: unknown) => {
        failed = true
        failure = error
      },
    })
    for await (const data of stream) {
      const wait = budget.pause()
      if (wait) await wait
      opts.onData(data)
    }
  } catch (error) {
    failed = true
    failure = error
  }
  if (opts.signal.aborted) return { kind: "aborted" }
  if (!failed) return { kind: "closed" }
  return { kind: "failed", error: toPortalError(failure, onServer(connection, "follow live events"), statusOf(failure)) }
}

/** The SDK reports a non-2xx answer as `Error("SSE failed: <status> <text>")`. */
function statusOf(error: unknown): number | undefined {
  const match = error instanceof Error ? /^SSE failed: (\d{3})/.exec(error.message) : null
  return match?.[1] ? Number(match[1]) : undefined
}
