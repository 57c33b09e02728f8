// The keyboard way to a long session's first message: the session's address in a fresh tab, the
// newest message on screen, then Home in the focused message log. Older pages load on the way;
// measured from the keydown to the first message on screen, with every frame meanwhile.
import type { BrowserContext } from "@playwright/test"
import type { BenchContext } from "./harness"
import { threeServers } from "./fleet"
import { domSettled, inputTime, portalPage, resetInput, watchResult } from "./pages"

const TIMEOUT_MS = 30_000

export interface HomeResult {
  /** Keydown → the first message on screen. */
  elapsed: number
  frames: number[]
}

export async function homeToFirst(ctx: BenchContext, url: string, newest: string, first: string): Promise<HomeResult> {
  const context: BrowserContext = await ctx.newContext()
  try {
    const page = await portalPage(context, ctx.fleet.portal.url, threeServers(ctx.fleet), { readyText: { root: { name: "Messages" }, text: newest } })
    await page.goto(url)
    await watchResult(page, "ready", `the newest message ("${newest}") after loading the session's address`, TIMEOUT_MS)
    await domSettled(page)
    const log = page.getByRole("log", { name: "Messages" })
    await log.focus()
    await page.evaluate(
      ({ first, timeout }) => {
        window.__bench?.framesStart()
        void window.__bench?.watch("home", () => window.__bench?.named("Messages").some((el) => window.__bench?.textOnScreen(el, first) ?? false) ?? false, timeout)
      },
      { first, timeout: TIMEOUT_MS },
    )
    await resetInput(page)
    await page.keyboard.press("Home")
    const shown = await watchResult(page, "home", `the first message ("${first}") after Home in the message log`, TIMEOUT_MS)
    const frames = await page.evaluate(() => window.__bench?.framesStop() ?? [])
    return { elapsed: shown - (await inputTime(page, "keydown")), frames }
  } finally {
    await context.close()
  }
}
