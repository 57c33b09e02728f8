// The installable portal: manifest, a service worker that keeps the app shell (never API answers),
// an offline reload that still opens and names the servers it cannot reach, and "Reload to update"
// once a new deployment's worker is waiting.
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import { tmpdir } from "node:os"
import { join } from "node:path"
import type { Page } from "@playwright/test"
import { distDir, expect, test, useServers } from "./fixtures"
import { seedServers } from "./support/portal-helpers"
import { startStaticServer } from "./support/static-server"

const fleet = useServers([{ name: "pwa" }])

test.use({ serviceWorkers: "allow" })

async function waitControlled(page: Page): Promise<void> {
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null)
}

test("serves a manifest and a worker; offline, a reload shows the shell and which servers are unreachable", async ({ page, context, portal }) => {
  const pwa = fleet().get("pwa")
  const manifest = await (await page.request.get(`${portal.url}/manifest.webmanifest`)).json()
  expect(manifest).toMatchObject({ name: "OpenCode Portal", start_url: "./", scope: "./", display: "standalone" })
  for (const icon of manifest.icons) expect((await page.request.get(`${portal.url}/${icon.src}`)).status(), icon.src).toBe(200)

  await seedServers(page, portal.url, [{ id: "pwa", name: "Pwa server", url: pwa.url }])
  await page.goto(`${portal.url}/servers`)
  await expect(page.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest")
  await waitControlled(page)
  const row = page.getByRole("list", { name: "Servers" }).getByRole("listitem").filter({ hasText: "Pwa server" })
  await expect(row).toContainText("Online")

  // The shell is cached; nothing from the OpenCode server is.
  const cached = await page.evaluate(async () => {
    const urls: string[] = []
    for (const key of await caches.keys()) for (const request of await (await caches.open(key)).keys()) urls.push(request.url)
    return urls
  })
  expect(cached).toContain(`${portal.url}/`)
  expect(cached.some((url) => url.startsWith(pwa.url))).toBe(false)
  expect(cached.some((url) => url.endsWith("/config.json"))).toBe(false)

  await context.setOffline(true)
  await page.reload()
  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible()
  await expect(row).toContainText("Offline", { timeout: 20_000 })
  await context.setOffline(false)
  await expect(row).toContainText("Online", { timeout: 20_000 })
})

test("a new deployment is noticed and offered as Reload to update", async ({ page }) => {
  const root = await mkdtemp(join(tmpdir(), "ocp-pwa-"))
  await cp(distDir, root, { recursive: true })
  const site = await startStaticServer({ root })
  try {
    await page.goto(`${site.url}/servers`)
    await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible()
    await waitControlled(page)
    const first = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)
    await expect(page.getByRole("button", { name: "Reload to update" })).toHaveCount(0)

    // A deploy changes sw.js (its shell list names new hashed files); any changed byte will do.
    const sw = join(root, "sw.js")
    await writeFile(sw, `${await readFile(sw, "utf8")}\n// next deployment\n`)
    await page.evaluate(async () => void (await navigator.serviceWorker.getRegistration())?.update())
    const reload = page.getByRole("button", { name: "Reload to update" })
    await expect(reload).toBeVisible({ timeout: 20_000 })
    const loaded = page.waitForEvent("load")
    await reload.click()
    await loaded
    await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible()
    await expect(page.getByRole("button", { name: "Reload to update" })).toHaveCount(0)
    const source = await page.evaluate(async () => (await fetch(navigator.serviceWorker.controller?.scriptURL ?? "")).text())
    expect(source).toContain("// next deployment")
    expect(first).toBe(`${site.url}/sw.js`)
  } finally {
    await site.stop()
    await rm(root, { recursive: true, force: true })
  }
})
