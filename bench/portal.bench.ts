// `npm run bench`: the portal beside OpenCode's own web app, measured in Debian Chromium against
// real opencode servers. Writes bench/results.json; bench/run.mjs prints it as a table.
import { writeFileSync } from "node:fs"
import { test } from "@playwright/test"
import { describeEnvironment, loadNow } from "./support/environment"
import { measureCode } from "./support/fig-code"
import { measureFleet } from "./support/fig-fleet"
import { measureLoad } from "./support/fig-load"
import { measureLong } from "./support/fig-long"
import { measureMany } from "./support/fig-many"
import { measureStream } from "./support/fig-stream"
import { measureSwitch } from "./support/fig-switch"
import { measureTerm } from "./support/fig-term"
import { startFleet } from "./support/fleet"
import { runGroup, type BenchContext } from "./support/harness"
import { FIGURE_GROUPS, readOptions, type FigureGroup } from "./support/options"
import { createRecorder } from "./support/results"

const RESULTS = new URL("./results.json", import.meta.url)

const MEASURE: Record<FigureGroup, (ctx: BenchContext) => Promise<void>> = {
  load: measureLoad,
  switch: measureSwitch,
  many: measureMany,
  long: measureLong,
  stream: measureStream,
  term: measureTerm,
  fleet: measureFleet,
  code: measureCode,
}

// The fleet group starts and seeds seven more servers and measures four figures in one deadline;
// the long session is opened and scrolled in both apps.
const DEADLINE_FACTOR: Partial<Record<FigureGroup, number>> = { long: 3, fleet: 4 }

test("portal beside OpenCode's web app", async ({ browser }) => {
  const opts = readOptions(process.env)
  const environment = describeEnvironment(browser, opts)
  const rec = createRecorder()
  const notes: string[] = []
  const note = (text: string): void => {
    notes.push(text)
  }
  const details: Record<string, unknown> = {}
  const detail = (key: string, value: unknown): void => {
    details[key] = value
  }
  for (const group of FIGURE_GROUPS) if (!opts.groups.includes(group)) rec.failAll(`${group}.`, "not selected for this run (--only)")

  const fleet = await startFleet()
  try {
    const base = { browser, fleet, rec, opts, note, detail }
    for (const group of opts.groups) await runGroup(base, `${group}.`, MEASURE[group], opts.figureTimeoutMs * (DEADLINE_FACTOR[group] ?? 1))
  } finally {
    await fleet.stop()
  }
  const results = { environment: { ...environment, loadEnd: loadNow() }, figures: rec.finish(), notes, details }
  writeFileSync(RESULTS, `${JSON.stringify(results, null, 2)}\n`)
})
