// Fleet tools against real opencode servers: find servers on loopback ports, groups through
// export/import, portable links in a fresh browser profile, copying files between servers.
import { mkdir, readFile, writeFile } from "node:fs/promises"
import { join } from "node:path"
import type { Page } from "@playwright/test"
import { encodeFilePath } from "../src/lib/files/file-path"
import { links } from "../src/lib/routing/links"
import { expect, test, useServers, type OpencodeServer } from "./fixtures"
import { jsonOf, stringField } from "./support/json"
import { seedServers } from "./support/portal-helpers"
import { freePort } from "./support/ports"
import { serverRow } from "./support/servers-page"

const PASSWORD = "fleet-link-pw-93"
const TEXT_PATH = "notes/grüße.txt"
// Leading spaces, CRLF and a final newline: exactly what /file/content would trim away.
const TEXT = "  Grüße aus Köln ✓\r\nzweite Zeile\n"
const PNG_PATH = "img/pixel.png"
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC", "base64")

test.describe.configure({ mode: "serial" })
// Three servers booting at once on a busy shared machine have been seen to take over 30 s.
const START = { startTimeoutMs: 120_000 }
const fleet = useServers([
  { name: "alpha", files: { [TEXT_PATH]: TEXT }, ...START },
  { name: "beta", ...START },
  { name: "gamma", password: PASSWORD, ...START },
])
const server = (name: string) => fleet().get(name)


test.beforeAll(async () => {
  await mkdir(join(server("alpha").workspace, "img"), { recursive: true })
  await writeFile(join(server("alpha").workspace, PNG_PATH), PNG)
  // Boot the instances the copy test uses, so the browser does not queue behind a cold start.
  for (const s of [server("alpha"), server("beta")]) {
    expect((await s.api(`/file?path=.&directory=${encodeURIComponent(s.workspace)}`, { timeoutMs: 90_000 })).status).toBe(200)
  }
})

/** Exact bytes of a file on a server, through its own API. */
async function bytesOn(s: OpencodeServer, directory: string, path: string): Promise<Buffer> {
  const response = await s.api(`/api/fs/read/${encodeFilePath(path)}?location%5Bdirectory%5D=${encodeURIComponent(directory)}`)
  expect(response.status).toBe(200)
  return Buffer.from(await response.arrayBuffer())
}

test("find servers: a port list with two servers and a closed port finds exactly two; add one", async ({ page, portal }) => {
  const closed = await freePort()
  await seedServers(page, portal.url, [])
  await page.goto(`${portal.url}/servers`)
  await page.getByRole("button", { name: "Find servers" }).click()
  const dialog = page.getByRole("dialog", { name: "Find servers" })
  await expect(dialog.getByLabel("Host", { exact: true })).toHaveValue("localhost")
  await dialog.getByLabel("Host", { exact: true }).fill("127.0.0.1")
  await dialog.getByLabel("Ports", { exact: true }).fill(`${server("alpha").port}, ${closed}, ${server("gamma").port}`)
  await dialog.getByRole("button", { name: "Scan" }).click()
  await expect(dialog.getByRole("progressbar", { name: "Scan progress" })).toHaveAttribute("value", "3")
  const found = dialog.getByRole("list", { name: "Found servers" })
  await expect(found.getByRole("listitem")).toHaveCount(2)
  await expect(found).toContainText(`${server("alpha").url}`)
  await expect(found).toContainText("Online · v1.18.33")
  await expect(found).toContainText("Unauthorized")
  await expect(found).not.toContainText(String(closed))

  await dialog.getByRole("button", { name: `Add ${server("alpha").url}` }).click()
  const add = page.getByRole("dialog", { name: "Add server" })
  await expect(add.getByLabel("URL", { exact: true })).toHaveValue(server("alpha").url)
  await add.getByRole("button", { name: "Save" }).click()
  await expect(serverRow(page, `OpenCode :${server("alpha").port}`)).toBeVisible()

  await page.getByRole("button", { name: "Find servers" }).click()
  await dialog.getByLabel("Host", { exact: true }).fill("127.0.0.1")
  await dialog.getByLabel("Ports", { exact: true }).fill(String(server("alpha").port))
  await dialog.getByRole("button", { name: "Scan" }).click()
  await expect(dialog.getByRole("list", { name: "Found servers" })).toContainText(`Registered as OpenCode :${server("alpha").port}`)
})

test("groups: set in the form, shown as collapsible headings and optgroups, kept through reload and export/import; a version-1 file imports", async ({ page, portal, browser }) => {
  await seedServers(page, portal.url, [
    { id: "alpha", name: "Alpha", url: server("alpha").url },
    { id: "beta", name: "Beta", url: server("beta").url },
  ])
  await page.goto(`${portal.url}/servers`)
  await page.getByRole("button", { name: "Edit Alpha" }).click()
  const edit = page.getByRole("dialog", { name: "Edit Alpha" })
  await edit.getByLabel("Group", { exact: true }).fill("dev")
  await edit.getByRole("button", { name: "Save" }).click()

  const dev = page.getByRole("list", { name: "Servers in dev" })
  await expect(dev.getByRole("listitem")).toHaveCount(1)
  await expect(dev).toContainText("Alpha")
  await expect(page.getByRole("list", { name: "Servers in Ungrouped" })).toContainText("Beta")
  const headings = page.getByRole("heading", { level: 2 })
  await expect(headings).toHaveText([/dev/, /Ungrouped/])
  await page.getByRole("button", { name: /^dev/ }).click()
  await expect(dev).toBeHidden()
  await page.getByRole("button", { name: /^dev/ }).click()
  await expect(dev).toBeVisible()
  const switcher = page.getByRole("combobox", { name: "Active server" })
  // Playwright's role engine does not name an <optgroup> by its label, so the label is read as such.
  const optgroups = switcher.locator("optgroup")
  await expect(optgroups).toHaveCount(2)
  await expect(optgroups.first()).toHaveAttribute("label", "dev")
  await expect(optgroups.first().getByRole("option")).toHaveText(["Alpha"])
  await expect(optgroups.last()).toHaveAttribute("label", "Ungrouped")

  await page.reload()
  await expect(page.getByRole("list", { name: "Servers in dev" })).toContainText("Alpha")

  await page.getByRole("button", { name: "Export servers" }).click()
  const download = page.waitForEvent("download")
  await page.getByRole("dialog", { name: "Export servers" }).getByRole("button", { name: "Download" }).click()
  const file = await (await download).path()
  const exported: unknown = JSON.parse(await readFile(file, "utf8"))
  expect(exported).toMatchObject({ format: "opencode-portal.servers", version: 2, servers: [{ id: "alpha", group: "dev" }, { id: "beta" }] })

  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await seedServers(other, portal.url, [])
  await other.goto(`${portal.url}/servers`)
  await other.getByRole("button", { name: "Import servers" }).click()
  const importer = other.getByRole("dialog", { name: "Import servers" })
  await importer.getByLabel("Server list file", { exact: true }).setInputFiles(file)
  await importer.getByRole("button", { name: "Import" }).click()
  await expect(other.getByRole("list", { name: "Servers in dev" })).toContainText("Alpha")

  const v1 = { format: "opencode-portal.servers", version: 1, exportedAt: "2025-06-01T00:00:00.000Z", servers: [{ id: "gamma", name: "Gamma v1", url: server("gamma").url, color: "#db2777" }] }
  await other.getByRole("button", { name: "Import servers" }).click()
  await importer.getByLabel("Or paste the server list", { exact: true }).fill(JSON.stringify(v1))
  await importer.getByRole("button", { name: "Preview" }).click()
  await expect(importer.getByRole("status")).toContainText("1 added")
  await importer.getByRole("button", { name: "Import" }).click()
  await expect(other.getByRole("list", { name: "Servers in Ungrouped" })).toContainText("Gamma v1")
  await fresh.close()
})

test("Copy link on a session opens that session in a fresh profile after Add this server; the link holds no password", async ({ page, portal, browser, context }) => {
  const gamma = server("gamma")
  const created = await jsonOf(await gamma.api(`/session?directory=${encodeURIComponent(gamma.workspace)}`, { method: "POST", json: { title: "linked session" } }))
  const sessionId = stringField(created, "id")
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: portal.url })
  await seedServers(page, portal.url, [{ id: "gamma", name: "Gamma Box", url: gamma.url, color: "#7c3aed" }], { gamma: PASSWORD })
  await page.goto(portal.url + links.session("gamma", gamma.workspace, sessionId))
  await expect(page.getByRole("navigation", { name: "Breadcrumbs" })).toContainText("linked session")
  await page.getByRole("button", { name: "Copy link" }).click()
  await expect(page.getByRole("navigation", { name: "Breadcrumbs" }).getByRole("status")).toHaveText("Copied")
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toContain(links.session("gamma", gamma.workspace, sessionId))
  expect(link).not.toContain(PASSWORD)
  expect(link).not.toContain(Buffer.from(`opencode:${PASSWORD}`).toString("base64"))
  const params = new URL(link).searchParams
  expect([params.get("url"), params.get("name"), params.get("color")]).toEqual([gamma.url, "Gamma Box", "#7c3aed"])

  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto(link)
  await expect(other.getByRole("heading", { name: 'Unknown server "gamma"' })).toBeVisible()
  await expect(other.getByRole("main")).toContainText("Gamma Box")
  await other.getByRole("link", { name: "Add this server" }).click()
  const add = other.getByRole("dialog", { name: "Add server" })
  await expect(add.getByLabel("Name", { exact: true })).toHaveValue("Gamma Box")
  await expect(add.getByLabel("URL", { exact: true })).toHaveValue(gamma.url)
  await expect(add.getByLabel("Color", { exact: true })).toHaveValue("#7c3aed")
  await add.getByLabel("Password", { exact: true }).fill(PASSWORD)
  await add.getByRole("button", { name: "Save" }).click()
  await expect(other).toHaveURL(portal.url + links.session("gamma", gamma.workspace, sessionId))
  // A busy machine has kept a server from answering the first health check in this profile
  // within its 5 s; the gate then retries on its own.
  await expect(other.getByRole("navigation", { name: "Breadcrumbs" })).toContainText("linked session", { timeout: 60_000 })
  await fresh.close()

  // A known server's link opens directly and leaves a short address bar.
  await page.goto(link)
  await expect(page).toHaveURL(portal.url + links.session("gamma", gamma.workspace, sessionId))
})

async function openCopyDialog(page: Page, portalUrl: string, path: string) {
  await page.goto(portalUrl + links.file("alpha", server("alpha").workspace, path))
  // A cold instance's first file listing has taken over 30 s on the busy shared machine.
  await expect(page.getByRole("region", { name: path }).getByText(/lines|image|binary/).first()).toBeVisible({ timeout: 60_000 })
  await page.getByRole("button", { name: "Copy to server…" }).click()
  return page.getByRole("dialog", { name: "Copy file" })
}

test("copy a non-ASCII text file and a PNG to another server (git and non-git), verified on the target; never overwrite unasked", async ({ page, portal }) => {
  // A cold server's first file listings take tens of seconds on 2 cores (measured 30–55 s under load).
  test.setTimeout(150_000)
  const beta = server("beta")
  const plain = join(beta.root, "plain-dir")
  await mkdir(plain, { recursive: true })
  await seedServers(page, portal.url, [
    { id: "alpha", name: "Alpha", url: server("alpha").url },
    { id: "beta", name: "Beta", url: beta.url },
  ])

  let dialog = await openCopyDialog(page, portal.url, TEXT_PATH)
  await expect(dialog).toContainText("Files up to 10.0 MB")
  await dialog.getByRole("combobox", { name: "Server" }).selectOption({ label: "Beta" })
  await dialog.getByLabel("Directory", { exact: true }).fill(beta.workspace)
  await expect(dialog.getByLabel("Path", { exact: true })).toHaveValue(TEXT_PATH)
  await dialog.getByRole("button", { name: "Copy" }).click()
  await expect(dialog.getByRole("status")).toContainText("Copied", { timeout: 60_000 })
  expect((await bytesOn(beta, beta.workspace, TEXT_PATH)).equals(Buffer.from(TEXT))).toBe(true)

  await dialog.getByRole("button", { name: "Close" }).click()
  dialog = await openCopyDialog(page, portal.url, PNG_PATH)
  await dialog.getByRole("combobox", { name: "Server" }).selectOption({ label: "Beta" })
  await dialog.getByLabel("Directory", { exact: true }).fill(plain)
  await dialog.getByRole("button", { name: "Copy" }).click()
  await expect(dialog.getByRole("status")).toContainText("Copied", { timeout: 60_000 })
  expect((await bytesOn(beta, plain, PNG_PATH)).equals(PNG)).toBe(true)
  const content = await jsonOf(await beta.api(`/file/content?directory=${encodeURIComponent(plain)}&path=${encodeURIComponent(PNG_PATH)}`))
  expect(content).toMatchObject({ type: "binary", encoding: "base64", content: PNG.toString("base64") })

  // The target changed on its own; copying again asks, and "Keep it" leaves it alone.
  await writeFile(join(beta.workspace, TEXT_PATH), "edited on beta\n")
  await dialog.getByRole("button", { name: "Close" }).click()
  dialog = await openCopyDialog(page, portal.url, TEXT_PATH)
  await dialog.getByRole("combobox", { name: "Server" }).selectOption({ label: "Beta" })
  await dialog.getByLabel("Directory", { exact: true }).fill(beta.workspace)
  await dialog.getByRole("button", { name: "Copy" }).click()
  await expect(dialog.getByRole("alert")).toContainText("already exists")
  await dialog.getByRole("button", { name: "Keep it" }).click()
  expect(await readFile(join(beta.workspace, TEXT_PATH), "utf8")).toBe("edited on beta\n")
  await dialog.getByRole("button", { name: "Copy" }).click()
  await dialog.getByRole("button", { name: "Replace" }).click()
  await expect(dialog.getByRole("status")).toContainText("Copied", { timeout: 60_000 })
  expect((await readFile(join(beta.workspace, TEXT_PATH))).equals(Buffer.from(TEXT))).toBe(true)
})
