// Figure 5: a long reply streamed into an open session, two ways. Paced: the mock sends one word
// every 2 ms (hundreds of deltas per second, a fast model). Burst: `[[long:N]]`, every word at
// once. Measured: the lag from the last text delta reaching this machine (seen by a listener in
// Node on the same event stream) to the last words being on screen, and the longest main-thread
// task while the reply streamed in.
import type { Page } from "@playwright/test"
import { links } from "../../src/lib/routing/links"
import { threeServers } from "./fleet"
import { NotMeasured, reasonOf, repeat, withTimeout, type BenchContext } from "./harness"
import { clockOffset, listenDeltas, type DeltaLog } from "./deltas"
import type { OpencodeServer } from "../../e2e/support/opencode"
import { CATALOG, type Side } from "./catalog"
import { OPENCODE_MESSAGES, sendPrompt, sessionUrl } from "./opencode-app"
import { longTasksBetween, portalPage, requireVisible, watchResult } from "./pages"
import { installProbe } from "./probe"
import type { LogRoot } from "./scroll"
import { createSession, type SeededSession } from "./seed"

const REPLY_TIMEOUT_MS = 60_000
const PACE_MS = 2
const START_TIMEOUT_MS = 30_000

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

/** Waits for the reply's first delta, so an app that never sent the prompt says so instead of waiting for the end. */
async function started(listener: DeltaLog, driver: Driver, session: SeededSession): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS
  while (listener.arrivals().length === 0) {
    if (Date.now() > deadline) {
      const messages: unknown = await (await driver.server.api(`/session/${session.id}/message`)).json()
      const got = Array.isArray(messages) && messages.length > 0 ? "the server got the prompt but no reply started" : "the server got no prompt (the session has no message)"
      throw new NotMeasured(`${START_TIMEOUT_MS / 1000} s after the prompt was typed and sent in the ${driver.side === "portal" ? "portal" : "app's composer"}, ${got}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}

/** How one app is driven: where its session is, how a person sends a prompt, where the reply shows. */
interface Driver {
  side: Side
  server: OpencodeServer
  url: (session: SeededSession) => string
  send: (page: Page, text: string) => Promise<void>
  root: LogRoot
}

function portalDriver(ctx: BenchContext): Driver {
  return {
    side: "portal",
    server: ctx.fleet.alpha,
    url: (session) => `${ctx.fleet.portal.url}${links.session("alpha", session.directory, session.id)}`,
    async send(page, text) {
      const prompt = page.getByRole("textbox", { name: "Prompt" })
      await requireVisible(page, prompt, 'textbox "Prompt"')
      const send = page.getByRole("button", { name: "Send" })
      await requireVisible(page, send, 'button "Send"')
      await prompt.fill(text)
      await send.click()
    },
    root: { name: "Messages" },
  }
}

function opencodeDriver(ctx: BenchContext): Driver {
  const gamma = ctx.fleet.gamma
  return { side: "opencode", server: gamma, url: (session) => sessionUrl(gamma.url, session.id), send: sendPrompt, root: { selector: OPENCODE_MESSAGES } }
}

async function streamOnce(ctx: BenchContext, page: Page, driver: Driver, mode: Mode, run: number): Promise<StreamSample> {
  const words = ctx.opts.streamWords
  const session = await createSession(driver.server, `Stream bench ${mode.name} ${run + 1}`)
  const listener = listenDeltas(driver.server, session.directory, session.id)
  try {
    await withTimeout(listener.connected, 10_000, "connecting to the event stream")
    await page.goto(driver.url(session))
    const name = `stream-${mode.name}-${run}`
    await page.evaluate(
      ({ name, end, timeout, root }) => {
        void window.__bench?.watch(name, () => {
          const log = "name" in root ? window.__bench?.named(root.name)[0] : document.querySelector(root.selector)
          return log !== undefined && log !== null && (window.__bench?.textOnScreen(log, end) ?? false)
        }, timeout)
      },
      { name, end: mode.end(words), timeout: REPLY_TIMEOUT_MS, root: driver.root },
    )
    await driver.send(page, mode.prompt(words, run + 1))
    await started(listener, driver, session)
    const shown = await watchResult(page, name, `the reply's end ("${mode.end(words)}") in the message log`, REPLY_TIMEOUT_MS)
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
  const portalTab = await portalPage(await ctx.newContext(), ctx.fleet.portal.url, threeServers(ctx.fleet))
  const opencodeTab = await (await ctx.newContext()).newPage()
  await opencodeTab.addInitScript(installProbe, {})
  const drivers = { portal: { driver: portalDriver(ctx), page: portalTab }, opencode: { driver: opencodeDriver(ctx), page: opencodeTab } }
  let opencodeWorks = true
  let clockError = 0
  const deltaCounts = new Set<number>()
  await repeat(ctx, "stream.", async (run, counted) => {
    const order: Side[] = run % 2 === 0 ? ["portal", "opencode"] : ["opencode", "portal"]
    for (const side of order) {
      if (side === "opencode" && !opencodeWorks) continue
      const { driver, page } = drivers[side]
      for (const mode of [PACED, BURST]) {
        let sample: StreamSample
        try {
          sample = await streamOnce(ctx, page, driver, mode, run)
        } catch (error) {
          // One app failing must not cost the other its figures; OpenCode's is not tried again.
          if (side === "portal") throw error
          opencodeWorks = false
          for (const spec of CATALOG) if (spec.compare && spec.id.startsWith("stream.")) ctx.rec.fail(spec.id, `OpenCode web app: ${reasonOf(error)}`, "opencode")
          ctx.note(`stream: OpenCode web app: ${reasonOf(error)}; not tried again this run of the bench`)
          break
        }
        clockError = Math.max(clockError, sample.clockError)
        if (side === "portal") deltaCounts.add(sample.deltas)
        if (!counted) continue
        ctx.rec.add(mode.ids.lag, sample.lag, side)
        ctx.rec.add(mode.ids.longest, sample.longest, side)
        if (sample.rate !== undefined) ctx.rec.add(mode.ids.rate, sample.rate, side)
      }
    }
  })
  ctx.note(
    `stream: ${ctx.opts.streamWords} words per reply (deltas seen per portal run: ${[...deltaCounts].join(", ")}); paced = one word per ${PACE_MS} ms from the mock; ` +
      `Node↔page clock offset known within ±${clockError.toFixed(1)} ms; OpenCode's app streams from gamma, the portal from alpha`,
  )
}
