// Figure 8: syntax highlighting of a long file. A 2,000-line TypeScript file opened in the file
// viewer from its directory page (a click in the app), then scrolled to its end as a person jumps
// there (End in the focused view). Measured: click → coloured lines on screen, and every frame
// until the end's lines are coloured too, from the click and from the first plain lines on screen.
// Highlighting runs on a worker, the first 200 lines first; this shows what the page's own thread
// pays for it.
import { writeFile } from "node:fs/promises"
import { join } from "node:path"
import type { Page } from "@playwright/test"
import { links } from "../../src/lib/routing/links"
import { threeServers } from "./fleet"
import { repeat, type BenchContext } from "./harness"
import { domSettled, injectLink, inputTime, portalPage, resetInput, watchResult } from "./pages"
import { frameDurations } from "./stats"

const FILE = "bench-highlight.ts"
const TIMEOUT_MS = 30_000

/** Ordinary TypeScript: imports, types, functions, strings, numbers and comments, 2,000 lines. */
function source(lines: number): string {
  const out = ['import { readFile } from "node:fs/promises"', ""]
  for (let n = 0; out.length < lines; n++) {
    out.push(
      `/** Block ${n}: reads a value and formats it. */`,
      `export interface Item${n} { id: number; name: string; tags: readonly string[] }`,
      `export async function load${n}(path: string, limit = ${n * 7}): Promise<Item${n}[]> {`,
      `  const text = await readFile(path, "utf8") // the file is small`,
      `  return JSON.parse(text).slice(0, limit).map((item: Item${n}) => ({ ...item, name: \`#\${item.id} \${item.name}\` }))`,
      "}",
      "",
    )
  }
  return `${out.slice(0, lines).join("\n")}\n`
}

/** Whether the viewer shows its first lines, coloured or not. */
async function watchPlain(page: Page, name: string, label: string): Promise<void> {
  await page.evaluate(
    ({ name, label, timeout }) => {
      void window.__bench?.watch(name, () => (window.__bench?.named(label)[0]?.firstElementChild?.childElementCount ?? 0) > 0, timeout)
    },
    { name, label, timeout: TIMEOUT_MS },
  )
}

/** Whether some line of the viewer that is on screen holds highlighter spans. */
async function watchColoured(page: Page, name: string, label: string, last: boolean): Promise<void> {
  await page.evaluate(
    ({ name, label, last, timeout }) => {
      void window.__bench?.watch(
        name,
        () => {
          const view = window.__bench?.named(label)[0]
          if (!view) return false
          if (last && view.scrollTop + view.clientHeight < view.scrollHeight - 1) return false
          // Rows, not spans: a few dozen rects per frame, so the watch itself costs no frame.
          const box = view.getBoundingClientRect()
          for (const row of view.firstElementChild?.children ?? []) {
            const r = row.getBoundingClientRect()
            if (r.bottom <= box.top) continue
            if (r.top >= box.bottom) break
            if (row.querySelector('span[class^="hljs-"]')) return true
          }
          return false
        },
        timeout,
      )
    },
    { name, label, last, timeout: TIMEOUT_MS },
  )
}

export async function measureCode(ctx: BenchContext): Promise<void> {
  const { alpha, portal } = ctx.fleet
  await writeFile(join(alpha.workspace, FILE), source(ctx.opts.codeLines))
  const href = links.file("alpha", alpha.workspace, FILE)
  const label = `Content of ${FILE}`
  await repeat(ctx, "code.", async (run, counted) => {
    const context = await ctx.newContext()
    try {
      const page = await portalPage(context, portal.url, threeServers(ctx.fleet))
      await page.goto(`${portal.url}${links.directory("alpha", alpha.workspace)}`)
      await domSettled(page)
      const link = await injectLink(page, href, "open the long file")
      await watchPlain(page, `plain-${run}`, label)
      await watchColoured(page, `top-${run}`, label, false)
      await page.evaluate(() => window.__bench?.framesStart())
      await resetInput(page)
      await link.click()
      const coloured = await watchResult(page, `top-${run}`, `coloured lines of ${FILE} on screen`, TIMEOUT_MS)
      const clicked = await inputTime(page, "click")
      const view = page.getByRole("group", { name: label })
      await view.focus()
      await watchColoured(page, `end-${run}`, label, true)
      await page.keyboard.press("End")
      await watchResult(page, `end-${run}`, `coloured lines at the end of ${FILE}`, TIMEOUT_MS)
      const times = await page.evaluate(() => window.__bench?.framesStop() ?? [])
      const plain = await watchResult(page, `plain-${run}`, `the first lines of ${FILE} on screen`, TIMEOUT_MS)
      if (!counted) return
      ctx.rec.add("code.open", coloured - clicked)
      ctx.rec.add("code.longestFrame", Math.max(0, ...frameDurations(times)))
      // From the frame that first showed the plain lines: what colouring them costs, without opening the page.
      ctx.rec.add("code.highlightFrame", Math.max(0, ...frameDurations(times.filter((time) => time >= plain))))
    } finally {
      await context.close()
    }
  })
  ctx.note(`code: ${ctx.opts.codeLines} lines of TypeScript in the file viewer, opened by a link click, then End in the view`)
}
