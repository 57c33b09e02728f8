// Figure 1: a cold load of the portal's /servers (three servers registered) beside a cold load of
// OpenCode's own web app, served by one of the same servers at /. Runs alternate which app goes
// first, so machine noise lands on both alike.
import { coldLoad, type LoadSample } from "./cold-load"
import { threeServers } from "./fleet"
import { reasonOf, repeat, type BenchContext } from "./harness"
import { portalPage } from "./pages"
import { installProbe } from "./probe"
import { CATALOG, type Side } from "./catalog"

const READY_TIMEOUT_MS = 30_000

function record(ctx: BenchContext, side: Side, sample: LoadSample): void {
  const { rec } = ctx
  const t = sample.transfer
  rec.add("load.jsGzip", t.jsGzip, side)
  rec.add("load.jsRaw", t.jsRaw, side)
  rec.add("load.jsWire", t.jsWire, side)
  rec.add("load.totalGzip", t.totalGzip, side)
  rec.add("load.totalRaw", t.totalRaw, side)
  rec.add("load.totalWire", t.totalWire, side)
  rec.add("load.requests", t.requests, side)
  rec.add("load.fcp", sample.fcp, side)
  rec.add("load.loadEvent", sample.loadEvent, side)
  rec.add("load.heap", sample.heapUsed, side)
  if (sample.lcp === undefined) rec.fail("load.lcp", "no largest-contentful-paint entry", side)
  else rec.add("load.lcp", sample.lcp, side)
  if (sample.ready !== undefined) rec.add("load.ready", sample.ready, side)
}

async function portalRun(ctx: BenchContext): Promise<LoadSample> {
  const registry = threeServers(ctx.fleet)
  const context = await ctx.newContext()
  try {
    const page = await portalPage(context, ctx.fleet.portal.url, registry, { readyServers: registry.servers.length })
    return await coldLoad(page, `${ctx.fleet.portal.url}/servers`, "the server list with every status", READY_TIMEOUT_MS)
  } finally {
    await context.close()
  }
}

async function opencodeRun(ctx: BenchContext): Promise<LoadSample> {
  const context = await ctx.newContext()
  try {
    const page = await context.newPage()
    await page.addInitScript(installProbe, {})
    return await coldLoad(page, `${ctx.fleet.gamma.url}/`, undefined, READY_TIMEOUT_MS)
  } finally {
    await context.close()
  }
}

export async function measureLoad(ctx: BenchContext): Promise<void> {
  await repeat(ctx, "load.", async (run, counted) => {
    const order: Side[] = run % 2 === 0 ? ["portal", "opencode"] : ["opencode", "portal"]
    for (const side of order) {
      try {
        const sample = side === "portal" ? await portalRun(ctx) : await opencodeRun(ctx)
        if (!counted) continue
        record(ctx, side, sample)
        // One run's file list per app, so anyone can see what the byte counts are made of.
        if (run === ctx.opts.warmup) ctx.detail(`load.resources.${side}`, sample.transfer.resources)
      } catch (error) {
        // One app failing must not cost the other its figures.
        if (side === "portal") throw error
        for (const spec of CATALOG) if (spec.compare) ctx.rec.fail(spec.id, `OpenCode web app: ${reasonOf(error)}`, "opencode")
        if (run === 0) ctx.note(`OpenCode web app load failed: ${reasonOf(error)}`)
      }
    }
  })
}
