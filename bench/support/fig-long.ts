// Figure 4: a session with many messages. Opening it from its directory page (a client-side
// navigation, as a click in the app) until the newest message is on screen; then scrolling the
// message log to the very first message at a fast fling's pace, recording every frame, and going
// there by the Home key in a fresh tab. Beside OpenCode's app (the same session imported on gamma):
// its address loaded in a new tab, then the same scroll, alternating which app goes first.
import type { Page } from "@playwright/test"
import { links } from "../../src/lib/routing/links"
import { frameDurations, percentile } from "./stats"
import { threeServers } from "./fleet"
import { NotMeasured, reasonOf, repeat, withTimeout, type BenchContext } from "./harness"
import { CATALOG, type Side } from "./catalog"
import { OPENCODE_MESSAGES, sessionUrl } from "./opencode-app"
import { domSettled, injectLink, inputTime, portalPage, resetInput, watchResult } from "./pages"
import { installProbe } from "./probe"
import { homeToFirst } from "./home-key"
import { scrollToTop, wheelToTop, type LogRoot, type ScrollResult } from "./scroll"
import { seedLongSession } from "./long-session"
import type { SeededSession } from "./seed"

const OPEN_TIMEOUT_MS = 30_000
const SCROLL_TIMEOUT_MS = 60_000
const SLOW_FRAME_MS = 50
const FIRST = "Bench message 1:"
/** How long the directory page gets to list the session before the bench makes its own link. */
const LINK_TIMEOUT_MS = 5_000

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
  await (await injectLink(page, href, "open the long session")).click()
  return "injected link"
}

interface Opened {
  /** Navigation start → the newest message on screen. */
  shown: number
  scroll: ScrollResult | undefined
}

/** A fresh tab loads the session's own address (as a bookmark or a link does); then, if asked, the log is scrolled to message 1. */
async function openByLink(ctx: BenchContext, side: Side, url: string, newest: string, scroll: boolean): Promise<Opened> {
  const root: LogRoot = side === "portal" ? { name: "Messages" } : { selector: OPENCODE_MESSAGES }
  const context = await ctx.newContext()
  try {
    const probe = { readyText: { root, text: newest } }
    const page = side === "portal" ? await portalPage(context, ctx.fleet.portal.url, threeServers(ctx.fleet), probe) : await context.newPage()
    if (side === "opencode") await page.addInitScript(installProbe, probe)
    await page.goto(url)
    const shown = await watchResult(page, "ready", `the newest message ("${newest}") after loading the session's address`, OPEN_TIMEOUT_MS)
    if (!scroll) return { shown, scroll: undefined }
    await domSettled(page)
    const scrolling = "selector" in root ? wheelToTop(page, root.selector, FIRST, ctx.opts.scrollStepPx, SCROLL_TIMEOUT_MS) : scrollToTop(page, root, FIRST, ctx.opts.scrollStepPx, SCROLL_TIMEOUT_MS)
    return { shown, scroll: await withTimeout(scrolling, SCROLL_TIMEOUT_MS + 15_000, "the scroll to the top") }
  } finally {
    await context.close()
  }
}

function recordScroll(ctx: BenchContext, scroll: ScrollResult, side: Side): void {
  if (!scroll.reachedTop) throw new NotMeasured(`scroll to top: ${scroll.reason ?? "did not reach the first message"} within ${Math.round(scroll.elapsed / 1000)} s`)
  const frames = frameDurations(scroll.frames)
  ctx.rec.add("long.scrollLongestFrame", Math.max(0, ...frames), side)
  ctx.rec.add("long.scrollP95Frame", percentile(frames, 95), side)
  ctx.rec.add("long.scrollSlowFrames", frames.filter((frame) => frame > SLOW_FRAME_MS).length, side)
  ctx.rec.add("long.scrollTime", scroll.elapsed, side)
}

/** OpenCode's side of a run; its failure is recorded for its figures only, and it is not tried again. */
async function opencodeRun(ctx: BenchContext, url: string, newest: string, counted: boolean): Promise<boolean> {
  let opened = false
  try {
    const result = await openByLink(ctx, "opencode", url, newest, counted)
    opened = true
    if (!counted) return true
    ctx.rec.add("long.openLink", result.shown, "opencode")
    if (result.scroll) recordScroll(ctx, result.scroll, "opencode")
    return true
  } catch (error) {
    for (const spec of CATALOG) {
      if (spec.compare && spec.id.startsWith("long.") && !(opened && spec.id === "long.openLink")) ctx.rec.fail(spec.id, `OpenCode web app: ${reasonOf(error)}`, "opencode")
    }
    ctx.note(`long: OpenCode web app: ${reasonOf(error)}; not tried again this run of the bench`)
    return false
  }
}

export async function measureLong(ctx: BenchContext): Promise<void> {
  const { alpha, gamma, portal } = ctx.fleet
  const count = ctx.opts.messages
  const seeded = Date.now()
  const session = await seedLongSession(alpha, `Long bench session (${count} messages)`, count)
  // The same session on gamma, the server without a password, for OpenCode's own app.
  const twin = await seedLongSession(gamma, `Long bench session (${count} messages)`, count)
  const opencodeUrl = sessionUrl(gamma.url, twin.id)
  ctx.note(`long: ${count} messages (user / assistant markdown, alternating) imported in ${((Date.now() - seeded) / 1000).toFixed(1)} s`)
  const sessionHref = links.session("alpha", session.directory, session.id)
  const newest = `Bench message ${count}:`
  const context = await ctx.newContext()
  const page = await portalPage(context, portal.url, threeServers(ctx.fleet))
  const methods = new Set<string>()

  let opencodeWorks = true
  await repeat(ctx, "long.", async (run, counted) => {
    const opencodeFirst = run % 2 === 1
    if (opencodeFirst && opencodeWorks) opencodeWorks = await opencodeRun(ctx, opencodeUrl, newest, counted)
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
    const scroll = await withTimeout(scrollToTop(page, { name: "Messages" }, FIRST, ctx.opts.scrollStepPx, SCROLL_TIMEOUT_MS), SCROLL_TIMEOUT_MS + 15_000, "the scroll to the top")
    recordScroll(ctx, scroll, "portal")
    ctx.rec.add("long.openLink", (await openByLink(ctx, "portal", `${portal.url}${sessionHref}`, newest, false)).shown)
    const home = await homeToFirst(ctx, `${portal.url}${sessionHref}`, newest, FIRST)
    ctx.rec.add("long.homeTime", home.elapsed)
    ctx.rec.add("long.homeLongestFrame", Math.max(0, ...frameDurations(home.frames)))
    if (!opencodeFirst && opencodeWorks) opencodeWorks = await opencodeRun(ctx, opencodeUrl, newest, counted)
  }, ctx.opts.longRuns)
  ctx.note(`long: opened through the ${[...methods].join(" / ")}; scrolled ${ctx.opts.scrollStepPx} px per frame`)
}
