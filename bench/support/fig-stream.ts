// Figure 5: a long reply streamed into an open session, two ways. Paced: the mock sends one word
// every 2 ms (hundreds of deltas per second, a fast model). Burst: `[[long:N]]`, every word at
// once. Measured: the lag from the last text delta reaching this machine (seen by a listener in
// Node on the same event stream) to the last words being on screen, and the longest main-thread
// task while the reply streamed in.
import type { Page } from "@playwright/test"
import { links } from "../../src/lib/routing/links"
import { threeServers } from "./fleet"
import { NotMeasured, repeat, withTimeout, type BenchContext } from "./harness"
import { clockOffset, listenDeltas } from "./deltas"
import { longTasksBetween, portalPage, requireVisible, watchResult } from "./pages"
import { createSession } from "./seed"

const REPLY_TIMEOUT_MS = 60_000
const PACE_MS = 2

interface Mode {
  name: "paced" | "burst"
  prompt: (words: number, run: number) => string
  /** Text only the reply's end contains (the prompt is shown too, so it must differ from it). */
  end: (words: number) => string
  ids: { lag: string; longest: string; rate: string }
}

// The mock echoes the prompt without its [[markers]]: "…endof[[slow:2]]stream" comes back as
// "…endof stream", which the prompt as displayed does not contain.
const PACED: Mode = {
  name: "paced",
  prompt: (words, run) => `${Array.from({ length: words }, (_, i) => `p${i + 1}`).join(" ")} run${run} endof[[slow:${PACE_MS}]]stream`,
  end: () => "endof stream",
  ids: { lag: "stream.lag", longest: "stream.longestTask", rate: "stream.deltaRate" },
}

const BURST: Mode = {
  name: "burst",
  prompt: (words, run) => `[[long:${words}]] burst ${run}`,
  end: (words) => `word${words}`,
  ids: { lag: "stream.burstLag", longest: "stream.burstLongestTask", rate: "stream.burstRate" },
}

interface StreamSample {
  lag: number
  longest: number
  rate: number | undefined
  deltas: number
  clockError: number
}

async function streamOnce(ctx: BenchContext, page: Page, mode: Mode, run: number): Promise<StreamSample> {
  const { alpha, portal } = ctx.fleet
  const words = ctx.opts.streamWords
  const session = await createSession(alpha, `Stream bench ${mode.name} ${run + 1}`)
  const listener = listenDeltas(alpha, session.directory, session.id)
  try {
    await withTimeout(listener.connected, 10_000, "connecting to the event stream")
    await page.goto(`${portal.url}${links.session("alpha", session.directory, session.id)}`)
    const prompt = page.getByRole("textbox", { name: "Prompt" })
    await requireVisible(page, prompt, 'textbox "Prompt"')
    const send = page.getByRole("button", { name: "Send" })
    await requireVisible(page, send, 'button "Send"')
    await prompt.fill(mode.prompt(words, run + 1))
    const name = `stream-${mode.name}-${run}`
    await page.evaluate(
      ({ name, end, timeout }) => {
        void window.__bench?.watch(name, () => {
          const log = window.__bench?.named("Messages")[0]
          return log !== undefined && (window.__bench?.textOnScreen(log, end) ?? false)
        }, timeout)
      },
      { name, end: mode.end(words), timeout: REPLY_TIMEOUT_MS },
    )
    await send.click()
    const shown = await watchResult(page, name, `the reply's end ("${mode.end(words)}") in the Messages log`, REPLY_TIMEOUT_MS)
    const arrivals = listener.arrivals()
    const first = arrivals[0]
    const last = arrivals.at(-1)
    if (first === undefined || last === undefined) throw new NotMeasured("no text delta arrived on the event stream")
    const clock = await clockOffset(page)
    const origin = await page.evaluate(() => performance.timeOrigin)
    // Node epoch → page time: + offset − the page's time origin.
    const toPage = (epoch: number) => epoch + clock.offset - origin
    const tasks = await longTasksBetween(page, toPage(first), shown)
    return {
      lag: shown - toPage(last),
      longest: tasks.longest,
      rate: last > first ? ((arrivals.length - 1) * 1000) / (last - first) : undefined,
      deltas: arrivals.length,
      clockError: clock.error,
    }
  } finally {
    listener.stop()
  }
}

export async function measureStream(ctx: BenchContext): Promise<void> {
  const context = await ctx.newContext()
  const page = await portalPage(context, ctx.fleet.portal.url, threeServers(ctx.fleet))
  let clockError = 0
  const deltaCounts = new Set<number>()
  await repeat(ctx, "stream.", async (run, counted) => {
    for (const mode of [PACED, BURST]) {
      const sample = await streamOnce(ctx, page, mode, run)
      clockError = Math.max(clockError, sample.clockError)
      deltaCounts.add(sample.deltas)
      if (!counted) continue
      ctx.rec.add(mode.ids.lag, sample.lag)
      ctx.rec.add(mode.ids.longest, sample.longest)
      if (sample.rate !== undefined) ctx.rec.add(mode.ids.rate, sample.rate)
    }
  })
  ctx.note(
    `stream: ${ctx.opts.streamWords} words per reply (deltas seen per run: ${[...deltaCounts].join(", ")}); paced = one word per ${PACE_MS} ms from the mock; ` +
      `Node↔page clock offset known within ±${clockError.toFixed(1)} ms`,
  )
}
