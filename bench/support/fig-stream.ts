// Figure 5: the mock LLM streams a long reply as fast as it can. The lag from the last text delta
// reaching the browser's machine (seen by a listener in Node on the same event stream) to the last
// word being on screen, and the longest main-thread task while the reply streamed in.
import { paths } from "../../src/lib/paths"
import { threeServers } from "./fleet"
import { NotMeasured, repeat, withTimeout, type BenchContext } from "./harness"
import { clockOffset, listenDeltas } from "./deltas"
import { longTasksBetween, portalPage, requireVisible, watchResult } from "./pages"
import { createSession } from "./seed"

const REPLY_TIMEOUT_MS = 60_000

export async function measureStream(ctx: BenchContext): Promise<void> {
  const { alpha, portal } = ctx.fleet
  const words = ctx.opts.streamWords
  const lastWord = `word${words}`
  const context = await ctx.newContext()
  const page = await portalPage(context, portal.url, threeServers(ctx.fleet))
  let worstClock = 0

  await repeat(ctx, "stream.", async (run, counted) => {
    const session = await createSession(alpha, `Stream bench ${run + 1}`)
    const listener = listenDeltas(alpha, session.directory, session.id)
    try {
      await withTimeout(listener.connected, 10_000, "connecting to the event stream")
      await page.goto(`${portal.url}${paths.session("alpha", session.directory, session.id)}`)
      const prompt = page.getByRole("textbox", { name: "Prompt" })
      await requireVisible(page, prompt, 'textbox "Prompt"')
      const send = page.getByRole("button", { name: "Send" })
      await requireVisible(page, send, 'button "Send"')
      await prompt.fill(`[[long:${words}]] stream bench ${run + 1}`)
      const name = `stream-${run}`
      await page.evaluate(
        ({ name, lastWord }) => {
          void window.__bench?.watch(name, () => {
            const log = window.__bench?.named("Messages")[0]
            return log !== undefined && (window.__bench?.textOnScreen(log, lastWord) ?? false)
          }, 60_000)
        },
        { name, lastWord },
      )
      await send.click()
      const shown = await watchResult(page, name, `the last word ("${lastWord}") in the Messages log`, REPLY_TIMEOUT_MS)
      const arrivals = listener.arrivals()
      const first = arrivals[0]
      const last = arrivals.at(-1)
      if (first === undefined || last === undefined) throw new NotMeasured("no text delta arrived on the event stream")
      if (arrivals.length < words) ctx.note(`stream: run ${run + 1} saw ${arrivals.length} deltas for ${words} words`)
      const clock = await clockOffset(page)
      worstClock = Math.max(worstClock, clock.error)
      const origin = await page.evaluate(() => performance.timeOrigin)
      // Node epoch → page time: + offset − the page's time origin.
      const toPage = (epoch: number) => epoch + clock.offset - origin
      const tasks = await longTasksBetween(page, toPage(first), shown)
      if (!counted) return
      ctx.rec.add("stream.lag", shown - toPage(last))
      ctx.rec.add("stream.total", shown - toPage(first))
      ctx.rec.add("stream.longestTask", tasks.longest)
      if (last > first) ctx.rec.add("stream.deltaRate", ((arrivals.length - 1) * 1000) / (last - first))
    } finally {
      listener.stop()
    }
  })
  ctx.note(`stream: ${words} words, one delta each; Node↔page clock offset known within ±${worstClock.toFixed(1)} ms`)
}
