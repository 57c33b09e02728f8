// What one bench run does, from the environment bench/run.mjs sets (BENCH_QUICK, BENCH_RUNS, BENCH_ONLY).

export const FIGURE_GROUPS = ["load", "switch", "many", "long", "stream", "term", "fleet", "code"] as const
export type FigureGroup = (typeof FIGURE_GROUPS)[number]

export interface BenchOptions {
  quick: boolean
  /** Measured runs per figure; the median of these is reported. */
  runs: number
  /** Runs done first and thrown away (JIT, disk and server caches warm up). */
  warmup: number
  /** Measured runs of figure 4, whose scroll through every page of history takes longest. */
  longRuns: number
  /** Registered servers for figure 3. */
  manyServers: number
  /** Messages in the long session of figure 4. */
  messages: number
  /** Words in the streamed reply of figure 5 (one delta each). */
  streamWords: number
  /** Bytes of output for figure 6. */
  terminalBytes: number
  /** Lines of the file opened in the viewer for the highlighting figure. */
  codeLines: number
  /** Registered servers on "All servers" in the fleet figures (real ones and closed ports). */
  fleetServers: number
  /** Real, live servers in the fleet figures (the bench's three and more started for them). */
  fleetLive: number
  /** Scroll distance per frame in figure 4, a fast fling. */
  scrollStepPx: number
  /** A figure that takes longer than this is stopped and reported as not measured. */
  figureTimeoutMs: number
  groups: readonly FigureGroup[]
}

const FULL = {
  runs: 5,
  warmup: 1,
  longRuns: 3,
  manyServers: 30,
  messages: 2000,
  streamWords: 1000,
  terminalBytes: 5_000_000,
  codeLines: 2000,
  fleetServers: 30,
  fleetLive: 10,
}

const QUICK = {
  runs: 1,
  warmup: 0,
  longRuns: 1,
  manyServers: 10,
  messages: 200,
  streamWords: 300,
  terminalBytes: 1_000_000,
  codeLines: 300,
  fleetServers: 10,
  fleetLive: 4,
}

function isGroup(value: string): value is FigureGroup {
  return (FIGURE_GROUPS as readonly string[]).includes(value)
}

/** Reads the options; throws with a clear message for a malformed value rather than guessing. */
export function readOptions(env: Record<string, string | undefined>): BenchOptions {
  const quick = env.BENCH_QUICK === "1"
  const base = quick ? QUICK : FULL
  const runsText = env.BENCH_RUNS
  const runs = runsText === undefined || runsText === "" ? base.runs : Number(runsText)
  if (!Number.isInteger(runs) || runs < 1 || runs > 50) throw new Error(`BENCH_RUNS must be a whole number from 1 to 50, got "${runsText}"`)
  const onlyText = env.BENCH_ONLY ?? ""
  const wanted = onlyText.split(",").map((part) => part.trim()).filter((part) => part !== "")
  const unknown = wanted.filter((part) => !isGroup(part))
  if (unknown.length > 0) throw new Error(`BENCH_ONLY: unknown figure group(s) ${unknown.join(", ")}; use ${FIGURE_GROUPS.join(", ")}`)
  return {
    quick,
    ...base,
    runs,
    longRuns: Math.min(runs, base.longRuns),
    scrollStepPx: 500,
    figureTimeoutMs: quick ? 90_000 : 240_000,
    groups: wanted.length === 0 ? FIGURE_GROUPS : wanted.filter(isGroup),
  }
}
