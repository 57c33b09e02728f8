// Figure 6: printing a large file in the portal's terminal, from the Enter key to the last line
// being drawn. The marker is computed by the shell ($((6*7))), so the echoed command line never
// matches it; only the output after the file does.
import type { Locator, Page } from "@playwright/test"
import { links } from "../../src/lib/routing/links"
import { threeServers } from "./fleet"
import { NotMeasured, reasonOf, repeat, type BenchContext } from "./harness"
import { domSettled, inputTime, longTasksBetween, portalPage, requireVisible, resetInput, watchResult } from "./pages"
import { openTerminal, sessionUrl } from "./opencode-app"
import { installProbe } from "./probe"
import { createSession, writeOutputFile } from "./seed"
import { CATALOG } from "./catalog"
import { floorOnce, floorPty } from "./pty-floor"

const OUTPUT_TIMEOUT_MS = 90_000
/** A busy server can take many seconds to start a login shell; that wait is not what is measured. */
const PROMPT_TIMEOUT_MS = 60_000
const CLICK_TIMEOUT_MS = 5_000
const NEW_TERMINAL_TIMEOUT_MS = 15_000
const MARKER = "BENCH_42_DONE"
const COMMAND_MARKER = "BENCH_$((6*7))_DONE"

/** The name of the shown terminal that is not one of `before`, once there is one. */
async function newTerminal(page: Page, before: string[]): Promise<string> {
  const deadline = Date.now() + NEW_TERMINAL_TIMEOUT_MS
  while (Date.now() < deadline) {
    const shown = await page
      .getByRole("region", { name: /^Terminal / })
      .filter({ visible: true })
      .evaluateAll((els) => els.map((el) => el.getAttribute("aria-label") ?? ""))
    const added = shown.find((name) => name !== "" && !before.includes(name))
    if (added !== undefined) return added
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new NotMeasured(`no new region "Terminal <title>" shown within ${NEW_TERMINAL_TIMEOUT_MS / 1000} s of "New terminal"`)
}

/**
 * Clicks into the terminal as a person would; if something covers it, says what and types into
 * xterm's input directly, so the figure still measures the output path.
 */
async function focusTerminal(ctx: BenchContext, region: Locator, run: number): Promise<void> {
  const failure = await region.click({ timeout: CLICK_TIMEOUT_MS }).then(
    () => undefined,
    (error: unknown) => String(error),
  )
  if (failure === undefined) return
  const cause = failure.split("\n").find((line) => line.includes("intercepts pointer events")) ?? failure.split("\n")[0] ?? ""
  ctx.note(`term: run ${run + 1}: could not click into the terminal (${cause.trim().slice(0, 160)}); typed into its input instead`)
  await region.getByRole("textbox", { name: "Terminal input" }).focus()
}

export async function measureTerm(ctx: BenchContext): Promise<void> {
  const { alpha, portal } = ctx.fleet
  const file = await writeOutputFile(alpha.workspace, ctx.opts.terminalBytes)
  const url = `${portal.url}${links.directory("alpha", alpha.workspace)}/terminal`
  const promptWaits: number[] = []
  // First: it is quick, and the portal's runs can take up to the group's deadline on a busy machine.
  await opencodeOnce(ctx)

  await repeat(ctx, "term.", async (run, counted) => {
    // A fresh context per run: the portal reattaches a browser's earlier terminals, which would pile up.
    const context = await ctx.newContext()
    try {
      await printOnce(ctx, await portalPage(context, portal.url, threeServers(ctx.fleet)), { url, file, run, counted, promptWaits })
    } finally {
      await context.close()
    }
  })
  await measureFloor(ctx, file)
  const waits = promptWaits.map((ms) => (ms / 1000).toFixed(1)).join(", ")
  ctx.note(`term: ${(ctx.opts.terminalBytes / 1_000_000).toFixed(1)} MB of numbered 80-column lines, printed with cat; "New terminal" → shell prompt took ${waits} s`)
}

interface RunSpec {
  url: string
  file: string
  run: number
  counted: boolean
  promptWaits: number[]
}

async function printOnce(ctx: BenchContext, page: Page, { url, file, run, counted, promptWaits }: RunSpec): Promise<void> {
  await page.goto(url)
  await domSettled(page)
  const create = page.getByRole("button", { name: "New terminal" })
  await requireVisible(page, create, 'button "New terminal"')
  // The page opens a first terminal by itself; the one measured is the one this click opens. Until
  // that first one shows, a new region could be either.
  const terminals = page.getByRole("region", { name: /^Terminal / })
  await requireVisible(page, terminals, "region \"Terminal <title>\" opened by the page itself", PROMPT_TIMEOUT_MS)
  const before = await terminals.evaluateAll((els) => els.map((el) => el.getAttribute("aria-label") ?? ""))
  const clickedAt = Date.now()
  await create.first().click({ timeout: CLICK_TIMEOUT_MS })
  const region = page.getByRole("region", { name: await newTerminal(page, before), exact: true })
  // The shell is ready once its prompt is drawn; typing earlier can lose keys to a shell still starting.
  // xterm draws one element per screen row; the region's own text (header, status) comes first.
  const prompted = await region.evaluate((el, timeout) =>
    window.__bench?.watch(
      "shell-ready",
      () => {
        const rows = [...(el.querySelector(".xterm-rows")?.children ?? [])].map((row) => (row.textContent ?? "").trimEnd())
        return /[$#]$/.test(rows.filter((row) => row !== "").at(-1) ?? "")
      },
      timeout,
    ),
    PROMPT_TIMEOUT_MS,
  )
  if (prompted === undefined) {
    const shown = await region.evaluate((el) => (el.querySelector(".xterm-rows")?.textContent ?? el.textContent ?? "").trim().slice(-80))
    const stale = await page.evaluate(() => window.__bench?.sinceLastFrame() ?? 0)
    const frames = stale > 1000 ? `; no animation frame for ${Math.round(stale / 1000)} s` : ""
    throw new NotMeasured(`no shell prompt ($ or #) in the terminal within ${PROMPT_TIMEOUT_MS / 1000} s; it shows "${shown}"${frames}`)
  }
  promptWaits.push(Date.now() - clickedAt)
  await focusTerminal(ctx, region, run)
  await page.keyboard.type(`cat ${file}; echo ${COMMAND_MARKER}`)
  const name = `term-${run}`
  await region.evaluate(
    (el, { name, marker }) => {
      void window.__bench?.watch(name, () => window.__bench?.textOnScreen(el, marker) ?? false, 90_000)
    },
    { name, marker: MARKER },
  )
  await resetInput(page)
  await page.keyboard.press("Enter")
  const shown = await watchResult(page, name, `"${MARKER}" after the output in the terminal`, OUTPUT_TIMEOUT_MS)
  const pressed = await inputTime(page, "keydown")
  const tasks = await longTasksBetween(page, pressed, shown)
  if (!counted) return
  ctx.rec.add("term.time", shown - pressed)
  ctx.rec.add("term.longestTask", tasks.longest)
}

/**
 * OpenCode's app, tried once: its terminal is opened as a person would. Its 1.18.33 terminal draws
 * on a canvas, with no text in the page, so the bench cannot see the last line arrive: the figure
 * says so rather than guess from paint activity.
 */
async function opencodeOnce(ctx: BenchContext): Promise<void> {
  const { gamma } = ctx.fleet
  let reason = "its terminal opened, but the bench cannot read what it draws yet"
  const context = await ctx.newContext()
  try {
    const session = await createSession(gamma, "Terminal bench")
    const page = await context.newPage()
    await page.addInitScript(installProbe, {})
    await page.goto(sessionUrl(gamma.url, session.id))
    const { canvas } = await openTerminal(page)
    if (canvas) reason = "its terminal opens, but draws on a canvas with no text in the page, so the bench cannot see the last line on screen"
  } catch (error) {
    reason = reasonOf(error)
  } finally {
    await context.close()
  }
  for (const spec of CATALOG) if (spec.compare && spec.id.startsWith("term.")) ctx.rec.fail(spec.id, `OpenCode web app: ${reason}`, "opencode")
}

/** The same output over a bare WebSocket in a page of the portal's origin: the server's own pace. */
async function measureFloor(ctx: BenchContext, file: string): Promise<void> {
  const { alpha, portal } = ctx.fleet
  const pty = await floorPty(alpha)
  const context = await ctx.newContext()
  try {
    const page = await context.newPage()
    await page.goto(`${portal.url}/manifest.webmanifest`)
    await repeat(ctx, "term.floor", async (_run, counted) => {
      const ms = await floorOnce(page, alpha, pty.id, `cat ${file}; echo ${COMMAND_MARKER}`, MARKER)
      if (counted) ctx.rec.add("term.floor", ms)
    })
  } finally {
    await context.close()
    await pty.close()
  }
}
