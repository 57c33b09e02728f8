// Bundle budgets, gzip-compressed, from the build manifest (deterministic: it reads files, it
// times nothing): the JavaScript a first visit to /servers loads, and what opening a session
// loads (without the lazily loaded terminal and highlighter). Every lazy chunk is listed too.
import { existsSync, readFileSync } from "node:fs"
import { join } from "node:path"
import { gzipSync } from "node:zlib"
import { measureRoutes } from "./bundle.mjs"

const KB = 1024
const ROUTES = [
  { name: "/servers", modules: ["src/routes/servers.tsx"], budget: 60 * KB },
  // The SDK loads on the first API call (src/api/client.ts): /servers paints without it, but a
  // session cannot show anything before it, so it counts there.
  {
    name: "a session",
    modules: ["src/routes/server-layout.tsx", "src/routes/directory-layout.tsx", "src/routes/session.tsx", "node_modules/@opencode-ai/sdk/dist/v2/client.js"],
    budget: 150 * KB,
  },
]
const dist = new URL("../dist/", import.meta.url).pathname
const manifestFile = join(dist, ".vite/manifest.json")
if (!existsSync(manifestFile)) {
  console.error("dist/.vite/manifest.json is missing: run npm run build first.")
  process.exit(1)
}
const manifest = JSON.parse(readFileSync(manifestFile, "utf8"))
const sizeOf = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length
const kb = (bytes) => `${(bytes / KB).toFixed(1).padStart(7)} KB`

const { routes, lazy } = measureRoutes(manifest, ROUTES, sizeOf)
let failed = false
for (const route of routes) {
  console.log(`${route.name}:`)
  for (const file of route.files) console.log(`${kb(sizeOf(file))} gzip  ${file}`)
  console.log(`${kb(route.bytes)} gzip  total JS for ${route.name} (budget ${route.budget / KB} KB)${route.ok ? "" : "  OVER"}\n`)
  failed ||= !route.ok
  // The terminal is the heaviest dependency; it must stay out of every first load.
  for (const file of route.files) {
    if (["@xterm", "xterm-viewport", "class Terminal"].some((bad) => readFileSync(join(dist, file), "utf8").includes(bad))) {
      console.error(`FAIL: ${file} (loaded at first for ${route.name}) contains xterm: the terminal must load lazily.`)
      failed = true
    }
  }
}
console.log("Lazy chunks (loaded on demand):")
for (const chunk of lazy) console.log(`${kb(chunk.bytes)} gzip  ${chunk.file}`)
if (failed) {
  console.error("FAIL: a bundle budget is exceeded.")
  process.exit(1)
}
console.log("\nBundle budgets OK.")
