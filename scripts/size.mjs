// Bundle budget: the JavaScript that loads for /servers, gzip-compressed, from dist/index.html's
// entry and everything it imports statically plus the lazy /servers page chunk. Deterministic: it
// reads files, it does not time anything.
import { readFileSync, existsSync } from "node:fs"
import { gzipSync } from "node:zlib"
import { join } from "node:path"

const BUDGET_GZIP = 60 * 1024
const dist = new URL("../dist/", import.meta.url).pathname
const indexHtml = join(dist, "index.html")
if (!existsSync(indexHtml)) {
  console.error("dist/index.html is missing: run npm run build first.")
  process.exit(1)
}

const html = readFileSync(indexHtml, "utf8")
const entries = [...html.matchAll(/<script[^>]+src="([^"]+\.js)"/g), ...html.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+\.js)"/g)].map((m) => m[1])
const files = new Set()
const walk = (rel) => {
  const file = rel.replace(/^.*?assets\//, "assets/")
  if (files.has(file)) return
  files.add(file)
  const code = readFileSync(join(dist, file), "utf8")
  // Static imports only: `import … from "./x.js"` and bare `import "./x.js"`.
  for (const m of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^"'();]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) walk(`assets/${m[1]}`)
}
entries.forEach(walk)
// The /servers page itself is a lazy chunk the router loads at once on that route.
const main = [...files][0]
const serversChunk = main && /["'`]\.\/(servers-[^"'`]+\.js)["'`]/.exec(readFileSync(join(dist, main), "utf8"))?.[1]
if (serversChunk) walk(`assets/${serversChunk}`)

let total = 0
for (const file of files) {
  const gz = gzipSync(readFileSync(join(dist, file)), { level: 9 }).length
  total += gz
  console.log(`${(gz / 1024).toFixed(1).padStart(7)} KB gzip  ${file}`)
}
console.log(`${(total / 1024).toFixed(1).padStart(7)} KB gzip  total JS for /servers (budget ${BUDGET_GZIP / 1024} KB)`)
for (const bad of ["@xterm", "xterm-viewport", "class Terminal"]) {
  for (const file of files) {
    if (readFileSync(join(dist, file), "utf8").includes(bad)) {
      console.error(`FAIL: ${file} (initial JS) contains "${bad}": the terminal must load lazily.`)
      process.exit(1)
    }
  }
}
if (total > BUDGET_GZIP) {
  console.error(`FAIL: ${(total / 1024).toFixed(1)} KB gzip is over the ${BUDGET_GZIP / 1024} KB budget.`)
  process.exit(1)
}
console.log("Bundle budget OK.")
