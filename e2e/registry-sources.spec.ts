import { distDir as dist, expect, test, useServers } from "./fixtures"
import { startStaticServer, type StaticServer } from "./support/static-server"
import { addServerViaUi, expectStatus, serverList, serverRow } from "./support/servers-page"

const fleet = useServers([{ name: "alpha" }, { name: "beta" }])

async function portalWithConfig(body: string, contentType = "application/json"): Promise<StaticServer> {
  return startStaticServer({ root: dist, extraRoutes: { "/config.json": { body, contentType } } })
}

test("config.json pre-configures a fresh browser, and its default server opens at /", async ({ page }) => {
  const config = {
    servers: [
      { id: "team-alpha", name: "Team Alpha", url: fleet().get("alpha").url, color: "#16a34a" },
      { id: "team-beta", name: "Team Beta", url: fleet().get("beta").url },
    ],
    defaultServerId: "team-beta",
  }
  const portal = await portalWithConfig(JSON.stringify(config))
  try {
    await page.goto(portal.url)
    await expect(page).toHaveURL(/\/all$/)
    await page.goto(`${portal.url}/servers`)
    await expect(serverList(page).getByRole("listitem")).toHaveCount(2)
    await expectStatus(page, "Team Alpha", "Online")
  } finally {
    await portal.stop()
  }
})

test("a broken config.json is reported and the portal still starts", async ({ page }) => {
  const portal = await portalWithConfig('{"servers": [{"name": "Bad", "url": "javascript:alert(1)"}, {"name": "Good", "url": "' + fleet().get("alpha").url + '"}]}')
  const broken = await portalWithConfig("{ not json")
  try {
    await page.goto(`${portal.url}/servers`)
    await expect(page.getByRole("alert").filter({ hasText: "config.json server Bad" })).toBeVisible()
    await expectStatus(page, "Good", "Online")

    await page.goto(`${broken.url}/servers`)
    await expect(page.getByRole("alert").filter({ hasText: "config.json is not valid JSON" })).toBeVisible()
    await expect(serverRow(page, "Local OpenCode")).toContainText("http://localhost:4000")
  } finally {
    await portal.stop()
    await broken.stop()
  }
})

test("servers an older portal kept in localStorage are migrated once", async ({ page, portal }) => {
  await page.goto(`${portal.url}/favicon.svg`)
  const legacy = [
    { id: "old-alpha", name: "Old Alpha", url: fleet().get("alpha").url, color: "#db2777" },
    { id: "old-beta", name: "Old Beta", url: fleet().get("beta").url, color: "#0891b2" },
  ]
  await page.evaluate((servers) => {
    localStorage.setItem("opencode-servers", JSON.stringify(servers))
    localStorage.setItem("opencode-active-server", "old-beta")
  }, legacy)
  await page.goto(portal.url)
  await expect(page).toHaveURL(/\/all$/)
  await page.goto(`${portal.url}/servers`)
  await expectStatus(page, "Old Alpha", "Online")
  await page.getByRole("button", { name: "Delete Old Alpha" }).click()
  await page.getByRole("dialog", { name: "Delete Old Alpha?" }).getByRole("button", { name: "Delete" }).click()
  await expect(serverRow(page, "Old Alpha")).toHaveCount(0)
  await page.reload()
  await expect(serverRow(page, "Old Beta")).toBeVisible()
  await expect(serverRow(page, "Old Alpha")).toHaveCount(0)
})

test("two tabs stay in step: adds and deletes show without a reload", async ({ context, portal }) => {
  const one = await context.newPage()
  const two = await context.newPage()
  await one.goto(`${portal.url}/servers`)
  await two.goto(`${portal.url}/servers`)
  await addServerViaUi(one, { name: "From Tab One", url: fleet().get("alpha").url })
  await addServerViaUi(two, { name: "From Tab Two", url: fleet().get("beta").url })
  await expect(serverRow(two, "From Tab One")).toBeVisible()
  await expect(serverRow(one, "From Tab Two")).toBeVisible()
  await two.getByRole("button", { name: "Delete From Tab One" }).click()
  await two.getByRole("dialog", { name: "Delete From Tab One?" }).getByRole("button", { name: "Delete" }).click()
  await expect(serverRow(one, "From Tab One")).toHaveCount(0)
  await expect(serverRow(one, "From Tab Two")).toBeVisible()
})

test("without Web Storage the portal works in memory and says so", async ({ browser, portal }) => {
  const context = await browser.newContext()
  await context.addInitScript(() => {
    for (const kind of ["localStorage", "sessionStorage"]) {
      Object.defineProperty(window, kind, {
        get() {
          throw new DOMException("Access is denied for this document.", "SecurityError")
        },
      })
    }
  })
  const page = await context.newPage()
  await page.goto(`${portal.url}/servers`)
  await expect(page.getByRole("alert").filter({ hasText: "Browser storage (localStorage and sessionStorage) is unavailable (Access is denied for this document.)" })).toBeVisible()
  await addServerViaUi(page, { name: "In Memory", url: fleet().get("alpha").url })
  await expectStatus(page, "In Memory", "Online")
  await context.close()
})

test("without IndexedDB the portal works in memory and says so", async ({ browser, portal }) => {
  const context = await browser.newContext()
  await context.addInitScript(() => {
    Object.defineProperty(window, "indexedDB", {
      get() {
        throw new DOMException("The user denied permission to access the database.", "SecurityError")
      },
    })
  })
  const page = await context.newPage()
  await page.goto(`${portal.url}/servers`)
  await expect(page.getByRole("alert").filter({ hasText: "Browser storage (IndexedDB) is unavailable" })).toBeVisible()
  await addServerViaUi(page, { name: "In Memory", url: fleet().get("alpha").url })
  await expectStatus(page, "In Memory", "Online")
  await context.close()
})
