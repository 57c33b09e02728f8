// Figure 3: many registered servers, a mix of real ones and closed ports. From navigation to every
// row showing a known status, and the longest main-thread task meanwhile.
import { coldLoad } from "./cold-load"
import { manyServers } from "./fleet"
import { repeat, type BenchContext } from "./harness"
import { portalPage } from "./pages"

const READY_TIMEOUT_MS = 30_000

export async function measureMany(ctx: BenchContext): Promise<void> {
  const registry = await manyServers(ctx.fleet, ctx.opts.manyServers)
  const closed = registry.servers.filter((server) => server.id.startsWith("closed-")).length
  ctx.note(`many: ${registry.servers.length} servers, ${registry.servers.length - closed} of them real (3 servers, each by IP and by localhost), ${closed} closed ports`)
  await repeat(ctx, "many.", async (_run, counted) => {
    const context = await ctx.newContext()
    try {
      const page = await portalPage(context, ctx.fleet.portal.url, registry, { readyServers: registry.servers.length })
      const sample = await coldLoad(page, `${ctx.fleet.portal.url}/servers`, `every one of ${registry.servers.length} statuses`, READY_TIMEOUT_MS)
      if (!counted || sample.ready === undefined) return
      ctx.rec.add("many.allKnown", sample.ready)
      ctx.rec.add("many.longestTask", sample.longestTask)
      ctx.rec.add("many.longTasks", sample.longTasks)
    } finally {
      await context.close()
    }
  })
}
