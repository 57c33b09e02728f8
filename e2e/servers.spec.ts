import { readFile } from "node:fs/promises"
import { expect, test, useServers } from "./fixtures"
import { freePort } from "./support/ports"
import { addServerViaUi, expectStatus, serverList, serverRow } from "./support/servers-page"

const PASSWORD = "s3cret-portal-pw"
const fleet = useServers([{ name: "alpha" }, { name: "beta" }, { name: "gamma", password: PASSWORD }])


test.beforeAll(async () => {
  for (const name of ["alpha", "beta", "gamma"]) {
    const response = await fleet().get(name).api("/session", { method: "POST", json: { title: `${name}-only session` } })
    expect(response.status).toBe(200)
  }
})

test("add three servers, see them online, switch and see each one's sessions, reload, deep link", async ({ page, portal, context }) => {
  await page.goto(`${portal.url}/servers`)
  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible()
  await addServerViaUi(page, { name: "Alpha", url: fleet().get("alpha").url })
  await addServerViaUi(page, { name: "Beta", url: fleet().get("beta").url.replace("http://", "") + "/" })
  await addServerViaUi(page, { name: "Gamma", url: fleet().get("gamma").url })

  await expectStatus(page, "Alpha", /Online · v1\.18\.33 · \d+ ms/)
  await expectStatus(page, "Beta", /^.*Online · v1\.18\.33/)
  await expect(serverRow(page, "Beta")).toContainText(fleet().get("beta").url)
  await expectStatus(page, "Gamma", "Unauthorized")

  const gamma = serverRow(page, "Gamma")
  await gamma.getByLabel("Password", { exact: true }).fill(PASSWORD)
  await gamma.getByRole("button", { name: "Connect" }).click()
  await expectStatus(page, "Gamma", "Online")

  await page.getByRole("button", { name: "Switch to Alpha" }).click()
  await expect(page).toHaveURL(/\/s\/alpha$/)
  await expect(page).toHaveTitle("Alpha · OpenCode Portal")
  const sessions = page.getByRole("list", { name: "Sessions" })
  await expect(sessions).toContainText("alpha-only session")

  await page.getByRole("combobox", { name: "Active server" }).selectOption({ label: "Gamma" })
  await expect(page).toHaveURL(/\/s\/gamma$/)
  await expect(sessions).toContainText("gamma-only session")
  await expect(sessions).not.toContainText("alpha-only session")
  await expect(page.getByRole("navigation", { name: "Breadcrumbs" })).toContainText("Gamma")

  await page.reload()
  await expect(page.getByRole("list", { name: "Sessions" })).toContainText("gamma-only session")
  await page.goto(`${portal.url}/servers`)
  await expect(serverList(page).getByRole("listitem")).toHaveCount(4)
  await expectStatus(page, "Gamma", "Online")

  const other = await context.newPage()
  await other.goto(`${portal.url}/s/beta`)
  await expect(other.getByRole("list", { name: "Sessions" })).toContainText("beta-only session")
  await expect(other.getByRole("combobox", { name: "Active server" })).toHaveValue("beta")
  await other.close()

  // With more than one server, `/` opens every server at once.
  await page.goto(portal.url)
  await expect(page).toHaveURL(/\/all$/)
  await expect(page.getByRole("heading", { level: 1, name: "All servers" })).toBeVisible()
})

test("export, then import into a fresh browser profile; passwords stay out unless asked", async ({ page, portal, browser }) => {
  await page.goto(`${portal.url}/servers`)
  await addServerViaUi(page, { name: "Alpha", url: fleet().get("alpha").url })
  await addServerViaUi(page, { name: "Gamma", url: fleet().get("gamma").url, password: PASSWORD, remember: true })
  await expectStatus(page, "Gamma", "Online")

  await page.getByRole("button", { name: "Export servers" }).click()
  const download = page.waitForEvent("download")
  await page.getByRole("dialog", { name: "Export servers" }).getByRole("button", { name: "Download" }).click()
  const file = await (await download).path()
  const text = await readFile(file, "utf8")
  const exported: unknown = JSON.parse(text)
  expect(exported).toMatchObject({ format: "opencode-portal.servers", version: 2 })
  expect(text).not.toContain(PASSWORD)

  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto(`${portal.url}/servers`)
  await other.getByRole("button", { name: "Import servers" }).click()
  const dialog = other.getByRole("dialog", { name: "Import servers" })
  await dialog.getByLabel("Server list file", { exact: true }).setInputFiles(file)
  await expect(dialog.getByRole("status")).toContainText("2 added, 0 updated")
  await dialog.getByRole("button", { name: "Import" }).click()
  await expect(serverRow(other, "Alpha")).toBeVisible()
  await expectStatus(other, "Alpha", "Online")
  await expectStatus(other, "Gamma", "Unauthorized")
  await fresh.close()
})

test("a broken import changes nothing and says why", async ({ page, portal }) => {
  await page.goto(`${portal.url}/servers`)
  await addServerViaUi(page, { name: "Alpha", url: fleet().get("alpha").url })
  const before = await serverList(page).getByRole("listitem").count()
  await page.getByRole("button", { name: "Import servers" }).click()
  const dialog = page.getByRole("dialog", { name: "Import servers" })
  const paste = dialog.getByLabel("Or paste the server list", { exact: true })

  await paste.fill("{ this is not json")
  await dialog.getByRole("button", { name: "Preview" }).click()
  await expect(dialog.getByRole("alert")).toContainText("This is not JSON")
  await expect(dialog.getByRole("button", { name: "Import" })).toBeDisabled()

  await paste.fill(JSON.stringify([{ id: "evil", name: "Evil", url: "javascript:alert(1)", color: "#ff0000" }, { id: "evil", name: "Twin", url: "http://127.0.0.1:1" }]))
  await dialog.getByRole("button", { name: "Preview" }).click()
  await expect(dialog.getByRole("table", { name: "Import preview" })).toContainText("Only http:// and https:// URLs are allowed")
  await expect(dialog.getByRole("status")).toContainText("1 added, 0 updated, 0 unchanged, 1 rejected")

  await paste.fill("x".repeat(10 * 1024 * 1024))
  await dialog.getByRole("button", { name: "Preview" }).click()
  await expect(dialog.getByRole("alert")).toContainText("too large")
  await expect(dialog.getByRole("button", { name: "Import" })).toBeDisabled()
  await dialog.getByRole("button", { name: "Cancel" }).click()
  await expect(serverList(page).getByRole("listitem")).toHaveCount(before)
  await page.reload()
  await expect(serverList(page).getByRole("listitem")).toHaveCount(before)
})

test("delete asks first and can be undone; offline and non-OpenCode servers say so", async ({ page, portal }) => {
  await page.goto(`${portal.url}/servers`)
  await addServerViaUi(page, { name: "Beta", url: fleet().get("beta").url })
  await addServerViaUi(page, { name: "Nowhere", url: `http://127.0.0.1:${await freePort()}` })
  await addServerViaUi(page, { name: "Just a web page", url: portal.url })
  await expectStatus(page, "Nowhere", "Offline")
  await expectStatus(page, "Just a web page", "Not an OpenCode server")

  await page.getByRole("button", { name: "Delete Beta" }).click()
  const confirm = page.getByRole("dialog", { name: "Delete Beta?" })
  await confirm.getByRole("button", { name: "Cancel" }).click()
  await expect(serverRow(page, "Beta")).toBeVisible()
  await page.getByRole("button", { name: "Delete Beta" }).click()
  await confirm.getByRole("button", { name: "Delete" }).click()
  await expect(serverRow(page, "Beta")).toHaveCount(0)
  await page.getByRole("status").getByRole("button", { name: "Undo" }).click()
  await expect(serverRow(page, "Beta")).toBeVisible()
  await page.reload()
  await expectStatus(page, "Beta", "Online")
})

test("editing validates: duplicates refused, name required", async ({ page, portal }) => {
  await page.goto(`${portal.url}/servers`)
  await addServerViaUi(page, { name: "Alpha", url: fleet().get("alpha").url })
  await page.getByRole("button", { name: "Add server" }).click()
  const dialog = page.getByRole("dialog", { name: "Add server" })
  await dialog.getByLabel("URL", { exact: true }).fill(`${fleet().get("alpha").url}/`)
  await dialog.getByRole("button", { name: "Save" }).click()
  await expect(dialog.getByRole("alert").filter({ hasText: "Name is required." })).toBeVisible()
  await expect(dialog.getByRole("alert").filter({ hasText: 'is already registered as "Alpha"' })).toBeVisible()
  await dialog.getByLabel("URL", { exact: true }).fill("ftp://example.com")
  await dialog.getByLabel("Name", { exact: true }).fill("Ftp")
  await dialog.getByRole("button", { name: "Test connection" }).click()
  await expect(dialog.getByRole("alert").filter({ hasText: "Only http:// and https://" })).toBeVisible()
  await dialog.getByLabel("URL", { exact: true }).fill(fleet().get("beta").url)
  await dialog.getByRole("button", { name: "Test connection" }).click()
  await expect(dialog.getByRole("status")).toContainText("Online · v1.18.33")
  await dialog.getByRole("button", { name: "Cancel" }).click()
  await expect(serverRow(page, "Ftp")).toHaveCount(0)

  await page.getByRole("button", { name: "Edit Alpha" }).click()
  const edit = page.getByRole("dialog", { name: "Edit Alpha" })
  await edit.getByLabel("Name", { exact: true }).fill("Alpha Prime")
  await edit.getByRole("button", { name: "Save" }).click()
  await expect(serverRow(page, "Alpha Prime")).toBeVisible()
  await page.getByRole("button", { name: "Switch to Alpha Prime" }).click()
  await expect(page).toHaveURL(/\/s\/alpha$/)
})

test("a link to an unknown server explains and offers to add it, never adds silently", async ({ page, portal }) => {
  const url = fleet().get("beta").url
  await page.goto(`${portal.url}/s/team-beta?url=${encodeURIComponent(url)}`)
  await expect(page.getByRole("heading", { name: 'Unknown server "team-beta"' })).toBeVisible()
  await page.goto(`${portal.url}/servers`)
  await expect(serverRow(page, "team-beta")).toHaveCount(0)
  await page.goBack()
  await page.getByRole("link", { name: "Add this server" }).click()
  const dialog = page.getByRole("dialog", { name: "Add server" })
  await expect(dialog.getByLabel("URL", { exact: true })).toHaveValue(url)
  await dialog.getByLabel("Name", { exact: true }).fill("Team Beta")
  await dialog.getByRole("button", { name: "Save" }).click()
  await page.goto(`${portal.url}/s/team-beta`)
  await expect(page.getByRole("list", { name: "Sessions" })).toContainText("beta-only session")
})

test("a password this tab's storage refuses is said, not dropped, and still connects this page", async ({ browser, portal }) => {
  const context = await browser.newContext()
  await context.addInitScript(() => {
    const setItem = Storage.prototype.setItem
    Storage.prototype.setItem = function (key: string, value: string) {
      if (key === "opencode-portal.passwords") throw new DOMException("The quota has been exceeded.", "QuotaExceededError")
      setItem.call(this, key, value)
    }
  })
  const page = await context.newPage()
  await page.goto(`${portal.url}/servers`)
  await addServerViaUi(page, { name: "Gamma", url: fleet().get("gamma").url, password: PASSWORD })
  await expect(page.getByRole("alert").filter({ hasText: "Saved Gamma, but could not keep its password: this tab's storage refused it (The quota has been exceeded.)" })).toBeVisible()
  await expectStatus(page, "Gamma", "Online")

  await page.reload()
  await expectStatus(page, "Gamma", "Unauthorized")
  const gamma = serverRow(page, "Gamma")
  await gamma.getByLabel("Password", { exact: true }).fill(PASSWORD)
  await gamma.getByRole("button", { name: "Connect" }).click()
  await expect(page.getByRole("alert").filter({ hasText: "Could not keep the password for Gamma: this tab's storage refused it (The quota has been exceeded.); it works until the page reloads" })).toBeVisible()
  await expectStatus(page, "Gamma", "Online")
  await context.close()
})

test("a save the browser's storage refuses keeps the form open and says why", async ({ page, portal }) => {
  await page.goto(`${portal.url}/servers`)
  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible()
  await page.evaluate(() => {
    IDBObjectStore.prototype.put = () => {
      throw new DOMException("The quota has been exceeded.", "QuotaExceededError")
    }
  })
  await page.getByRole("button", { name: "Add server" }).click()
  const dialog = page.getByRole("dialog", { name: "Add server" })
  await dialog.getByLabel("Name", { exact: true }).fill("Full Disk")
  await dialog.getByLabel("URL", { exact: true }).fill(fleet().get("alpha").url)
  await dialog.getByRole("button", { name: "Save" }).click()
  await expect(dialog.getByRole("alert")).toHaveText("Could not save Full Disk: The quota has been exceeded.")
  await expect(dialog.getByRole("button", { name: "Save" })).toBeEnabled()
  await expect(serverRow(page, "Full Disk")).toHaveCount(0)
})
