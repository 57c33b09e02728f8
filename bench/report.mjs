// Prints bench/results.json as the table `npm run bench` shows. Run alone to re-print the last
// results: node bench/report.mjs [--markdown] [results.json] (--markdown: for docs/performance.md)
import { readFileSync } from "node:fs"
import { fileURLToPath } from "node:url"

const KIB = 1024
const MIB = 1024 * 1024

/** @param {number} value @param {string} unit */
export function formatValue(value, unit) {
  if (!Number.isFinite(value)) return "—"
  switch (unit) {
    case "bytes":
      return value >= MIB ? `${(value / MIB).toFixed(2)} MiB` : `${(value / KIB).toFixed(1)} KiB`
    case "ms":
      return value < 10 ? `${value.toFixed(1)} ms` : `${Math.round(value)} ms`
    case "per-second":
      return `${Math.round(value)}/s`
    default:
      return String(Math.round(value))
  }
}

/** @param {any} side @param {string} unit */
function formatSide(side, unit) {
  if (side === undefined) return ""
  if (!side.measured) return `not measured: ${side.reason}`
  const { median, min, max, n } = side.summary
  const same = formatValue(min, unit) === formatValue(max, unit)
  const spread = n === 1 ? " (n=1)" : same ? ` (every run, n=${n})` : ` (${formatValue(min, unit)}–${formatValue(max, unit)}, n=${n})`
  const failed = side.failures.length > 0 ? ` [${side.failures.length} run(s) failed]` : ""
  return `${formatValue(median, unit)}${spread}${failed}`
}

/** @param {any} target @param {string} unit */
function formatTarget(target, unit) {
  if (target.status === "unknown") return `? ${target.text} (${target.why})`
  const mark = target.status === "pass" ? "PASS" : "MISS"
  const limit = target.limit === null ? "" : ` [limit ${formatValue(target.limit, unit)}]`
  return `${mark} ${target.text}${limit}`
}

/** @param {string[][]} rows */
function table(rows) {
  const widths = rows[0].map((_, col) => Math.max(...rows.map((row) => (row[col] ?? "").length)))
  return rows.map((row) => row.map((cell, col) => (cell ?? "").padEnd(widths[col])).join("  ").trimEnd()).join("\n")
}

/** @param {any} results @returns {string} */
export function renderReport(results) {
  const out = []
  const env = results.environment
  const opts = env.options
  out.push(`OpenCode Portal benchmark — ${env.date} — commit ${env.commit}${opts.quick ? " — QUICK (smoke) mode" : ""}`)
  out.push(
    `Chromium ${env.chromium}, opencode ${env.opencode}, Node ${env.node}, ${env.cpus} × ${env.cpuModel}, ${env.memoryGiB} GiB; ` +
      `load average ${env.loadStart.toFixed(2)} at start, ${env.loadEnd?.toFixed(2) ?? "?"} at end`,
  )
  out.push(
    `Median over ${opts.runs} run(s) after ${opts.warmup} warm-up; spread is (min–max). Workload: ${opts.manyServers} servers, ` +
      `${opts.messages} messages, ${opts.streamWords} streamed words, ${(opts.terminalBytes / 1e6).toFixed(1)} MB terminal output` +
      (opts.fleetServers === undefined ? "." : `; fleet: ${opts.fleetServers} servers, ${opts.fleetLive} of them real and live.`),
  )
  let group = ""
  let rows = []
  const flush = () => {
    if (rows.length > 1) out.push("", group, table(rows))
  }
  for (const figure of results.figures) {
    if (figure.group !== group) {
      flush()
      group = figure.group
      rows = [["  Figure", "Portal", "OpenCode web app", "Portal/OpenCode", "Target"]]
    }
    rows.push([
      `  ${figure.label}`,
      formatSide(figure.portal, figure.unit),
      formatSide(figure.opencode, figure.unit),
      figure.ratio === undefined ? "" : `${figure.ratio.toFixed(3)}×`,
      figure.targets.map((t) => formatTarget(t, figure.unit)).join("; "),
    ])
  }
  flush()
  const targets = results.figures.flatMap((figure) => figure.targets)
  const count = (status) => targets.filter((t) => t.status === status).length
  out.push("", `Targets: ${count("pass")} pass, ${count("miss")} miss, ${count("unknown")} unknown (judged on the median; "no task/frame > 50 ms" on the worst run).`)
  if (results.notes.length > 0) out.push("", "Notes:", ...results.notes.map((note) => `  - ${note}`))
  return out.join("\n")
}

/** @param {any} side @param {string} unit */
function markdownSide(side, unit) {
  if (side === undefined) return ""
  if (!side.measured) return `not measured: ${side.reason}`
  const { median, min, max, n } = side.summary
  const same = formatValue(min, unit) === formatValue(max, unit)
  return n === 1 || same ? `**${formatValue(median, unit)}**` : `**${formatValue(median, unit)}** (${formatValue(min, unit)}–${formatValue(max, unit)})`
}

/** @param {any} results @returns {string} */
export function renderMarkdown(results) {
  const env = results.environment
  const out = [
    `Run of ${env.date.slice(0, 10)}, commit \`${env.commit}\`${env.options.quick ? ", quick mode" : ""}: Chromium ${env.chromium}, opencode ${env.opencode}, ` +
      `${env.cpus} × ${env.cpuModel}; load average ${env.loadStart.toFixed(1)}–${env.loadEnd?.toFixed(1) ?? "?"}. Median (min–max) of ${env.options.runs} runs (${env.options.longRuns} for the long session); no range means every run gave the same.`,
    "",
    "| Figure | Portal | OpenCode web app | Portal / OpenCode | Target |",
    "|---|---|---|---|---|",
  ]
  let group = ""
  for (const figure of results.figures) {
    if (figure.group !== group) {
      group = figure.group
      out.push(`| *${group.replaceAll("|", "\\|")}* | | | | |`)
    }
    const targets = figure.targets.map((t) => (t.status === "unknown" ? `? ${t.text}` : `${t.status === "pass" ? "pass" : "**miss**"}: ${t.text}`)).join("; ")
    const ratio = figure.ratio === undefined ? "" : `${figure.ratio.toFixed(2)}×`
    const cells = [figure.label, markdownSide(figure.portal, figure.unit), markdownSide(figure.opencode, figure.unit), ratio, targets]
    out.push(`| ${cells.map((cell) => cell.replaceAll("|", "\\|")).join(" | ")} |`)
  }
  return out.join("\n").replaceAll("[[", "\\[\\[")
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2)
  const markdown = args.includes("--markdown")
  const file = args.find((arg) => arg !== "--markdown") ?? fileURLToPath(new URL("./results.json", import.meta.url))
  const results = JSON.parse(readFileSync(file, "utf8"))
  console.log(markdown ? renderMarkdown(results) : renderReport(results))
}
