// Directories per server against real opencode servers: opening by path, projects, recent ones,
// separate session lists per directory, deep links, "Close directory", and switching servers.
import { join } from "node:path"
import type { Page } from "@playwright/test"
import { links } from "../src/lib/routing/links"
import { expect, test, useServers, type OpencodeServer } from "./fixtures"
import { openEvents } from "./support/events"
import { jsonOf, stringField } from "./support/json"
import { seedServers } from "./support/portal-helpers"

const PASSWORD = "directories-secret"
const fleet = useServers([
  { name: "alpha", files: { "sub/notes.md": "notes\n" } },
  { name: "bravo", password: PASSWORD },
])

async function open(page: Page, portalUrl: string, path: string): Promise<void> {
  const [alpha, bravo] = [fleet().get("alpha"), fleet().get("bravo")]
  await seedServers(page, portalUrl, [
    { id: "alpha", name: "Alpha", url: alpha.url },
    { id: "bravo", name: "Bravo", url: bravo.url },
  ], { bravo: PASSWORD })
  await page.goto(portalUrl + path)
}

async function createSession(server: OpencodeServer, title: string, directory?: string): Promise<string> {
  const query = directory ? `?directory=${encodeURIComponent(directory)}` : ""
  return stringField(await jsonOf(await server.api(`/session${query}`, { method: "POST", json: { title } })), "id")
}

const sessions = (page: Page) => page.getByRole("list", { name: "Sessions" })
const live = (page: Page, server: string) => page.getByRole("status", { name: `Live updates from ${server}` })

test("a server home lists its projects and opens a typed directory; unusable paths are refused", async ({ page, portal }) => {
  const alpha = fleet().get("alpha")
  await alpha.api("/project/current")
  await open(page, portal.url, links.server("alpha"))

  const field = page.getByRole("combobox", { name: "Directory path" })
  const openButton = page.getByRole("button", { name: "Open directory" })
  const options = page.getByRole("listbox", { name: "Directories" })
  await field.click()
  await expect(options.getByRole("option", { name: new RegExp(`^${alpha.workspace}\\s*Server directory$`) })).toBeVisible()

  // Absolute paths complete from the server's folders (a fresh instance's first listing can take
  // seconds on a busy machine, as its first file search does).
  await field.fill(`${alpha.workspace}/s`)
  await expect(options.getByRole("option", { name: new RegExp(`^${join(alpha.workspace, "sub")}\\s*Folder$`) })).toBeVisible({ timeout: 30_000 })

  await field.fill("relative/dir")
  await openButton.click()
  await expect(page.getByRole("alert").filter({ hasText: "not an absolute path" })).toBeVisible()

  const missing = join(alpha.root, "no", "such", "dir")
  await field.fill(missing)
  await openButton.click()
  await expect(page.getByRole("alert").filter({ hasText: `“${missing}” is not a usable directory on Alpha` })).toBeVisible()
  await expect(field).toHaveValue(missing)

  const file = join(alpha.workspace, "README.md")
  await field.fill(file)
  await openButton.click()
  await expect(page.getByRole("alert").filter({ hasText: "is not a usable directory on Alpha" })).toBeVisible()

  const sub = join(alpha.workspace, "sub")
  await field.fill(`${sub}/`)
  await openButton.click()
  await expect(page).toHaveURL(portal.url + links.directory("alpha", sub))
  await expect(live(page, "Alpha")).toHaveText(/^Live/)
  await expect(page.getByRole("navigation", { name: "Breadcrumbs" })).toContainText(sub)

  await page.goto(portal.url + links.server("alpha"))
  await field.click()
  await options.getByRole("option", { name: new RegExp(`^${sub}\\s*Recent$`) }).click()
  await expect(page).toHaveURL(portal.url + links.directory("alpha", sub))
})

test("two directories on one server keep separate session lists, each reopened by deep link", async ({ page, portal }) => {
  const alpha = fleet().get("alpha")
  const sub = join(alpha.workspace, "sub")
  await createSession(alpha, "root-only session", alpha.workspace)
  await createSession(alpha, "sub-only session", sub)

  await open(page, portal.url, links.directory("alpha", alpha.workspace))
  await expect(sessions(page).getByRole("link", { name: "root-only session" })).toBeVisible()
  await expect(sessions(page).getByRole("link", { name: "sub-only session" })).toHaveCount(0)

  await page.goto(portal.url + links.directory("alpha", sub))
  await expect(sessions(page).getByRole("link", { name: "sub-only session" })).toBeVisible()
  await expect(sessions(page).getByRole("link", { name: "root-only session" })).toHaveCount(0)

  await page.reload()
  await expect(page).toHaveURL(portal.url + links.directory("alpha", sub))
  await expect(sessions(page).getByRole("link", { name: "sub-only session" })).toBeVisible()
  await expect(live(page, "Alpha")).toHaveText(/^Live/)
})

test("Close directory disposes its instance on the server and the portal opens it again", async ({ page, portal }) => {
  const alpha = fleet().get("alpha")
  const sub = join(alpha.workspace, "sub")
  await createSession(alpha, "kept after close", sub)
  const events = await openEvents(alpha, "/global/event")
  try {
    await open(page, portal.url, links.directory("alpha", sub))
    await expect(live(page, "Alpha")).toHaveText(/^Live/)
    await page.getByRole("button", { name: "Close directory" }).click()
    await events.waitFor((e) => e.type === "server.instance.disposed" && e.properties.directory === sub)
    await expect(page).toHaveURL(portal.url + links.server("alpha"))
    await expect(page.getByRole("status").filter({ hasText: `Closed ${sub} on Alpha` })).toBeVisible()

    await page.getByRole("combobox", { name: "Directory path" }).click()
    await page.getByRole("listbox", { name: "Directories" }).getByRole("option", { name: new RegExp(`^${sub}\\s*Recent$`) }).click()
    await expect(live(page, "Alpha")).toHaveText(/^Live/)
    await expect(sessions(page).getByRole("link", { name: "kept after close" })).toBeVisible()
  } finally {
    events.close()
  }
})

test("switching the active server changes the sessions listed on its home", async ({ page, portal }) => {
  const [alpha, bravo] = [fleet().get("alpha"), fleet().get("bravo")]
  await createSession(alpha, "alpha home session", alpha.workspace)
  await createSession(bravo, "bravo home session", bravo.workspace)

  await open(page, portal.url, links.server("alpha"))
  await expect(sessions(page).getByRole("link", { name: "alpha home session" })).toBeVisible()

  await page.getByLabel("Active server").selectOption({ label: "Bravo" })
  await expect(page).toHaveURL(portal.url + links.server("bravo"))
  await expect(sessions(page).getByRole("link", { name: "bravo home session" })).toBeVisible()
  await expect(sessions(page).getByRole("link", { name: "alpha home session" })).toHaveCount(0)
  await expect(live(page, "Bravo")).toHaveText(/^Live/)
})
