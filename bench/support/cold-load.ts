// One cold page load in a fresh context, measured from the browser: bytes, paints, load event,
// the probe's "ready" watch, long tasks, and the JS heap once the page has settled.
import type { CDPSession, Page } from "@playwright/test"
import { NotMeasured } from "./harness"
import { recordNetwork, type NetworkLog, type Transfer } from "./network"
import { watchResult } from "./pages"
import { mostCpu, startTrace, tasksUntilMark } from "./task-cpu"

export interface LoadSample {
  transfer: Transfer
  fcp: number
  lcp: number | undefined
  loadEvent: number
  /** Frame time of the probe's "ready" watch, when one was asked for. */
  ready: number | undefined
  /** Longest task ≥ 50 ms before `ready` (or settle), 0 when none, and their count. */
  longestTask: number
  longTasks: number
  heapUsed: number
  /** With `traceTasks`: the most CPU time one main-thread task took before `ready`. */
  taskCpu?: number
}

/** A load is settled after this long with no request in flight or starting, and no long task. */
const QUIET_MS = 700
/** A page that never settles is measured at this cap. */
const SETTLE_CAP_MS = 15_000
const PAINT_TIMEOUT_MS = 30_000

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null
}

async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send("HeapProfiler.collectGarbage")
  const usage: unknown = await cdp.send("Runtime.getHeapUsage")
  if (!isRecord(usage) || typeof usage.usedSize !== "number") throw new NotMeasured("Runtime.getHeapUsage gave no usedSize")
  return usage.usedSize
}

/**
 * Waits until no request is in flight (open event streams aside), none started or ended for
 * QUIET_MS, and the main thread had no long task for as long. Network silence alone is not
 * enough: a page parsing megabytes of JS makes no requests meanwhile, and a slow API answer is silent.
 */
async function settle(page: Page, network: NetworkLog): Promise<void> {
  const deadline = Date.now() + SETTLE_CAP_MS
  while (Date.now() < deadline) {
    // The evaluation itself waits for a busy main thread, so it also measures from the task's end.
    const busyAgo = await page.evaluate(() => {
      const last = window.__bench?.longTasks.at(-1)
      return last === undefined ? Number.POSITIVE_INFINITY : performance.now() - (last.start + last.duration)
    })
    const quiet = network.pending() > 0 ? 0 : Math.min(busyAgo, network.idleMs())
    if (quiet >= QUIET_MS) return
    await new Promise((resolve) => setTimeout(resolve, Math.max(50, QUIET_MS - quiet)))
  }
}

/**
 * Navigates `page` (probe installed, nothing loaded yet in this context but the seed) to `url`
 * and measures. `readyWhat` names the probe's "ready" watch, or undefined when there is none.
 */
export async function coldLoad(page: Page, url: string, readyWhat: string | undefined, readyTimeoutMs: number, opts: { traceTasks?: boolean } = {}): Promise<LoadSample> {
  const cdp = await page.context().newCDPSession(page)
  const network = await recordNetwork(cdp)
  try {
    const trace = opts.traceTasks ? await startTrace(cdp) : undefined
    await page.goto(url, { waitUntil: "load", timeout: PAINT_TIMEOUT_MS })
    const ready = readyWhat === undefined ? undefined : await watchResult(page, "ready", readyWhat, readyTimeoutMs)
    const tasks = trace && tasksUntilMark(await trace.stop(), "bench:ready")
    try {
      await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0, null, { polling: 100, timeout: PAINT_TIMEOUT_MS })
    } catch {
      throw new NotMeasured("no first-contentful-paint entry")
    }
    await settle(page, network)
    const timing = await page.evaluate((until) => {
      const nav = performance.getEntriesByType("navigation")[0]
      const fcp = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Number.NaN
      const probe = window.__bench
      const end = until ?? performance.now()
      const tasks = (probe?.longTasks ?? []).filter((task) => task.start < end)
      return {
        fcp,
        lcp: probe?.lcp.at(-1),
        loadEvent: nav instanceof PerformanceNavigationTiming ? nav.loadEventEnd : Number.NaN,
        longestTask: tasks.reduce((max, task) => Math.max(max, task.duration), 0),
        longTasks: tasks.length,
      }
    }, ready)
    const transfer = await network.transfer()
    const heapUsed = await heapAfterGc(cdp)
    return { transfer, ready, heapUsed, ...timing, ...(tasks ? { taskCpu: mostCpu(tasks) } : {}) }
  } finally {
    await network.stop()
    await cdp.detach().catch(() => undefined)
  }
}
