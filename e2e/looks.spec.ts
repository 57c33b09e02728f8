// Themes and the rough edges a new user hit, against real opencode servers.
import type { Page } from "@playwright/test"
import { links } from "../src/lib/routing/links"
import { expect, test, useServers, type OpencodeServer } from "./fixtures"
import { jsonOf, stringField } from "./support/json"
import { seedServers } from "./support/portal-helpers"
import { serverRow } from "./support/servers-page"

const PASSWORD = "looks-secret"
const fleet = useServers([
  { name: "open", dirtyFiles: { "README.md": "# open\nchanged\n", "fresh.txt": "new\n" }, startTimeoutMs: 90_000 },
  { name: "locked", password: PASSWORD, startTimeoutMs: 90_000 },
])

async function seed(page: Page, portalUrl: string): Promise<void> {
  await seedServers(page, portalUrl, [
    { id: "open", name: "Open", url: fleet().get("open").url },
    { id: "locked", name: "Locked", url: fleet().get("locked").url },
  ])
}

async function createSession(server: OpencodeServer, title?: string): Promise<string> {
  const res = await server.api("/session", { method: "POST", json: title ? { title } : {}, headers: { "x-opencode-directory": server.workspace } })
  return stringField(await jsonOf(res), "id")
}

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor)

test("Dark is kept across a reload, System follows the OS, and dialogs follow the theme", async ({ page, portal }) => {
  await seed(page, portal.url)
  await page.goto(`${portal.url}/servers`)
  const theme = page.getByRole("combobox", { name: "Theme" })
  await expect(theme).toHaveValue("system")
  expect(await background(page)).toBe("rgb(248, 250, 252)")

  await theme.selectOption({ label: "Dark" })
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark")
  expect(await background(page)).toBe("rgb(2, 6, 23)")
  await page.reload()
  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible()
  await expect(theme).toHaveValue("dark")
  expect(await background(page)).toBe("rgb(2, 6, 23)")
  await page.getByRole("button", { name: "Add server" }).click()
  const dialog = page.getByRole("dialog", { name: "Add server" })
  expect(await dialog.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe("rgb(11, 18, 34)")
  await dialog.getByRole("button", { name: "Cancel" }).click()

  await theme.selectOption({ label: "System" })
  await page.emulateMedia({ colorScheme: "dark" })
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark")
  await page.emulateMedia({ colorScheme: "light" })
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light")

  // The palette's "Theme" steps Light → Dark → System, and Shift+T does the same outside a field.
  await page.keyboard.press("Control+K")
  const palette = page.getByRole("dialog", { name: "Command palette" })
  await page.keyboard.type("theme")
  await expect(palette.getByRole("option").first()).toContainText("Theme")
  await page.keyboard.press("Enter")
  await expect(theme).toHaveValue("light")
  await expect(page.getByRole("status").filter({ hasText: "Theme: Light" })).toBeVisible()
  await page.getByRole("heading", { name: "Servers" }).click()
  await page.keyboard.press("Shift+T")
  await expect(theme).toHaveValue("dark")
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark")
})

test("Save refuses an invalid URL; a wrong password is named and kept in its field", async ({ page, portal }) => {
  await seed(page, portal.url)
  await page.goto(`${portal.url}/servers`)
  await page.getByRole("button", { name: "Add server" }).click()
  const dialog = page.getByRole("dialog", { name: "Add server" })
  await dialog.getByLabel("Name", { exact: true }).fill("Broken")
  await dialog.getByLabel("URL", { exact: true }).fill("not a url")
  await dialog.getByRole("button", { name: "Save" }).click()
  await expect(dialog.getByRole("alert")).toHaveText(`"not a url" is not a valid URL.`)
  await dialog.getByRole("button", { name: "Cancel" }).click()
  await expect(serverRow(page, "Broken")).toHaveCount(0)

  const locked = serverRow(page, "Locked")
  await expect(locked).toContainText("Unauthorized", { timeout: 15_000 })
  const field = locked.getByLabel("Password", { exact: true })
  await field.fill("wrong-one")
  await locked.getByRole("button", { name: "Connect" }).click()
  await expect(locked.getByRole("alert")).toHaveText("Wrong password for Locked.")
  await expect(field).toHaveValue("wrong-one")
  await field.fill(PASSWORD)
  await locked.getByRole("button", { name: "Connect" }).click()
  await expect(locked).toContainText("Online")
  await expect(locked.getByRole("alert")).toHaveCount(0)
})

test("the no-password notice is one line per server, and once dismissed stays away on the list and the terminal", async ({ page, portal }) => {
  await seed(page, portal.url)
  await page.goto(`${portal.url}/servers`)
  const note = page.getByRole("note", { name: "No password on Open" })
  await expect(note).toBeVisible({ timeout: 15_000 })
  await expect(page.getByRole("note", { name: /^No password on/ })).toHaveCount(1)
  await note.getByRole("button", { name: "Dismiss warning" }).click()
  await expect(note).toHaveCount(0)
  await page.reload()
  await expect(serverRow(page, "Open")).toContainText("Online", { timeout: 15_000 })
  await expect(note).toHaveCount(0)
  await page.goto(`${portal.url}${links.directory("open", fleet().get("open").workspace)}/terminal`)
  await expect(page.getByRole("region", { name: /^Terminal / })).toBeVisible({ timeout: 20_000 })
  await expect(page.getByRole("note", { name: /^No password on/ })).toHaveCount(0)
})

test("the switcher names the active server on /servers; the Sessions tab keeps the directory crumb", async ({ page, portal }) => {
  const open = fleet().get("open")
  const id = await createSession(open, "crumb check")
  await seed(page, portal.url)
  await page.goto(portal.url + links.session("open", open.workspace, id))
  const crumbs = page.getByRole("navigation", { name: "Breadcrumbs" })
  await expect(crumbs).toContainText("crumb check")
  await page.getByRole("navigation", { name: "Directory" }).getByRole("link", { name: "Sessions" }).click()
  await expect(crumbs).toContainText(open.workspace)
  await expect(crumbs).not.toContainText("crumb check")

  await page.getByRole("navigation", { name: "Portal" }).getByRole("link", { name: "Servers", exact: true }).click()
  await expect(page.getByRole("combobox", { name: "Active server" })).toHaveValue("open")
  await expect(page.getByRole("option", { name: "Choose a server…" })).toHaveCount(0)
})

test("a default title reads New session with a relative time; fork opens the fork; an unknown session cannot be prompted", async ({ page, portal }) => {
  const open = fleet().get("open")
  const id = await createSession(open)
  await seed(page, portal.url)
  await page.goto(portal.url + links.directory("open", open.workspace))
  const list = page.getByRole("list", { name: "Sessions" })
  const row = list.getByRole("listitem").filter({ has: page.locator(`a[href$="${id}"]`) })
  await expect(row.getByRole("link")).toHaveText("New session")
  await expect(row.locator("time")).toHaveText(/^(just now|1 minute ago)$/)

  await row.getByRole("button", { name: "Fork New session" }).click()
  await expect(page).toHaveURL(/\/session\/ses_/)
  expect(page.url()).not.toContain(id)
  await expect(page.getByRole("heading", { level: 1 })).toContainText("(fork #1)")

  await page.goto(portal.url + links.session("open", open.workspace, "ses_doesnotexist"))
  await expect(page.getByRole("alert").filter({ hasText: "There is no session ses_doesnotexist" })).toBeVisible()
  await expect(page.getByRole("textbox", { name: "Prompt" })).toBeDisabled()
  await expect(page.getByRole("button", { name: "Send" })).toBeDisabled()
})

test("changed files carry M and A marks in words and color; toasts never cover the controls", async ({ page, portal }) => {
  const open = fleet().get("open")
  await seed(page, portal.url)
  await page.goto(portal.url + links.files("open", open.workspace))
  const tree = page.getByRole("tree", { name: "Files" })
  const readme = tree.getByRole("treeitem", { name: "README.md" })
  await expect(readme).toHaveAccessibleDescription("modified")
  await expect(readme).toContainText("M")
  const fresh = tree.getByRole("treeitem", { name: "fresh.txt" })
  await expect(fresh).toHaveAccessibleDescription("added")
  await expect(fresh).toContainText("A")
  const tone = await readme.getByText("M", { exact: true }).evaluate((el) => getComputedStyle(el).backgroundColor)
  expect(tone).not.toBe("rgba(0, 0, 0, 0)")

  await page.getByRole("button", { name: "Close directory" }).click()
  const toast = page.getByRole("status").filter({ hasText: "Closed" })
  await expect(toast).toBeVisible()
  const openButton = page.getByRole("button", { name: "Open directory" })
  const box = await openButton.boundingBox()
  if (!box) throw new Error("Open directory has no box")
  const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest("button")?.textContent ?? "", { x: box.x + box.width / 2, y: box.y + box.height / 2 })
  expect(hit).toBe("Open directory")
})
