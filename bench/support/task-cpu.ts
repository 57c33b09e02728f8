// How much of a long task was the page's own work. A Chrome trace gives each main-thread task its
// wall time (`dur`) and the thread's CPU time (`tdur`); on a 2-core machine that also runs ten
// OpenCode servers, a task can take 80 ms of wall time with 3 ms of CPU: the rest it waited for a core.
import type { CDPSession } from "@playwright/test"
import { isRecord } from "../../e2e/support/json"

export type TaskTime = { wall: number; cpu: number }

/** Traced loads run apart from the timed ones, this many after a warm-up: the trace's own work lengthens tasks. */
export const TRACED_RUNS = 2

/** Enough to see every task and the probe's marks; little else, so tracing adds little load. */
const CATEGORIES = "toplevel,disabled-by-default-devtools.timeline,blink.user_timing"

const num = (value: unknown): number | undefined => (typeof value === "number" ? value : undefined)

/**
 * The tasks of the thread that made the mark `mark`, from its first task up to the mark, in ms.
 * Marks and tasks share the trace's clock; the mark names the page's main thread among the others.
 */
export function tasksUntilMark(events: readonly unknown[], mark: string): TaskTime[] {
  const found = events.find((event) => isRecord(event) && event.name === mark && event.cat === "blink.user_timing")
  if (!isRecord(found)) return []
  const [pid, tid, until] = [num(found.pid), num(found.tid), num(found.ts)]
  if (pid === undefined || tid === undefined || until === undefined) return []
  const tasks: TaskTime[] = []
  for (const event of events) {
    if (!isRecord(event) || event.name !== "RunTask" || event.ph !== "X" || event.pid !== pid || event.tid !== tid) continue
    const [ts, dur, tdur] = [num(event.ts), num(event.dur), num(event.tdur)]
    if (ts === undefined || dur === undefined || ts > until) continue
    tasks.push({ wall: dur / 1000, cpu: (tdur ?? dur) / 1000 })
  }
  return tasks
}

/** The most CPU time one of `tasks` used, in ms; 0 for none. */
export function mostCpu(tasks: readonly TaskTime[]): number {
  return Math.max(0, ...tasks.map((task) => task.cpu))
}

/** Starts a trace; `stop` ends it and returns every event. */
export async function startTrace(cdp: CDPSession): Promise<{ stop(): Promise<unknown[]> }> {
  const events: unknown[] = []
  const collect = (data: { value: unknown[] }): void => void events.push(...data.value)
  cdp.on("Tracing.dataCollected", collect)
  await cdp.send("Tracing.start", { categories: CATEGORIES, transferMode: "ReportEvents" })
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once("Tracing.tracingComplete", resolve))
      await cdp.send("Tracing.end")
      await complete
      cdp.off("Tracing.dataCollected", collect)
      return events
    },
  }
}
