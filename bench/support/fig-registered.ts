// Fleet figures: the JS heap with 3 and with 10 real servers registered, the portal (/servers)
// beside OpenCode's web app (servers added in its Settings, then the app reloaded). Same servers,
// alternating order, heap read after the load settled and a forced GC. The portal loads in a fresh
// context per run; OpenCode's app keeps the context its servers were added in, reloaded per run.
import type { Page } from "@playwright/test"
import type { OpencodeServer } from "../../e2e/support/opencode"
import { coldLoad } from "./cold-load"
import type { Side } from "./catalog"
import { fleetRegistry } from "./fleet-servers"
import { reasonOf, repeat, type BenchContext } from "./harness"
import { addServers } from "./opencode-app"
import { portalPage } from "./pages"
import { installProbe } from "./probe"

const READY_TIMEOUT_MS = 30_000

async function portalHeap(ctx: BenchContext, servers: readonly OpencodeServer[]): Promise<number> {
  const registry = await fleetRegistry(servers, servers.length)
  const context = await ctx.newContext()
  try {
    const page = await portalPage(context, ctx.fleet.portal.url, registry, { readyServers: servers.length })
    return (await coldLoad(page, `${ctx.fleet.portal.url}/servers`, `the server list with ${servers.length} statuses`, READY_TIMEOUT_MS)).heapUsed
  } finally {
    await context.close()
  }
}

/**
 * OpenCode's app is served by `host`, which it lists by itself; the others are added in its
 * Settings once, in one context, and each run then reloads the app with them registered.
 */
async function opencodeApp(ctx: BenchContext, host: OpencodeServer, servers: readonly OpencodeServer[]): Promise<Page> {
  const page = await (await ctx.newContext()).newPage()
  await page.addInitScript(installProbe, {})
  await page.goto(`${host.url}/`)
  const others = servers.filter((server) => server !== host)
  await addServers(page, others.map((server) => ({ url: server.url, name: server.name, username: server.username, password: server.password })))
  return page
}

export async function measureRegistered(ctx: BenchContext, real: readonly OpencodeServer[]): Promise<void> {
  const host = ctx.fleet.gamma
  const cases = [
    { id: "fleet.registered3", servers: real.slice(0, 3) },
    { id: "fleet.registered10", servers: real.slice(0, 10) },
  ]
  const apps = new Map<string, Promise<Page>>()
  await repeat(ctx, "fleet.registered", async (run, counted) => {
    const order: Side[] = run % 2 === 0 ? ["portal", "opencode"] : ["opencode", "portal"]
    for (const spec of cases) {
      for (const side of order) {
        try {
          if (side === "portal") {
            const heap = await portalHeap(ctx, spec.servers)
            if (counted) ctx.rec.add(spec.id, heap)
            continue
          }
          const app = apps.get(spec.id) ?? opencodeApp(ctx, host, spec.servers)
          apps.set(spec.id, app)
          const heap = (await coldLoad(await app, `${host.url}/`, undefined, READY_TIMEOUT_MS)).heapUsed
          if (counted) ctx.rec.add(spec.id, heap, "opencode")
        } catch (error) {
          // One app failing must not cost the other its figure.
          if (side === "portal") throw error
          ctx.rec.fail(spec.id, `OpenCode web app: ${reasonOf(error)}`, "opencode")
        }
      }
    }
  }, ctx.opts.longRuns)
  ctx.note(`fleet: heap with servers registered: ${real.slice(0, 10).length} real servers at most (OpenCode's app refuses to add one it cannot reach, so no closed ports here)`)
}
