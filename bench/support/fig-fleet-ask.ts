// Fleet figure: a permission asked on server B (beta), from the moment Node sees the server emit
// `permission.asked` to the request on screen in "Needs attention" on /all, and to "(1) " in the
// document title of a page that shows server A (alpha). Each page has its own clock offset.
import type { Page } from "@playwright/test"
import { links } from "../../src/lib/routing/links"
import { clockOffset } from "./deltas"
import { threeServers } from "./fleet"
import { NotMeasured, repeat, withTimeout, type BenchContext } from "./harness"
import { domSettled, portalPage, watchResult } from "./pages"
import { createSession } from "./seed"
import { followEvents } from "./server-events"

const ASK_TIMEOUT_MS = 30_000
const CLEAR_TIMEOUT_MS = 15_000

const bashCall = (command: string) => `[[tool:bash ${JSON.stringify({ command, description: "bench permission" })}]]`

/** Node epoch → this page's clock. */
async function pageClock(page: Page): Promise<(epoch: number) => number> {
  const clock = await clockOffset(page)
  const origin = await page.evaluate(() => performance.timeOrigin)
  return (epoch) => epoch + clock.offset - origin
}

async function askedEvent(get: () => { id: string; at: number } | undefined): Promise<{ id: string; at: number }> {
  const deadline = Date.now() + ASK_TIMEOUT_MS
  for (;;) {
    const seen = get()
    if (seen !== undefined) return seen
    if (Date.now() > deadline) throw new NotMeasured(`beta's event stream carried no permission.asked within ${ASK_TIMEOUT_MS / 1000} s of the prompt`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

async function openPage(ctx: BenchContext, path: string): Promise<Page> {
  const context = await ctx.newContext()
  const page = await portalPage(context, ctx.fleet.portal.url, threeServers(ctx.fleet))
  await page.goto(`${ctx.fleet.portal.url}${path}`)
  await domSettled(page)
  return page
}

export async function measureAsk(ctx: BenchContext): Promise<void> {
  const { alpha, beta } = ctx.fleet
  const all = await openPage(ctx, links.all())
  const other = await openPage(ctx, links.server("alpha"))
  const directory = beta.workspace

  await repeat(ctx, "fleet.ask", async (run, counted) => {
    const command = `echo bench-ask-${run + 1}`
    const session = await createSession(beta, `Fleet bench asks ${run + 1}`)
    let asked: { id: string; at: number } | undefined
    const feed = followEvents(beta, directory, (event, at) => {
      const props = event.properties
      if (event.type === "permission.asked" && props.sessionID === session.id && typeof props.id === "string") asked ??= { id: props.id, at }
    })
    try {
      await withTimeout(feed.connected, 10_000, "connecting to beta's event stream")
      await all.evaluate(
        ({ command, timeout }) => {
          void window.__bench?.watch("asked", () => {
            const list = window.__bench?.named("Needs attention").find((el) => el.tagName === "UL")
            return list !== undefined && (window.__bench?.textOnScreen(list, command) ?? false)
          }, timeout)
        },
        { command, timeout: ASK_TIMEOUT_MS },
      )
      await other.evaluate((timeout) => void window.__bench?.watch("asked", () => document.title.startsWith("(1) "), timeout), ASK_TIMEOUT_MS)
      const response = await beta.api(`/session/${session.id}/prompt_async`, { method: "POST", json: { parts: [{ type: "text", text: bashCall(command) }] } })
      if (!response.ok) throw new NotMeasured(`prompt on beta: HTTP ${response.status}`)
      const seen = await askedEvent(() => asked)
      const onAll = await watchResult(all, "asked", `"${command}" in "Needs attention" on /all`, ASK_TIMEOUT_MS)
      const inTitle = await watchResult(other, "asked", 'the title starting with "(1) " on alpha\'s page', ASK_TIMEOUT_MS)
      const [allClock, otherClock] = await Promise.all([pageClock(all), pageClock(other)])
      if (counted) {
        ctx.rec.add("fleet.askAll", onAll - allClock(seen.at))
        ctx.rec.add("fleet.askTitle", inTitle - otherClock(seen.at))
      }
      // Rejected, so the next run starts from no request waiting.
      await beta.api(`/permission/${seen.id}/reply`, { method: "POST", json: { reply: "reject" }, headers: { "x-opencode-directory": directory } })
      await other.waitForFunction(() => !document.title.startsWith("("), null, { timeout: CLEAR_TIMEOUT_MS })
      for (const page of [all, other]) await page.evaluate(() => window.__bench && delete window.__bench.results.asked)
    } finally {
      feed.stop()
    }
  }, ctx.opts.longRuns)
  ctx.note(`fleet: the permission is a bash call asked on beta by the mock LLM; alpha's page is /s/alpha (${alpha.name} shown), "All servers" is a second tab`)
}
