// Opening portal pages for a figure: registry seeded, probe installed before the app boots.
import type { BrowserContext, Locator, Page } from "@playwright/test"
import { seedServers } from "../../e2e/support/portal-helpers"
import type { Registry } from "./fleet"
import { NotMeasured } from "./harness"
import { installProbe, type ProbeConfig } from "./probe"

/** A page of a fresh context with `registry` in IndexedDB and the probe installed; not navigated yet. */
export async function portalPage(context: BrowserContext, portalUrl: string, registry: Registry, probe: ProbeConfig = {}): Promise<Page> {
  const page = await context.newPage()
  await seedServers(page, portalUrl, registry.servers, registry.passwords)
  await page.addInitScript(installProbe, probe)
  return page
}

/** Waits for the probe's named watch to hold and returns its frame time. */
export async function watchResult(page: Page, name: string, what: string, timeoutMs: number): Promise<number> {
  try {
    await page.waitForFunction((key) => window.__bench?.results[key] !== undefined, name, { polling: 100, timeout: timeoutMs })
  } catch {
    const state = await page.evaluate(() => ({ visibility: document.visibilityState, stale: window.__bench?.sinceLastFrame() ?? 0 })).catch(() => undefined)
    const frames = state && state.stale > 1000 ? `; no animation frame for ${Math.round(state.stale / 1000)} s (page ${state.visibility})` : ""
    throw new NotMeasured(`${what} did not happen within ${Math.round(timeoutMs / 1000)} s${frames}`)
  }
  const at = await page.evaluate((key) => window.__bench?.results[key], name)
  if (at === undefined) throw new NotMeasured(`${what}: no time recorded`)
  return at
}

/** The timeStamp of the latest input event of `type` the probe saw (reset with resetInput). */
export async function inputTime(page: Page, type: "change" | "click" | "keydown"): Promise<number> {
  const at = await page.evaluate((key) => window.__bench?.inputs[key], type)
  if (at === undefined) throw new NotMeasured(`no ${type} event reached the page`)
  return at
}

/**
 * Puts a link to `href` on the page, over everything, so a click on it is a client-side navigation
 * like any link of the app's own; returns it.
 */
export async function injectLink(page: Page, href: string, name: string): Promise<Locator> {
  await page.evaluate(
    ({ href, name }) => {
      const anchor = document.createElement("a")
      anchor.href = href
      anchor.textContent = name
      anchor.style.cssText = "position:fixed;left:0;bottom:0;z-index:2147483647;background:#fff"
      document.body.append(anchor)
    },
    { href, name },
  )
  return page.getByRole("link", { name })
}

export async function resetInput(page: Page): Promise<void> {
  await page.evaluate(() => {
    const inputs = window.__bench?.inputs
    if (inputs) for (const key of Object.keys(inputs)) delete inputs[key]
  })
}

/** Longest long task (0 when none over 50 ms) and how many, between two page times. */
export async function longTasksBetween(page: Page, from: number, to: number): Promise<{ longest: number; count: number }> {
  return page.evaluate(
    ({ from, to }) => {
      const tasks = (window.__bench?.longTasks ?? []).filter((task) => task.start + task.duration > from && task.start < to)
      return { longest: tasks.reduce((max, task) => Math.max(max, task.duration), 0), count: tasks.length }
    },
    { from, to },
  )
}

/** Fails with a clear reason when the element a figure drives is not on the page. */
export async function requireVisible(page: Page, locator: ReturnType<Page["getByRole"]>, what: string, timeoutMs = 15_000): Promise<void> {
  try {
    await locator.first().waitFor({ state: "visible", timeout: timeoutMs })
  } catch {
    throw new NotMeasured(`no ${what} on ${new URL(page.url()).pathname} within ${Math.round(timeoutMs / 1000)} s`)
  }
}

/** Waits until the DOM has not changed for `quietMs` (capped), i.e. the page finished rendering. */
export async function domSettled(page: Page, quietMs = 500, capMs = 10_000): Promise<void> {
  await page.evaluate(
    ({ quietMs, capMs }) =>
      new Promise<void>((resolve) => {
        let timer = setTimeout(finish, quietMs)
        const cap = setTimeout(finish, capMs)
        const observer = new MutationObserver(() => {
          clearTimeout(timer)
          timer = setTimeout(finish, quietMs)
        })
        function finish(): void {
          observer.disconnect()
          clearTimeout(timer)
          clearTimeout(cap)
          resolve()
        }
        observer.observe(document, { subtree: true, childList: true, characterData: true, attributes: true })
      }),
    { quietMs, capMs },
  )
}
