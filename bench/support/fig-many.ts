// Figure 3: many registered servers, a mix of real ones and closed ports. From navigation to every
// row showing a known status, and the longest main-thread task meanwhile (wall time, and the
// most CPU time one task used).
import { coldLoad, type LoadSample } from "./cold-load"
import { manyServers } from "./fleet"
import { repeat, type BenchContext } from "./harness"
import { portalPage } from "./pages"
import { TRACED_RUNS } from "./task-cpu"

const READY_TIMEOUT_MS = 30_000

export async function measureMany(ctx: BenchContext): Promise<void> {
  const registry = await manyServers(ctx.fleet, ctx.opts.manyServers)
  const closed = registry.servers.filter((server) => server.id.startsWith("closed-")).length
  ctx.note(`many: ${registry.servers.length} servers, ${registry.servers.length - closed} of them real (3 servers, each by IP and by localhost), ${closed} closed ports`)
  const load = async (traceTasks: boolean): Promise<LoadSample> => {
    const context = await ctx.newContext()
    try {
      const page = await portalPage(context, ctx.fleet.portal.url, registry, { readyServers: registry.servers.length })
      return await coldLoad(page, `${ctx.fleet.portal.url}/servers`, `every one of ${registry.servers.length} statuses`, READY_TIMEOUT_MS, { traceTasks })
    } finally {
      await context.close()
    }
  }
  await repeat(ctx, "many.", async (_run, counted) => {
    const sample = await load(false)
    if (!counted || sample.ready === undefined) return
    ctx.rec.add("many.allKnown", sample.ready)
    ctx.rec.add("many.longestTask", sample.longestTask)
    ctx.rec.add("many.longTasks", sample.longTasks)
  })
  await repeat(
    ctx,
    "many.taskCpu",
    async (_run, counted) => {
      const sample = await load(true)
      if (counted && sample.taskCpu !== undefined) ctx.rec.add("many.taskCpu", sample.taskCpu)
    },
    TRACED_RUNS,
  )
}
