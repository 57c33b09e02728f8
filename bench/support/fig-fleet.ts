// Figure group "fleet": many servers watched at once on "All servers" (/all). Every state known
// with 30 servers × 20 sessions, a permission asked on another server, a second pane on another
// server while the first streams, and the JS heap with every real server live.
import type { Page } from "@playwright/test"
import type { OpencodeServer } from "../../e2e/support/opencode"
import { coldLoad, type LoadSample } from "./cold-load"
import { fleetRegistry, seedRecentSessions, startExtraServers } from "./fleet-servers"
import { measureAsk } from "./fig-fleet-ask"
import { measurePanes } from "./fig-panes"
import { measureRegistered } from "./fig-registered"
import { contextScope, reasonOf, repeat, type BenchContext } from "./harness"
import { portalPage } from "./pages"
import { TRACED_RUNS } from "./task-cpu"

const READY_TIMEOUT_MS = 30_000
const SESSIONS_PER_SERVER = 20

/**
 * When the servers had answered the last read the page made before it was ready (ms since the
 * navigation): their own pace, below which "every state known" cannot go. The event streams never
 * end, so they do not count.
 */
async function lastAnswer(page: Page, portalUrl: string, ready: number): Promise<number> {
  return page.evaluate(
    ({ origin, ready }) => {
      const ends = performance
        .getEntriesByType("resource")
        .filter((entry) => !entry.name.startsWith(origin) && !new URL(entry.name).pathname.endsWith("/global/event"))
        .map((entry) => (entry as PerformanceResourceTiming).responseEnd)
        .filter((end) => end > 0 && end <= ready)
      return Math.max(0, ...ends)
    },
    { origin: new URL(portalUrl).origin, ready },
  )
}

async function measureAllKnown(ctx: BenchContext, real: readonly OpencodeServer[], sessions: number): Promise<void> {
  const registry = await fleetRegistry(real, ctx.opts.fleetServers)
  ctx.note(`fleet: "All servers" with ${registry.servers.length} servers, ${real.length} of them real with ${sessions} sessions in all, ${registry.servers.length - real.length} closed ports`)
  const load = async (traceTasks: boolean): Promise<{ sample: LoadSample; answered: number | undefined }> => {
    const context = await ctx.newContext()
    try {
      const page = await portalPage(context, ctx.fleet.portal.url, registry, { readyFleet: { servers: registry.servers.length, sessions } })
      const sample = await coldLoad(page, `${ctx.fleet.portal.url}/all`, `every state of ${registry.servers.length} servers and ${sessions} sessions`, READY_TIMEOUT_MS, { traceTasks })
      return { sample, answered: sample.ready === undefined ? undefined : await lastAnswer(page, ctx.fleet.portal.url, sample.ready) }
    } finally {
      await context.close()
    }
  }
  await repeat(ctx, "fleet.all", async (_run, counted) => {
    const { sample, answered } = await load(false)
    if (!counted || sample.ready === undefined || answered === undefined) return
    ctx.rec.add("fleet.allKnown", sample.ready)
    ctx.rec.add("fleet.allAnswered", answered)
    ctx.rec.add("fleet.allLongestTask", sample.longestTask)
    ctx.rec.add("fleet.allLongTasks", sample.longTasks)
  }, ctx.opts.longRuns)
  await repeat(
    ctx,
    "fleet.allTaskCpu",
    async (_run, counted) => {
      const { sample } = await load(true)
      if (counted && sample.taskCpu !== undefined) ctx.rec.add("fleet.allTaskCpu", sample.taskCpu)
    },
    TRACED_RUNS,
  )
}

/** "Live": registered, reachable, and its /global/event stream open, which the load's network log shows. */
async function measureHeap(ctx: BenchContext, real: readonly OpencodeServer[], sessions: number): Promise<void> {
  const registry = await fleetRegistry(real, real.length)
  await repeat(ctx, "fleet.heapLive", async (_run, counted) => {
    const context = await ctx.newContext()
    try {
      const page = await portalPage(context, ctx.fleet.portal.url, registry, { readyFleet: { servers: real.length, sessions } })
      const sample = await coldLoad(page, `${ctx.fleet.portal.url}/all`, `every state of ${real.length} live servers`, READY_TIMEOUT_MS)
      const streams = sample.transfer.resources.filter((resource) => resource.path === "/global/event").length
      if (streams < real.length) throw new Error(`only ${streams} of ${real.length} event streams were open`)
      if (counted) ctx.rec.add("fleet.heapLive", sample.heapUsed)
    } finally {
      await context.close()
    }
  }, ctx.opts.longRuns)
  ctx.note(`fleet: heap measured on "All servers" with ${real.length} real servers registered, each with its event stream open, after a forced GC`)
}

/**
 * One part failing (say, a server too slow to start a shell) must not cost the others their figures.
 * The tabs a part opened close when it ends: left open (OpenCode's app with ten servers, two portal
 * tabs), they kept working in the background and their load showed in the next part's longest task.
 */
async function part(ctx: BenchContext, prefix: string, body: (ctx: BenchContext) => Promise<void>): Promise<void> {
  const scope = contextScope(() => ctx.newContext())
  try {
    await body({ ...ctx, newContext: scope.newContext })
  } catch (error) {
    ctx.rec.failAll(prefix, reasonOf(error))
    ctx.note(`${prefix}: ${reasonOf(error)}`)
  } finally {
    await scope.closeAll()
  }
}

export async function measureFleet(ctx: BenchContext): Promise<void> {
  const { alpha, beta, gamma } = ctx.fleet
  const started = Date.now()
  const extra = await startExtraServers(ctx.fleet, Math.max(0, ctx.opts.fleetLive - 3))
  try {
    const real = [alpha, beta, gamma, ...extra.servers]
    const sessions = await seedRecentSessions(real, SESSIONS_PER_SERVER)
    ctx.note(`fleet: ${extra.servers.length} more servers started and seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    await part(ctx, "fleet.all", (scoped) => measureAllKnown(scoped, real, sessions))
    await part(ctx, "fleet.heapLive", (scoped) => measureHeap(scoped, real, sessions))
    await part(ctx, "fleet.registered", (scoped) => measureRegistered(scoped, real))
    await part(ctx, "fleet.ask", (scoped) => measureAsk(scoped))
    await part(ctx, "fleet.pane", (scoped) => measurePanes(scoped))
  } finally {
    await extra.stop()
  }
}
