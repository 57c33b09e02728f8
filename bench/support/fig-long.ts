// Figure 4: a session with many messages. Opening it from its directory page (a client-side
// navigation, as a click in the app) until the newest message is on screen; then scrolling the
// message log to the very first message at a fast fling's pace, recording every frame.
import type { Page } from "@playwright/test"
import { links } from "../../src/lib/routing/links"
import { deltas, percentile } from "./stats"
import { threeServers } from "./fleet"
import { NotMeasured, repeat, withTimeout, type BenchContext } from "./harness"
import { domSettled, inputTime, portalPage, resetInput, watchResult } from "./pages"
import { seedLongSession } from "./long-session"
import type { SeededSession } from "./seed"

const OPEN_TIMEOUT_MS = 30_000
const SCROLL_TIMEOUT_MS = 60_000
const SLOW_FRAME_MS = 50
/** How long the directory page gets to list the session before the bench makes its own link. */
const LINK_TIMEOUT_MS = 5_000

interface ScrollResult {
  reachedTop: boolean
  frames: number[]
  elapsed: number
  reason?: string
}

/** Clicks the session's link if the page has one; otherwise a link the router handles like any other. */
async function clickSessionLink(page: Page, session: SeededSession, href: string): Promise<"app link" | "injected link"> {
  const link = page.getByRole("link", { name: session.title }).first()
  const listed = await link.waitFor({ state: "visible", timeout: LINK_TIMEOUT_MS }).then(
    () => true,
    () => false,
  )
  if (listed) {
    await link.click()
    return "app link"
  }
  await page.evaluate((target) => {
    const anchor = document.createElement("a")
    anchor.href = target
    anchor.textContent = "open the long session"
    anchor.style.cssText = "position:fixed;left:0;bottom:0;z-index:2147483647;background:#fff"
    document.body.append(anchor)
  }, href)
  await page.getByRole("link", { name: "open the long session" }).click()
  return "injected link"
}

/** In the page: scroll the Messages log up by `step` px per frame until the first message shows. */
function scrollToTop(page: Page, step: number, timeoutMs: number): Promise<ScrollResult> {
  return page.evaluate(
    ({ step, timeoutMs }) =>
      new Promise<ScrollResult>((resolve) => {
        const probe = window.__bench
        if (!probe) return resolve({ reachedTop: false, frames: [], elapsed: 0, reason: "the bench probe is missing" })
        const scrollable = (el: Element) => el.scrollHeight > el.clientHeight + 1 && /(auto|scroll)/.test(getComputedStyle(el).overflowY)
        // The log is looked up again whenever the app replaces it, so a re-render cannot stall the scroll.
        const locate = (): { log: HTMLElement; target: Element } | undefined => {
          const log = probe.named("Messages")[0]
          if (!log) return undefined
          let scroller: Element | null = scrollable(log) ? log : ([...log.querySelectorAll("*")].find(scrollable) ?? null)
          for (let el = log.parentElement; !scroller && el; el = el.parentElement) if (scrollable(el)) scroller = el
          const target = scroller ?? document.scrollingElement
          return target ? { log, target } : undefined
        }
        let found = locate()
        if (!found) return resolve({ reachedTop: false, frames: [], elapsed: 0, reason: 'no scrollable element named "Messages"' })
        const started = performance.now()
        probe.framesStart()
        let done = false
        const finish = (result: Omit<ScrollResult, "frames">) => {
          if (done) return
          done = true
          resolve({ ...result, frames: probe.framesStop() })
        }
        // A timer, not a frame, so the scroll still ends if frames stop coming.
        setTimeout(() => finish({ reachedTop: false, elapsed: performance.now() - started, reason: "the first message did not show (or frames stopped)" }), timeoutMs)
        const tick = () => {
          if (done) return
          try {
            if (!found?.log.isConnected) found = locate()
            if (found) {
              const { log, target } = found
              // The first message is only looked for at the top, so the search costs no frames on the way.
              if (target.scrollTop <= 0 && probe.textOnScreen(log, "Bench message 1:")) return finish({ reachedTop: true, elapsed: performance.now() - started })
              // A person's fling starts with wheel events: the log leaves "follow the end" only on a
              // gesture of the person's, and a bare scrollTop write is not one.
              target.dispatchEvent(new WheelEvent("wheel", { deltaY: -step, bubbles: true }))
              target.scrollTop = Math.max(0, target.scrollTop - step)
            }
            requestAnimationFrame(tick)
          } catch (error) {
            finish({ reachedTop: false, elapsed: performance.now() - started, reason: `scrolling failed: ${String(error)}` })
          }
        }
        requestAnimationFrame(tick)
      }),
    { step, timeoutMs },
  )
}

export async function measureLong(ctx: BenchContext): Promise<void> {
  const { alpha, portal } = ctx.fleet
  const count = ctx.opts.messages
  const seeded = Date.now()
  const session = await seedLongSession(alpha, `Long bench session (${count} messages)`, count)
  ctx.note(`long: ${count} messages (user / assistant markdown, alternating) imported in ${((Date.now() - seeded) / 1000).toFixed(1)} s`)
  const sessionHref = links.session("alpha", session.directory, session.id)
  const newest = `Bench message ${count}:`
  const context = await ctx.newContext()
  const page = await portalPage(context, portal.url, threeServers(ctx.fleet))
  const methods = new Set<string>()

  await repeat(ctx, "long.", async (run, counted) => {
    await page.goto(`${portal.url}${links.directory("alpha", session.directory)}`)
    await domSettled(page)
    await resetInput(page)
    const name = `open-${run}`
    await page.evaluate(
      ({ name, newest }) => {
        void window.__bench?.watch(name, () => {
          const log = window.__bench?.named("Messages")[0]
          return log !== undefined && (window.__bench?.textOnScreen(log, newest) ?? false)
        })
      },
      { name, newest },
    )
    methods.add(await clickSessionLink(page, session, sessionHref))
    const shown = await watchResult(page, name, `the newest message ("${newest}") in the Messages log`, OPEN_TIMEOUT_MS)
    const clicked = await inputTime(page, "click")
    if (!counted) return
    ctx.rec.add("long.open", shown - clicked)
    const scroll = await withTimeout(scrollToTop(page, ctx.opts.scrollStepPx, SCROLL_TIMEOUT_MS), SCROLL_TIMEOUT_MS + 15_000, "the scroll to the top")
    if (!scroll.reachedTop) throw new NotMeasured(`scroll to top: ${scroll.reason ?? "did not reach the first message"} within ${Math.round(scroll.elapsed / 1000)} s`)
    const frames = deltas(scroll.frames)
    ctx.rec.add("long.scrollLongestFrame", Math.max(0, ...frames))
    ctx.rec.add("long.scrollP95Frame", percentile(frames, 95))
    ctx.rec.add("long.scrollSlowFrames", frames.filter((frame) => frame > SLOW_FRAME_MS).length)
    ctx.rec.add("long.scrollTime", scroll.elapsed)
  }, ctx.opts.longRuns)
  ctx.note(`long: opened through the ${[...methods].join(" / ")}; scrolled ${ctx.opts.scrollStepPx} px per frame`)
}
