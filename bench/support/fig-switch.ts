// Figure 2: choosing another server in the switcher until that server's Sessions list is on
// screen, beside the round trip to that server measured from the same page.
import type { Page } from "@playwright/test"
import { median } from "./stats"
import { threeServers } from "./fleet"
import { repeat, type BenchContext } from "./harness"
import { inputTime, portalPage, requireVisible, resetInput, watchResult } from "./pages"
import { createSession } from "./seed"

const SWITCH_TIMEOUT_MS = 15_000
const RTT_SAMPLES = 5

/** Median of a few in-page fetches of /global/health, after one that pays for the CORS preflight. */
async function roundTrip(page: Page, url: string, authorization: string | undefined): Promise<number> {
  const times = await page.evaluate(
    async ({ url, authorization, samples }) => {
      const headers: Record<string, string> = authorization ? { Authorization: authorization } : {}
      const out: number[] = []
      for (let i = 0; i <= samples; i++) {
        const started = performance.now()
        const response = await fetch(`${url}/global/health`, { headers, cache: "no-store" })
        await response.arrayBuffer()
        if (i > 0) out.push(performance.now() - started)
      }
      return out
    },
    { url, authorization, samples: RTT_SAMPLES },
  )
  return median(times)
}

/** Why OpenCode's side of this figure is empty, as seen when exploring its app (see opencode-app.ts). */
const OPENCODE_NOT_DRIVEN =
  'not driven: OpenCode\'s app lists servers only in Settings → Servers, and its home showed no sessions here ("Nothing here yet"), so there is no sessions list to switch to'

export async function measureSwitch(ctx: BenchContext): Promise<void> {
  ctx.rec.fail("switch.time", OPENCODE_NOT_DRIVEN, "opencode")
  const { alpha, beta } = ctx.fleet
  const titles = { alpha: "alpha bench session", beta: "beta bench session" }
  await Promise.all([createSession(alpha, titles.alpha), createSession(beta, titles.beta)])
  const context = await ctx.newContext()
  const page = await portalPage(context, ctx.fleet.portal.url, threeServers(ctx.fleet))

  const watchSessions = (name: string, title: string) =>
    page.evaluate(
      ({ name, title }) => {
        void window.__bench?.watch(name, () => {
          const list = window.__bench?.named("Sessions")[0]
          return list !== undefined && (window.__bench?.textOnScreen(list, title) ?? false)
        })
      },
      { name, title },
    )

  await page.goto(`${ctx.fleet.portal.url}/s/alpha`)
  await watchSessions("start", titles.alpha)
  await watchResult(page, "start", `alpha's Sessions list showing "${titles.alpha}"`, SWITCH_TIMEOUT_MS)
  const switcher = page.getByRole("combobox", { name: "Active server" })
  await requireVisible(page, switcher, 'combobox "Active server"')

  await repeat(ctx, "switch.", async (run, counted) => {
    const target = run % 2 === 0 ? { id: "beta", server: beta } : { id: "alpha", server: alpha }
    const name = `switch-${run}`
    await resetInput(page)
    await watchSessions(name, titles[target.id === "beta" ? "beta" : "alpha"])
    await switcher.selectOption({ label: target.id })
    const shown = await watchResult(page, name, `${target.id}'s Sessions list after the switch`, SWITCH_TIMEOUT_MS)
    const chosen = await inputTime(page, "change")
    const auth = target.server.authHeader().Authorization
    const rtt = await roundTrip(page, target.server.url, auth)
    if (!counted) return
    ctx.rec.add("switch.time", shown - chosen)
    ctx.rec.add("switch.rtt", rtt)
  })
}
