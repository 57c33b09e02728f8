// `npm start`: the portal against a real local OpenCode server, in one command.
// - If nothing answers on http://localhost:4000, starts the pinned `opencode serve` there, in the
//   directory `npm start` was run from, with a generated password (or $OPENCODE_SERVER_PASSWORD).
// - Builds the portal and serves dist/ on http://localhost:3000 (or $PORT, or the next free port).
// - The portal learns the password from its own /config.json on loopback: never from a URL, and it
//   is never printed.
import { spawn, spawnSync } from "node:child_process"
import { randomBytes } from "node:crypto"
import { createReadStream, existsSync, statSync } from "node:fs"
import { createServer } from "node:http"
import { extname, join, normalize } from "node:path"
import { fileURLToPath } from "node:url"

const root = fileURLToPath(new URL("..", import.meta.url))
const dist = join(root, "dist")
const OPENCODE_PORT = 4000
const OPENCODE_URL = `http://localhost:${OPENCODE_PORT}`
const workdir = process.env.INIT_CWD ?? process.cwd()
const children = []

const TYPES = { ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".css": "text/css", ".svg": "image/svg+xml", ".json": "application/json", ".png": "image/png", ".woff2": "font/woff2" }

async function probe(url) {
  try {
    const res = await fetch(`${url}/global/health`, { signal: AbortSignal.timeout(1500) })
    return res.status
  } catch {
    return undefined
  }
}

function startOpencode(password) {
  const bin = join(root, "node_modules", ".bin", "opencode")
  const child = spawn(bin, ["serve", "--port", String(OPENCODE_PORT), "--hostname", "127.0.0.1"], {
    cwd: workdir,
    env: { ...process.env, OPENCODE_SERVER_PASSWORD: password },
    stdio: ["ignore", "pipe", "pipe"],
  })
  children.push(child)
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("opencode serve did not start within 30 s")), 30_000)
    child.stdout.on("data", (chunk) => {
      if (String(chunk).includes("opencode server listening on")) {
        clearTimeout(timer)
        resolve()
      }
    })
    child.stderr.on("data", (chunk) => process.stderr.write(`[opencode] ${String(chunk).replaceAll(password, "********")}`))
    child.on("exit", (code) => {
      clearTimeout(timer)
      reject(new Error(`opencode serve exited with code ${code}`))
    })
  })
}

function serve(port, config) {
  const server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? "/").split("?")[0])
    if (path === "/config.json") {
      res.writeHead(200, { "content-type": "application/json", "cache-control": "no-store" })
      return res.end(JSON.stringify(config))
    }
    let file = normalize(join(dist, path))
    if (!file.startsWith(dist) || !existsSync(file) || statSync(file).isDirectory()) {
      if (path.startsWith("/assets/")) return res.writeHead(404).end("Not found")
      file = join(dist, "index.html")
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" })
    createReadStream(file).pipe(res)
  })
  return new Promise((resolve, reject) => {
    server.once("error", reject)
    server.listen(port, "127.0.0.1", () => resolve(server))
  })
}

async function servePortal(config) {
  const first = Number(process.env.PORT ?? 3000)
  for (let port = first; port < first + 20; port++) {
    if (port === OPENCODE_PORT || port === 4096) continue
    try {
      await serve(port, config)
      return port
    } catch (err) {
      if (err.code !== "EADDRINUSE") throw err
    }
  }
  throw new Error(`No free port from ${first} to ${first + 19}`)
}

function stopAll() {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM")
}
process.on("SIGINT", () => (stopAll(), process.exit(0)))
process.on("SIGTERM", () => (stopAll(), process.exit(0)))

const status = await probe(OPENCODE_URL)
const server = { id: "local", name: "Local OpenCode", url: OPENCODE_URL }
if (status === undefined) {
  const password = process.env.OPENCODE_SERVER_PASSWORD || randomBytes(18).toString("base64url")
  console.log(`Starting opencode serve on ${OPENCODE_URL} in ${workdir} (with a generated password)…`)
  await startOpencode(password)
  server.password = password
} else {
  console.log(`An OpenCode server already answers on ${OPENCODE_URL}${status === 401 ? " (password protected: the portal will ask for it)" : ""}.`)
  if (process.env.OPENCODE_SERVER_PASSWORD) server.password = process.env.OPENCODE_SERVER_PASSWORD
}

console.log("Building the portal…")
const build = spawnSync(process.execPath, [join(root, "node_modules", "vite", "bin", "vite.js"), "build", "--logLevel", "warn"], { cwd: root, stdio: "inherit" })
if (build.status !== 0) {
  stopAll()
  process.exit(build.status ?? 1)
}
const port = await servePortal({ servers: [server], defaultServerId: "local" })
const url = `http://localhost:${port}/`
console.log(`\nOpenCode Portal: ${url}\nConnected to ${OPENCODE_URL}. Press Ctrl+C to stop.`)
if (!process.env.CI && process.env.PORTAL_NO_OPEN === undefined) {
  const opener = process.platform === "darwin" ? "open" : process.platform === "win32" ? "start" : "xdg-open"
  spawn(opener, [url], { stdio: "ignore", detached: true }).on("error", () => undefined).unref()
}
