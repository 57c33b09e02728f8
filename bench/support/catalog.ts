// Every figure the bench reports, declared up front so a figure that never ran still shows up,
// as "not measured: <reason>", instead of silently missing from the table.

export type Unit = "ms" | "bytes" | "count" | "per-second"
export type Side = "portal" | "opencode"

/** Looks up the portal median of another figure (NaN when it was not measured). */
export type Lookup = (id: string, side?: Side) => number

export interface Target {
  /** As printed beside the figure, e.g. "≤ 60 KiB". */
  text: string
  /** The largest passing value for the portal; NaN when it cannot be known this run. */
  limit: (get: Lookup) => number
  /** `<` instead of `≤`. */
  strict?: boolean
  /** Judge the worst run instead of the median ("no task > 50 ms" holds for every run or not at all). */
  on?: "median" | "max"
}

export interface FigureSpec {
  id: string
  group: string
  label: string
  unit: Unit
  /** Also measured for OpenCode's own web app, with the ratio portal / OpenCode. */
  compare?: boolean
  targets?: Target[]
}

const KIB = 1024
const MIB = 1024 * 1024
// The longtask API only reports tasks over 50 ms, so a recorded 0 means "none over 50 ms".
const NO_LONG_TASK: Target = { text: "no task > 50 ms", limit: () => 50, on: "max" }

const LOAD = "1. Cold load (portal: /servers with 3 servers; OpenCode: its web app at /)"
const SWITCH = "2. Switch server"
const MANY = "3. Many servers"
const LONG = "4. Long session"
const STREAM = "5. Streaming"
const TERM = "6. Terminal"
const FLEET = "7. Fleet: All servers, panes, memory (OpenCode: its web app, servers added in its Settings)"
const CODE = "8. Syntax highlighting (a 2,000-line TypeScript file in the file viewer; quick: 300)"

export const CATALOG: readonly FigureSpec[] = [
  {
    id: "load.jsGzip",
    group: LOAD,
    label: "JS (gzip -9 of each response)",
    unit: "bytes",
    compare: true,
    targets: [
      { text: "≤ 60 KiB", limit: () => 60 * KIB },
      { text: "≥ 10× less than OpenCode", limit: (get) => get("load.jsGzip", "opencode") / 10 },
    ],
  },
  { id: "load.jsRaw", group: LOAD, label: "JS (raw, decoded)", unit: "bytes", compare: true },
  { id: "load.jsWire", group: LOAD, label: "JS (on the wire, as served)", unit: "bytes", compare: true },
  { id: "load.totalGzip", group: LOAD, label: "All responses (gzip -9)", unit: "bytes", compare: true },
  { id: "load.totalRaw", group: LOAD, label: "All responses (raw)", unit: "bytes", compare: true },
  { id: "load.totalWire", group: LOAD, label: "All responses (on the wire)", unit: "bytes", compare: true },
  { id: "load.requests", group: LOAD, label: "Requests", unit: "count", compare: true },
  {
    id: "load.fcp",
    group: LOAD,
    label: "First contentful paint",
    unit: "ms",
    compare: true,
    targets: [{ text: "≤ 1/4 of OpenCode", limit: (get) => get("load.fcp", "opencode") / 4 }],
  },
  { id: "load.lcp", group: LOAD, label: "Largest contentful paint", unit: "ms", compare: true },
  { id: "load.loadEvent", group: LOAD, label: "Load event end", unit: "ms", compare: true },
  { id: "load.ready", group: LOAD, label: "Server list with all statuses on screen", unit: "ms" },
  {
    id: "load.heap",
    group: LOAD,
    label: "JS heap after load (after GC)",
    unit: "bytes",
    compare: true,
    targets: [{ text: "≤ 10 MiB (3 servers)", limit: () => 10 * MIB }],
  },
  {
    id: "switch.time",
    group: SWITCH,
    label: "Choose server → its Sessions list on screen",
    unit: "ms",
    compare: true,
    targets: [{ text: "≤ 50 ms + 2 round trips", limit: (get) => 50 + 2 * get("switch.rtt") }],
  },
  { id: "switch.rtt", group: SWITCH, label: "One round trip (in-page fetch /global/health)", unit: "ms" },
  {
    id: "many.allKnown",
    group: MANY,
    label: "Navigation → every status known",
    unit: "ms",
    targets: [{ text: "≤ 1000 ms", limit: () => 1000 }],
  },
  { id: "many.longestTask", group: MANY, label: "Longest main-thread task meanwhile", unit: "ms", targets: [NO_LONG_TASK] },
  { id: "many.longTasks", group: MANY, label: "Tasks > 50 ms meanwhile", unit: "count" },
  { id: "many.taskCpu", group: MANY, label: "The most CPU time one main-thread task used (its own work; beyond it, a task waited for a core)", unit: "ms" },
  {
    id: "long.open",
    group: LONG,
    label: "Open session → newest message on screen",
    unit: "ms",
    targets: [{ text: "≤ 300 ms", limit: () => 300 }],
  },
  { id: "long.openLink", group: LONG, label: "Session's address loaded in a new tab → newest message on screen", unit: "ms", compare: true },
  {
    id: "long.scrollLongestFrame",
    group: LONG,
    label: "Scroll to top: longest frame",
    unit: "ms",
    compare: true,
    targets: [{ text: "no frame > 50 ms", limit: () => 50, on: "max" }],
  },
  { id: "long.scrollP95Frame", group: LONG, label: "Scroll to top: 95th percentile frame", unit: "ms", compare: true },
  { id: "long.scrollSlowFrames", group: LONG, label: "Scroll to top: frames > 50 ms", unit: "count", compare: true },
  { id: "long.scrollTime", group: LONG, label: "Scroll to top: time to reach the first message", unit: "ms", compare: true },
  {
    id: "long.homeTime",
    group: LONG,
    label: "Home in the message log → first message on screen (fresh tab; older pages load on the way)",
    unit: "ms",
    targets: [{ text: "≤ 2000 ms", limit: () => 2000 }],
  },
  { id: "long.homeLongestFrame", group: LONG, label: "Home: longest frame meanwhile", unit: "ms", targets: [{ text: "no frame > 50 ms", limit: () => 50, on: "max" }] },
  {
    id: "stream.lag",
    group: STREAM,
    label: "Paced (hundreds/s): last delta → on screen",
    unit: "ms",
    compare: true,
    targets: [{ text: "< 100 ms", limit: () => 100, strict: true }],
  },
  { id: "stream.longestTask", group: STREAM, label: "Paced: longest main-thread task while streaming", unit: "ms", compare: true, targets: [NO_LONG_TASK] },
  { id: "stream.deltaRate", group: STREAM, label: "Paced: deltas per second received", unit: "per-second", compare: true },
  { id: "stream.burstLag", group: STREAM, label: "Burst ([[long:N]]): last delta → on screen", unit: "ms", compare: true },
  { id: "stream.burstLongestTask", group: STREAM, label: "Burst: longest main-thread task while streaming", unit: "ms", compare: true, targets: [NO_LONG_TASK] },
  { id: "stream.burstRate", group: STREAM, label: "Burst: deltas per second received", unit: "per-second", compare: true },
  { id: "term.time", group: TERM, label: "Enter → last line of the output on screen", unit: "ms", compare: true, targets: [{ text: "≤ 1000 ms", limit: () => 1000 }] },
  { id: "term.longestTask", group: TERM, label: "Longest main-thread task meanwhile", unit: "ms", compare: true },
  { id: "term.floor", group: TERM, label: "The same output over a bare WebSocket, drawn nowhere (the server's own pace)", unit: "ms" },
  {
    id: "fleet.registered3",
    group: FLEET,
    label: "JS heap, 3 servers registered (after GC)",
    unit: "bytes",
    compare: true,
    targets: [{ text: "≤ 10 MiB", limit: () => 10 * MIB }],
  },
  { id: "fleet.registered10", group: FLEET, label: "JS heap, 10 servers registered (after GC; quick mode: 4)", unit: "bytes", compare: true },
  {
    id: "fleet.allKnown",
    group: FLEET,
    label: "All servers: navigation → every state known (30 servers, 10 real × 20 sessions; quick: 10, 4 real)",
    unit: "ms",
    targets: [{ text: "≤ 2000 ms", limit: () => 2000 }],
  },
  {
    id: "fleet.allAnswered",
    group: FLEET,
    label: "All servers: the servers' last answer to the page's lists and reads (their own pace, a floor for the line above)",
    unit: "ms",
  },
  { id: "fleet.allLongestTask", group: FLEET, label: "All servers: longest main-thread task meanwhile", unit: "ms", targets: [NO_LONG_TASK] },
  { id: "fleet.allLongTasks", group: FLEET, label: "All servers: tasks > 50 ms meanwhile", unit: "count" },
  {
    id: "fleet.allTaskCpu",
    group: FLEET,
    label: "All servers: the most CPU time one main-thread task used (its own work; beyond it, a task waited for a core)",
    unit: "ms",
  },
  {
    id: "fleet.askAll",
    group: FLEET,
    label: "Permission asked on beta → in \"Needs attention\"",
    unit: "ms",
    targets: [{ text: "≤ 500 ms", limit: () => 500 }],
  },
  {
    id: "fleet.askTitle",
    group: FLEET,
    label: "Permission asked on beta → \"(1) \" in the title of alpha's page",
    unit: "ms",
    targets: [{ text: "≤ 500 ms", limit: () => 500 }],
  },
  {
    id: "fleet.paneOpen",
    group: FLEET,
    label: "Second pane: click → newest of 200 messages on screen (beta, while alpha streams)",
    unit: "ms",
    targets: [{ text: "≤ 300 ms", limit: () => 300 }],
  },
  { id: "fleet.paneLongestTask", group: FLEET, label: "Second pane: longest main-thread task while the first streams", unit: "ms", targets: [NO_LONG_TASK] },
  { id: "fleet.paneTaskCpu", group: FLEET, label: "Second pane: the most CPU time one main-thread task used meanwhile (its own work)", unit: "ms" },
  {
    id: "fleet.heapLive",
    group: FLEET,
    label: "All servers: JS heap with 10 live servers (after GC; quick mode: 4)",
    unit: "bytes",
    targets: [{ text: "≤ 15 MiB", limit: () => 15 * MIB }],
  },
  { id: "code.open", group: CODE, label: "Click → coloured lines on screen", unit: "ms" },
  { id: "code.longestFrame", group: CODE, label: "Longest frame from the click until the end's lines are coloured (End in the view)", unit: "ms", targets: [{ text: "no frame > 50 ms", limit: () => 50, on: "max" }] },
  {
    id: "code.highlightFrame",
    group: CODE,
    label: "The highlighter's share: longest frame from the first plain lines on screen until the end's lines are coloured",
    unit: "ms",
    targets: [{ text: "no frame > 50 ms", limit: () => 50, on: "max" }],
  },
]
