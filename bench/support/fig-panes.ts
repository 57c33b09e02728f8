// Fleet figure: side by side. A pane on alpha streams a reply; meanwhile a click opens, in the
// second pane (beta's session list), a 200-message session of beta. Measured: click → its newest
// message on screen, and the longest main-thread task in the page while the first pane streamed
// (wall time; and, in traced runs apart, the most CPU time one task used).
import type { Page } from "@playwright/test"
import { layoutHref } from "../../src/lib/routing/panes"
import { clockOffset, listenDeltas } from "./deltas"
import { threeServers } from "./fleet"
import { NotMeasured, repeat, withTimeout, type BenchContext } from "./harness"
import { seedLongSession } from "./long-session"
import { inputTime, longTasksBetween, portalPage, requireVisible, resetInput, watchResult } from "./pages"
import { createSession } from "./seed"
import { mostCpu, startTrace, TRACED_RUNS, tasksUntilMark } from "./task-cpu"

const PANE_MESSAGES = 200
const OPEN_TIMEOUT_MS = 30_000
const STREAM_TIMEOUT_MS = 60_000
/** Words of the first pane's reply, one every PACE_MS: it streams for a few seconds around the click. */
const STREAM_WORDS = 600
const PACE_MS = 5
const END = "endof stream"

/** Resolves once Node has seen the first text delta, so the click lands mid-stream. */
async function firstDelta(arrivals: () => number[]): Promise<number> {
  const deadline = Date.now() + STREAM_TIMEOUT_MS
  while (Date.now() < deadline) {
    const first = arrivals()[0]
    if (first !== undefined) return first
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
  throw new NotMeasured("the first pane's reply did not start streaming")
}

async function watchText(page: Page, name: string, text: string, timeout: number): Promise<void> {
  await page.evaluate(
    ({ name, text, timeout }) => {
      void window.__bench?.watch(name, () => window.__bench?.named("Messages").some((log) => window.__bench?.textOnScreen(log, text) ?? false) ?? false, timeout)
    },
    { name, text, timeout },
  )
}

export async function measurePanes(ctx: BenchContext): Promise<void> {
  const { alpha, beta, portal } = ctx.fleet
  const long = await seedLongSession(beta, `Pane bench session (${PANE_MESSAGES} messages)`, PANE_MESSAGES)
  const newest = `Bench message ${PANE_MESSAGES}:`
  const context = await ctx.newContext()
  const page = await portalPage(context, portal.url, threeServers(ctx.fleet))

  const cdp = await context.newCDPSession(page)

  /** One run; a traced one measures only the most CPU time a task used (bench/support/task-cpu.ts). */
  const once = async (run: number, counted: boolean, traced: boolean): Promise<void> => {
    const streaming = await createSession(alpha, `Pane bench stream ${run + 1}`)
    const href = layoutHref({
      entries: [
        { ok: true, pane: { serverId: "alpha", directory: streaming.directory, view: { kind: "session", sessionId: streaming.id } } },
        { ok: true, pane: { serverId: "beta", directory: long.directory, view: { kind: "sessions" } } },
      ],
      urls: {},
    })
    await page.goto(`${portal.url}${href}`)
    const first = page.getByRole("region", { name: /^alpha · / })
    const second = page.getByRole("region", { name: /^beta · / })
    const prompt = first.getByRole("textbox", { name: "Prompt" })
    const link = second.getByRole("link", { name: long.title, exact: true })
    await requireVisible(page, prompt, 'textbox "Prompt" in the alpha pane')
    await requireVisible(page, link, `link "${long.title}" in the beta pane`)
    const deltas = listenDeltas(alpha, streaming.directory, streaming.id)
    try {
      await withTimeout(deltas.connected, 10_000, "connecting to alpha's event stream")
      const words = Array.from({ length: STREAM_WORDS }, (_, i) => `w${i + 1}`).join(" ")
      await prompt.fill(`${words} endof[[slow:${PACE_MS}]]stream`)
      await watchText(page, `end-${run}`, END, STREAM_TIMEOUT_MS)
      await first.getByRole("button", { name: "Send" }).click()
      const started = await firstDelta(deltas.arrivals)
      const trace = traced ? await startTrace(cdp) : undefined
      await watchText(page, `open-${run}`, newest, OPEN_TIMEOUT_MS)
      await resetInput(page)
      await link.click()
      const shown = await watchResult(page, `open-${run}`, `"${newest}" in the beta pane`, OPEN_TIMEOUT_MS)
      const clicked = await inputTime(page, "click")
      const ended = await watchResult(page, `end-${run}`, `the alpha pane's reply end ("${END}")`, STREAM_TIMEOUT_MS)
      if (trace) {
        const tasks = tasksUntilMark(await trace.stop(), `bench:end-${run}`)
        if (counted) ctx.rec.add("fleet.paneTaskCpu", mostCpu(tasks))
        return
      }
      const clock = await clockOffset(page)
      const origin = await page.evaluate(() => performance.timeOrigin)
      const tasks = await longTasksBetween(page, started + clock.offset - origin, ended)
      if (shown > ended) ctx.note(`fleet.pane: run ${run + 1}: the alpha reply ended before beta's session showed`)
      if (!counted) return
      ctx.rec.add("fleet.paneOpen", shown - clicked)
      ctx.rec.add("fleet.paneLongestTask", tasks.longest)
    } finally {
      deltas.stop()
    }
  }
  await repeat(ctx, "fleet.pane", (run, counted) => once(run, counted, false), ctx.opts.longRuns)
  await repeat(ctx, "fleet.paneTaskCpu", (run, counted) => once(run, counted, true), TRACED_RUNS)
  ctx.note(`fleet: second pane = beta's ${PANE_MESSAGES}-message session opened from its session list in the pane, while alpha's pane streams ${STREAM_WORDS} words, one per ${PACE_MS} ms`)
}
