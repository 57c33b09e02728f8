// Scrolling a message log to its very first message at a fast fling's pace, recording every frame.
// The log is found by its accessible name (the portal's "Messages") or by a CSS selector (an app
// whose log has no name of its own).
import type { Page } from "@playwright/test"

export type LogRoot = { name: string } | { selector: string }

export interface ScrollResult {
  reachedTop: boolean
  frames: number[]
  elapsed: number
  reason?: string
}

/** In the page: scroll the log up by `step` px per frame until `firstText` shows at the top. */
export function scrollToTop(page: Page, root: LogRoot, firstText: string, step: number, timeoutMs: number): Promise<ScrollResult> {
  return page.evaluate(
    ({ root, firstText, step, timeoutMs }) =>
      new Promise<ScrollResult>((resolve) => {
        const probe = window.__bench
        if (!probe) return resolve({ reachedTop: false, frames: [], elapsed: 0, reason: "the bench probe is missing" })
        const scrollable = (el: Element) => el.scrollHeight > el.clientHeight + 1 && /(auto|scroll)/.test(getComputedStyle(el).overflowY)
        const findLog = (): Element | undefined => ("name" in root ? probe.named(root.name)[0] : (document.querySelector(root.selector) ?? undefined))
        // The log is looked up again whenever the app replaces it, so a re-render cannot stall the scroll.
        const locate = (): { log: Element; target: Element } | undefined => {
          const log = findLog()
          if (!log) return undefined
          let scroller: Element | null = scrollable(log) ? log : ([...log.querySelectorAll("*")].find(scrollable) ?? null)
          for (let el = log.parentElement; !scroller && el; el = el.parentElement) if (scrollable(el)) scroller = el
          const target = scroller ?? document.scrollingElement
          return target ? { log, target } : undefined
        }
        let found = locate()
        if (!found) return resolve({ reachedTop: false, frames: [], elapsed: 0, reason: "no scrollable message log on the page" })
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
              if (target.scrollTop <= 0 && probe.textOnScreen(log, firstText)) return finish({ reachedTop: true, elapsed: performance.now() - started })
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
    { root, firstText, step, timeoutMs },
  )
}

/**
 * The same journey by real wheel input, `step` px per wheel event, sent from the runner as fast as
 * it can (one event per round trip). For an app that loads older messages only on user scrolling:
 * OpenCode's pins its log when scrollTop is set from script.
 */
export async function wheelToTop(page: Page, selector: string, firstText: string, step: number, timeoutMs: number): Promise<ScrollResult> {
  const box = await page.locator(selector).first().boundingBox()
  if (!box) return { reachedTop: false, frames: [], elapsed: 0, reason: `no message log (${selector}) on the page` }
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
  const started = await page.evaluate(() => {
    window.__bench?.framesStart()
    return performance.now()
  })
  const atTop = () =>
    page.evaluate(
      ({ selector, firstText }) => {
        const log = document.querySelector(selector)
        if (!log) return false
        const scrollable = (el: Element) => el.scrollHeight > el.clientHeight + 1 && /(auto|scroll)/.test(getComputedStyle(el).overflowY)
        let scroller: Element | null = scrollable(log) ? log : ([...log.querySelectorAll("*")].find(scrollable) ?? null)
        for (let el = log.parentElement; !scroller && el; el = el.parentElement) if (scrollable(el)) scroller = el
        return (scroller?.scrollTop ?? 0) <= 0 && (window.__bench?.textOnScreen(log, firstText) ?? false)
      },
      { selector, firstText },
    )
  const stop = () => page.evaluate((from) => ({ frames: window.__bench?.framesStop() ?? [], elapsed: performance.now() - from }), started)
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    if (await atTop()) return { reachedTop: true, ...(await stop()) }
    await page.mouse.wheel(0, -step)
  }
  return { reachedTop: false, ...(await stop()), reason: "the first message did not show" }
}
