// The project's nginx.conf, run by real nginx over a copy of the fresh build (dist/), with
// config.json written by the container entrypoint for a real OpenCode server.
import { readFile, rename, rm } from "node:fs/promises"
import { join } from "node:path"
import { gunzipSync } from "node:zlib"
import { expect, test, useServers } from "./fixtures"
import { copyDist, makeReadableTempDir, rawGet, startProjectNginx, writePortalConfig, type Nginx } from "./support/nginx"
import { cspDirectives, watchPage } from "./support/page-watch"

// Quotes, a backslash and non-ASCII survive entrypoint → config.json → app → screen.
const SERVER_NAME = 'Alpha "α" \\ 🚀'
const IMMUTABLE = "public, max-age=31536000, immutable"

const servers = useServers([{ name: "alpha" }])

let root = ""
let nginx: (Nginx & { cleanup(): Promise<void> }) | undefined
let indexHtml = ""
let jsAsset = ""
let cssAsset = ""

function site(): Nginx {
  if (nginx === undefined) throw new Error("nginx is not running (beforeAll failed?)")
  return nginx
}

test.beforeAll(async () => {
  root = await makeReadableTempDir("www")
  indexHtml = await copyDist(root)
  writePortalConfig(join(root, "config.json"), { OPENCODE_SERVER_1_NAME: SERVER_NAME, OPENCODE_SERVER_1_URL: servers().get("alpha").url })
  jsAsset = /src="(\/assets\/[^"]+\.js)"/.exec(indexHtml)?.[1] ?? ""
  cssAsset = /href="(\/assets\/[^"]+\.css)"/.exec(indexHtml)?.[1] ?? ""
  if (!jsAsset || !cssAsset) throw new Error("index.html names no /assets/ script or stylesheet")
  nginx = await startProjectNginx(root)
})

test.afterAll(async () => {
  await nginx?.cleanup()
  if (root) await rm(root, { recursive: true, force: true })
})

const DEEP_LINKS = ["/servers", "/s/anything/deep/link", "/s/alpha/d/~home~me~proj.v2/session/ses_1", "/s/alpha/d/~tmp/file/src/main.ts"]

test("sends the security headers on every kind of answer", async () => {
  for (const path of ["/", ...DEEP_LINKS, jsAsset, "/assets/missing-abc123.js", "/config.json", "/healthz"]) {
    const res = await rawGet(site().url + path)
    const csp = cspDirectives(res.headers["content-security-policy"])
    expect(csp.get("default-src"), path).toEqual(["'self'"])
    expect(csp.get("script-src"), path).toEqual(["'self'"])
    expect(csp.get("style-src"), path).toEqual(["'self'"])
    expect(csp.get("connect-src"), path).toEqual(expect.arrayContaining(["'self'", "http:", "https:", "ws:", "wss:"]))
    expect(csp.get("frame-ancestors"), path).toEqual(["'none'"])
    expect(csp.get("object-src"), path).toEqual(["'none'"])
    expect(csp.get("base-uri"), path).toEqual(["'none'"])
    expect(res.headers["x-content-type-options"], path).toBe("nosniff")
    expect(res.headers["referrer-policy"], path).toBe("no-referrer")
  }
})

test("answers deep links with index.html, so they load after a reload", async () => {
  for (const path of DEEP_LINKS) {
    const res = await rawGet(site().url + path)
    expect(res.status, path).toBe(200)
    expect(res.headers["content-type"], path).toMatch(/^text\/html/)
    expect(res.body.toString("utf8"), path).toBe(indexHtml)
  }
})

test("answers a missing hashed asset with a real 404, not the page", async () => {
  for (const path of ["/assets/missing-abc123.js", "/assets/missing-abc123.css", "/assets/"]) {
    const res = await rawGet(site().url + path)
    expect(res.status, path).toBe(404)
    expect(res.body.toString("utf8"), path).not.toContain('id="root"')
    // A 404 cached for a year would outlive the fix.
    expect(res.headers["cache-control"], path).toBeUndefined()
  }
})

test("caches hashed assets for a year and revalidates index.html and config.json every time", async () => {
  for (const path of [jsAsset, cssAsset]) expect((await rawGet(site().url + path)).headers["cache-control"], path).toBe(IMMUTABLE)
  for (const path of ["/", "/index.html", "/s/anything/deep/link", "/favicon.svg"]) {
    expect((await rawGet(site().url + path)).headers["cache-control"], path).toBe("no-cache")
  }
  const config = await rawGet(`${site().url}/config.json`)
  expect(config.status).toBe(200)
  expect(config.headers["content-type"]).toMatch(/^application\/json/)
  expect(config.headers["cache-control"]).toBe("no-cache")
  expect(JSON.parse(config.body.toString("utf8"))).toEqual({ servers: [{ name: SERVER_NAME, url: servers().get("alpha").url }] })
})

test("answers a missing config.json with 404, which the app reads as no runtime config", async () => {
  const file = join(root, "config.json")
  await rename(file, `${file}.away`)
  try {
    const res = await rawGet(`${site().url}/config.json`)
    expect(res.status).toBe(404)
    expect(res.body.toString("utf8")).not.toContain('id="root"')
  } finally {
    await rename(`${file}.away`, file)
  }
})

test("compresses scripts and styles with gzip for clients that accept it", async () => {
  for (const path of [jsAsset, cssAsset]) {
    const onDisk = await readFile(join(root, path))
    const zipped = await rawGet(site().url + path, { "Accept-Encoding": "gzip" })
    expect(zipped.headers["content-encoding"], path).toBe("gzip")
    expect(zipped.headers.vary, path).toMatch(/Accept-Encoding/i)
    expect(zipped.body.length, path).toBeLessThan(onDisk.length)
    expect(gunzipSync(zipped.body).equals(onDisk), path).toBe(true)
    const plain = await rawGet(site().url + path)
    expect(plain.headers["content-encoding"], path).toBeUndefined()
    expect(plain.body.equals(onDisk), path).toBe(true)
  }
})

test("answers the container health check", async () => {
  const res = await rawGet(`${site().url}/healthz`)
  expect(res.status).toBe(200)
  expect(res.body.toString("utf8")).toBe("ok\n")
})

test("runs the portal through nginx, pre-configured by config.json, with no CSP violation", async ({ page }) => {
  const watch = await watchPage(page)
  await page.goto(`${site().url}/servers`)
  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible()
  const row = page.getByRole("list", { name: "Servers" }).getByRole("listitem").filter({ hasText: SERVER_NAME })
  await expect(row).toHaveCount(1)
  await expect(row).toContainText(servers().get("alpha").url)
  await expect(row.getByText(/Online · v\d/)).toBeVisible()

  // A deep link survives a reload: nginx serves the page, the router the view.
  await page.reload()
  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible()
  await row.getByRole("button", { name: `Switch to ${SERVER_NAME}` }).click()
  await expect(page).toHaveURL(/\/s\/[^/]+$/)
  await page.reload()
  await expect(page).toHaveTitle(`${SERVER_NAME} · OpenCode Portal`)

  expect(await watch.violations()).toEqual([])
  expect(watch.cspMessages()).toEqual([])
  expect(watch.consoleErrors()).toEqual([])
  expect(watch.pageErrors()).toEqual([])
})

test("the CSP blocks injected scripts, foreign scripts and injected <style> elements", async ({ page }) => {
  const watch = await watchPage(page)
  await page.goto(`${site().url}/servers`)
  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible()
  const outcome = await page.evaluate(async () => {
    const inline = document.createElement("script")
    inline.textContent = "window.__inlineRan = true"
    document.body.append(inline)
    const foreign = document.createElement("script")
    foreign.src = "http://127.0.0.1:9/foreign.js"
    const foreignBlocked = new Promise<boolean>((resolve) => {
      foreign.onerror = () => resolve(true)
      foreign.onload = () => resolve(false)
    })
    document.body.append(foreign)
    // What xterm.js would do without the portal's stylesheet routing: a <style> element made at run time.
    const style = document.createElement("style")
    style.textContent = ".csp-probe { color: rgb(1, 2, 3); }"
    document.head.append(style)
    const probe = document.createElement("span")
    probe.className = "csp-probe"
    document.body.append(probe)
    await new Promise((r) => setTimeout(r, 200))
    return {
      inlineRan: (window as unknown as Record<string, unknown>).__inlineRan === true,
      foreignBlocked: await foreignBlocked,
      probeColor: getComputedStyle(probe).color,
    }
  })
  expect(outcome.inlineRan).toBe(false)
  expect(outcome.foreignBlocked).toBe(true)
  expect(outcome.probeColor).not.toBe("rgb(1, 2, 3)")
  const violations = (await watch.violations()).map((v) => `${v.directive} ${v.blocked}`)
  expect(violations.sort()).toEqual(["script-src-elem http://127.0.0.1:9/foreign.js", "script-src-elem inline", "style-src-elem inline"])
})
