// The nginx snippets of docs/vps-nginx.md, run by real nginx exactly as printed (only the port,
// the folders and the upstream address change): subdomain site, /portal/ prefix over a
// PORTAL_BASE=/portal/ build, and an OpenCode server behind the proxy.
import { execFile } from "node:child_process"
import { randomBytes } from "node:crypto"
import { existsSync } from "node:fs"
import { readFile, rm } from "node:fs/promises"
import { request } from "node:http"
import { join } from "node:path"
import type { Duplex } from "node:stream"
import { promisify } from "node:util"
import { expect, test, useServers, type OpencodeServer } from "./fixtures"
import { stringField } from "./support/json"
import { freePort } from "./support/ports"
import { copyDist, makeReadableTempDir, markedBlocks, projectRoot, rawGet, startNginx, wrapHttp, writePortalConfig, type Nginx } from "./support/nginx"
import { cspDirectives, watchPage } from "./support/page-watch"

const IMMUTABLE = "public, max-age=31536000, immutable"
const PASSWORD = "guide-proxy-password"

const cleanups: (() => Promise<void>)[] = []
test.afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup()
})

/** The guide's block `name`, with each [from, to] swapped in; a swap that does not apply fails. */
async function guideBlock(name: string, swaps: [string | RegExp, string][]): Promise<string> {
  const block = markedBlocks(await readFile(join(projectRoot, "docs", "vps-nginx.md"), "utf8")).get(name)
  if (block === undefined) throw new Error(`docs/vps-nginx.md has no <!-- test: ${name} --> block`)
  return swaps.reduce((text, [from, to]) => {
    const next = text.replace(from, to)
    if (next === text) throw new Error(`docs/vps-nginx.md ${name}: "${String(from)}" not found`)
    return next
  }, block)
}

async function serve(label: string, httpBody: (port: number) => Promise<string>): Promise<Nginx> {
  const prefix = await makeReadableTempDir(label)
  cleanups.push(() => rm(prefix, { recursive: true, force: true }))
  const port = await freePort()
  const nginx = await startNginx({ prefix, port, confText: wrapHttp(prefix, await httpBody(port)) })
  cleanups.push(() => nginx.stop())
  return nginx
}

async function projectCsp(): Promise<string> {
  const conf = await readFile(join(projectRoot, "nginx.conf"), "utf8")
  return /add_header Content-Security-Policy "([^"]+)" always;/.exec(conf)?.[1] ?? "missing"
}

/** What every portal site must do, under `base` ("/" or "/portal/"), for the build in `html`. */
async function expectPortalRules(url: string, base: string, html: string) {
  // The entry script (index.html also loads public/theme.js before it).
  const asset = /src="([^"]*\/assets\/[^"]+\.js)"/.exec(html)?.[1] ?? ""
  expect(asset.startsWith(`${base}assets/`), asset).toBe(true)
  const csp = await projectCsp()
  for (const path of [base, `${base}s/anything/deep/link`, `${base}servers`]) {
    const res = await rawGet(url + path)
    expect(res.status, path).toBe(200)
    expect(res.body.toString("utf8"), path).toBe(html)
    expect(res.headers["cache-control"], path).toBe("no-cache")
    expect(res.headers["content-security-policy"], path).toBe(csp)
    expect(res.headers["x-content-type-options"], path).toBe("nosniff")
    expect(res.headers["referrer-policy"], path).toBe("no-referrer")
  }
  const missing = await rawGet(`${url}${base}assets/missing-abc123.js`)
  expect(missing.status).toBe(404)
  expect(cspDirectives(missing.headers["content-security-policy"]).get("script-src")).toEqual(["'self'"])
  const hashed = await rawGet(url + asset, { "Accept-Encoding": "gzip" })
  expect(hashed.status).toBe(200)
  expect(hashed.headers["cache-control"]).toBe(IMMUTABLE)
  expect(hashed.headers["content-encoding"]).toBe("gzip")
}

test.describe("subdomain site", () => {
  let site: Nginx | undefined
  let html = ""
  test.beforeAll(async () => {
    const root = await makeReadableTempDir("site")
    cleanups.push(() => rm(root, { recursive: true, force: true }))
    html = await copyDist(root)
    site = await serve("site", async (port) =>
      guideBlock("vps-site", [
        ["listen 80;", `listen 127.0.0.1:${port};`],
        [/\n\s*listen \[::\]:80;/, ""],
        ["root /var/www/opencode-portal;", `root ${root};`],
      ]),
    )
  })

  test("serves the build like the project's nginx.conf", async () => {
    if (site === undefined) throw new Error("nginx is not running")
    await expectPortalRules(site.url, "/", html)
    expect((await rawGet(`${site.url}/config.json`)).status).toBe(404)
  })
})

test.describe("path prefix /portal/ with a PORTAL_BASE=/portal/ build", () => {
  const servers = useServers([{ name: "alpha" }])
  let site: Nginx | undefined
  let html = ""
  test.beforeAll(async () => {
    test.setTimeout(180_000)
    const www = await makeReadableTempDir("prefix-www")
    cleanups.push(() => rm(www, { recursive: true, force: true }))
    const out = join(www, "portal")
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith("OPENCODE_SERVER")))
    await promisify(execFile)(join(projectRoot, "node_modules", ".bin", "vite"), ["build", "--outDir", out, "--emptyOutDir", "--logLevel", "warn"], {
      cwd: projectRoot,
      env: { ...env, PORTAL_BASE: "/portal/" },
    })
    if (!existsSync(join(out, "index.html"))) throw new Error("the /portal/ build wrote no index.html")
    writePortalConfig(join(out, "config.json"), { OPENCODE_SERVER_1_NAME: "Alpha", OPENCODE_SERVER_1_URL: servers().get("alpha").url })
    html = await readFile(join(out, "index.html"), "utf8")
    const map = await guideBlock("vps-prefix-map", [])
    const location = await guideBlock("vps-prefix-location", [["root /var/www;", `root ${www};`]])
    site = await serve("prefix", async (port) => `${map}\nserver {\n    listen 127.0.0.1:${port};\n    server_name example.com;\n${location}\n}`)
  })

  test("serves the sub-path build with the same rules", async () => {
    if (site === undefined) throw new Error("nginx is not running")
    await expectPortalRules(site.url, "/portal/", html)
    const bare = await rawGet(`${site.url}/portal`)
    expect(bare.status).toBe(301)
    expect(new URL(bare.headers.location ?? "", site.url).href).toBe(`${site.url}/portal/`)
    const config = await rawGet(`${site.url}/portal/config.json`)
    expect(config.headers["cache-control"]).toBe("no-cache")
    expect(JSON.parse(config.body.toString("utf8"))).toEqual({ servers: [{ name: "Alpha", url: servers().get("alpha").url }] })
  })

  test("runs the portal under /portal/ with no CSP violation", async ({ page }) => {
    if (site === undefined) throw new Error("nginx is not running")
    const watch = await watchPage(page)
    const outside: string[] = []
    page.on("request", (req) => {
      const u = new URL(req.url())
      if (u.origin === site?.url && !u.pathname.startsWith("/portal/")) outside.push(u.pathname)
    })
    await page.goto(`${site.url}/portal/servers`)
    await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible()
    const row = page.getByRole("list", { name: "Servers" }).getByRole("listitem").filter({ hasText: "Alpha" })
    await expect(row.getByText(/Online · v\d/)).toBeVisible()
    await row.getByRole("button", { name: "Switch to Alpha" }).click()
    await expect(page).toHaveURL(/\/portal\/s\/[^/]+$/)
    await page.reload()
    await expect(page).toHaveTitle("Alpha · OpenCode Portal")
    expect(outside).toEqual([])
    expect(await watch.violations()).toEqual([])
    expect(watch.consoleErrors()).toEqual([])
    expect(watch.pageErrors()).toEqual([])
  })

  test("installs under /portal/: manifest and service worker scoped to the sub-path, under the CSP", async ({ browser }) => {
    if (site === undefined) throw new Error("nginx is not running")
    const context = await browser.newContext({ serviceWorkers: "allow" })
    try {
      const page = await context.newPage()
      const watch = await watchPage(page)
      await page.goto(`${site.url}/portal/servers`)
      await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible()
      const href = (await page.locator('link[rel="manifest"]').getAttribute("href")) ?? ""
      expect(href).toBe("/portal/manifest.webmanifest")
      const manifest: unknown = JSON.parse((await rawGet(site.url + href)).body.toString("utf8"))
      const field = (name: string) => (typeof manifest === "object" && manifest !== null && name in manifest ? String(Reflect.get(manifest, name)) : "")
      expect(new URL(field("start_url"), site.url + href).href).toBe(`${site.url}/portal/`)
      expect(new URL(field("scope"), site.url + href).href).toBe(`${site.url}/portal/`)
      const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope)
      expect(scope).toBe(`${site.url}/portal/`)
      await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
      await page.reload()
      await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible()
      expect((await rawGet(`${site.url}/portal/sw.js`)).headers["cache-control"]).toBe("no-cache")
      expect(await watch.violations()).toEqual([])
      expect(watch.pageErrors()).toEqual([])
    } finally {
      await context.close()
    }
  })
})

test.describe("an OpenCode server behind the guide's proxy", () => {
  const servers = useServers([{ name: "guarded", password: PASSWORD }])
  let proxy: Nginx | undefined
  let guarded: OpencodeServer | undefined
  const basic = () => `Basic ${Buffer.from(`${guarded?.username ?? ""}:${PASSWORD}`).toString("base64")}`
  test.beforeAll(async () => {
    guarded = servers().get("guarded")
    const upstream = guarded.url
    proxy = await serve("proxy", async (port) =>
      guideBlock("vps-opencode-proxy", [
        ["listen 80;", `listen 127.0.0.1:${port};`],
        [/\n\s*listen \[::\]:80;/, ""],
        ["proxy_pass http://127.0.0.1:4096;", `proxy_pass ${upstream};`],
      ]),
    )
  })
  const url = () => {
    if (proxy === undefined) throw new Error("nginx is not running")
    return proxy.url
  }

  test("passes the password check and OpenCode's own CORS answers through", async () => {
    const origin = "http://localhost:5173"
    expect((await rawGet(`${url()}/global/health`, { Origin: origin })).status).toBe(401)
    const ok = await rawGet(`${url()}/global/health`, { Origin: origin, Authorization: basic() })
    expect(ok.status).toBe(200)
    expect(ok.headers["access-control-allow-origin"]).toBe(origin)
    expect(JSON.parse(ok.body.toString("utf8"))).toMatchObject({ healthy: true })
  })

  test("streams live events without buffering", async () => {
    const res = await fetch(`${url()}/event`, { headers: { Authorization: basic() }, signal: AbortSignal.timeout(10_000) })
    expect(res.status).toBe(200)
    const reader = res.body?.getReader()
    if (reader === undefined) throw new Error("no event stream")
    // Events must reach the browser while the response is still open: nothing in the proxy may
    // hold them back until the 10 s abort above. (OpenCode also sends X-Accel-Buffering: no.)
    const decoder = new TextDecoder()
    let received = ""
    while (!received.includes("server.connected")) {
      const chunk = await reader.read()
      if (chunk.done) break
      received += decoder.decode(chunk.value, { stream: true })
    }
    expect(received).toContain("server.connected")
    await reader.cancel()
  })

  test("upgrades the terminal WebSocket", async () => {
    const server = guarded
    if (server === undefined) throw new Error("no server")
    const dir = encodeURIComponent(server.workspace)
    const created = await fetch(`${url()}/pty?directory=${dir}`, {
      method: "POST",
      headers: { Authorization: basic(), "Content-Type": "application/json" },
      body: "{}",
    })
    expect(created.status).toBe(200)
    const id = stringField(await created.json(), "id")
    try {
      const token = Buffer.from(`${server.username}:${PASSWORD}`).toString("base64")
      const firstFrame = await new Promise<Buffer>((resolve, reject) => {
        const req = request(`${url()}/pty/${id}/connect?directory=${dir}&auth_token=${encodeURIComponent(token)}`, {
          headers: { Connection: "Upgrade", Upgrade: "websocket", "Sec-WebSocket-Version": "13", "Sec-WebSocket-Key": randomBytes(16).toString("base64") },
        })
        let upgraded: Duplex | undefined
        const timer = setTimeout(() => {
          upgraded?.destroy()
          req.destroy()
          reject(new Error("no WebSocket frame within 10 s"))
        }, 10_000)
        const settle = (finish: () => void) => {
          clearTimeout(timer)
          finish()
        }
        // An "upgrade" event means nginx passed on OpenCode's 101 Switching Protocols.
        req.on("upgrade", (_res, socket, head: Buffer) => {
          upgraded = socket
          const done = (data: Buffer) => {
            socket.destroy()
            settle(() => resolve(data))
          }
          // The first frame may arrive in the same packet as the 101 answer.
          if (head.length > 0) done(head)
          else socket.once("data", done)
        })
        req.on("response", (res) => settle(() => reject(new Error(`no upgrade: HTTP ${res.statusCode ?? 0}`))))
        req.on("error", (err) => settle(() => reject(err)))
        req.end()
      })
      // A WebSocket frame: FIN plus a text (1) or binary (2) opcode.
      expect([0x81, 0x82]).toContain(firstFrame[0])
    } finally {
      await server.api(`/pty/${id}?directory=${dir}`, { method: "DELETE" })
    }
  })
})
