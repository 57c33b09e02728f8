// Figure 6: printing a large file in the portal's terminal, from the Enter key to the last line
// being drawn. The marker is computed by the shell ($((6*7))), so the echoed command line never
// matches it; only the output after the file does.
import { paths } from "../../src/lib/paths"
import { threeServers } from "./fleet"
import { NotMeasured, repeat, type BenchContext } from "./harness"
import { inputTime, longTasksBetween, portalPage, requireVisible, resetInput, watchResult } from "./pages"
import { writeOutputFile } from "./seed"

const OUTPUT_TIMEOUT_MS = 90_000
const MARKER = "BENCH_42_DONE"
const COMMAND_MARKER = "BENCH_$((6*7))_DONE"

export async function measureTerm(ctx: BenchContext): Promise<void> {
  const { alpha, portal } = ctx.fleet
  const file = await writeOutputFile(alpha.workspace, ctx.opts.terminalBytes)
  const context = await ctx.newContext()
  const page = await portalPage(context, portal.url, threeServers(ctx.fleet))
  const url = `${portal.url}${paths.directory("alpha", alpha.workspace)}/terminal`

  await repeat(ctx, "term.", async (run, counted) => {
    await page.goto(url)
    const create = page.getByRole("button", { name: "New terminal" })
    await requireVisible(page, create, 'button "New terminal"')
    await create.click()
    const region = page.getByRole("region", { name: /^Terminal / }).last()
    await requireVisible(page, region, 'region "Terminal <title>"')
    // The shell is ready once its prompt is drawn; typing earlier can lose keys to a shell still starting.
    // xterm draws one element per screen row; the region's own text (header, status) comes first.
    const prompted = await region.evaluate((el) =>
      window.__bench?.watch(
        "shell-ready",
        () => {
          const rows = [...(el.querySelector(".xterm-rows")?.children ?? [])].map((row) => (row.textContent ?? "").trimEnd())
          return /[$#]$/.test(rows.filter((row) => row !== "").at(-1) ?? "")
        },
        15_000,
      ),
    )
    if (prompted === undefined) throw new NotMeasured("no shell prompt ($ or #) in the terminal within 15 s")
    await region.click()
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
  })
  ctx.note(`term: ${(ctx.opts.terminalBytes / 1_000_000).toFixed(1)} MB of numbered 80-column lines, printed with cat`)
}
