// `npm run bench [-- --quick] [-- --runs N] [-- --only load,many] [-- --no-build]`
// Builds the portal, runs bench/portal.bench.ts with Playwright's runner (it reuses the e2e
// harness, which is TypeScript, without adding a TS loader), then prints bench/results.json.
// The build goes to .tmp/bench-dist, not dist/: a concurrent `vite build` empties dist/ while it
// runs, which would turn a measurement into a 404.
import { spawnSync } from "node:child_process"
import { existsSync, readFileSync, rmSync } from "node:fs"
import { fileURLToPath } from "node:url"
import { renderReport } from "./report.mjs"

const root = fileURLToPath(new URL("..", import.meta.url))
const results = fileURLToPath(new URL("./results.json", import.meta.url))
const outDir = fileURLToPath(new URL("../.tmp/bench-dist", import.meta.url))
const bin = (name) => fileURLToPath(new URL(`../node_modules/.bin/${name}`, import.meta.url))

const USAGE = `usage: npm run bench [-- --quick] [-- --runs N] [-- --only load,switch,many,long,stream,term,fleet,code] [-- --no-build]
  --quick     smoke mode: 1 run, 10 servers, 200 messages, 300 words, 1 MB of terminal output, 4 live servers, a 300-line file
  --runs N    measured runs per figure (default 5, quick 1)
  --only G,…  run only these figure groups; the others are reported as not measured
  --no-build  measure the previous bench build (.tmp/bench-dist) again`

function parseArgs(argv) {
  const env = {}
  let build = true
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i].split("=", 2)
    const value = () => inline ?? argv[++i]
    if (flag === "--quick") env.BENCH_QUICK = "1"
    else if (flag === "--runs") env.BENCH_RUNS = value() ?? ""
    else if (flag === "--only") env.BENCH_ONLY = value() ?? ""
    else if (flag === "--no-build") build = false
    else if (flag === "--help" || flag === "-h") return { help: true }
    else throw new Error(`unknown option "${argv[i]}"\n${USAGE}`)
  }
  return { env, build }
}

// Build-time server lists (OPENCODE_SERVER_*) and a base path from the caller's shell would change
// what is measured, so the build never sees them.
const buildEnv = Object.fromEntries(
  Object.entries(process.env).filter(([key]) => !key.startsWith("OPENCODE_SERVER_") && key !== "PORTAL_BASE"),
)

function run(command, args, env, base = process.env) {
  const result = spawnSync(command, args, { cwd: root, stdio: "inherit", env: { ...base, ...env } })
  if (result.error) throw result.error
  return result.status ?? 1
}

let parsed
try {
  parsed = parseArgs(process.argv.slice(2))
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exit(2)
}
if (parsed.help) {
  console.log(USAGE)
  process.exit(0)
}
if (parsed.build) {
  console.log("bench: building the portal (vite build)…")
  const args = ["build", "--logLevel", "error", "--outDir", outDir, "--emptyOutDir"]
  if (run(bin("vite"), args, {}, buildEnv) !== 0) {
    console.error("bench: the build failed; nothing was measured.")
    process.exit(1)
  }
}
if (!existsSync(`${outDir}/index.html`)) {
  console.error(`bench: ${outDir}/index.html is missing; run without --no-build first.`)
  process.exit(1)
}
rmSync(results, { force: true })
const status = run(bin("playwright"), ["test", "-c", "bench/playwright.bench.config.ts"], { ...parsed.env, BENCH_DIST: outDir })
if (!existsSync(results)) {
  console.error(`bench: no results were written (Playwright exited with ${status}); see the output above.`)
  process.exit(1)
}
console.log(`\n${renderReport(JSON.parse(readFileSync(results, "utf8")))}\n\nSaved: bench/results.json`)
process.exit(status)
