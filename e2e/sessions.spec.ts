// The session list of a directory against real opencode servers: actions, live updates from
// elsewhere, statuses, and the event stream recovering from a server restart.
import type { Page } from "@playwright/test"
import { links } from "../src/lib/routing/links"
import { expect, test, useServers, type OpencodeServer } from "./fixtures"
import { isRecord, jsonOf, stringField } from "./support/json"
import { seedServers } from "./support/portal-helpers"

const fleet = useServers([{ name: "delta" }, { name: "echo" }])

async function openDirectory(page: Page, portalUrl: string, server: OpencodeServer, id: string): Promise<void> {
  await seedServers(page, portalUrl, [{ id, name: id.toUpperCase(), url: server.url }])
  await page.goto(portalUrl + links.directory(id, server.workspace))
  await expect(page.getByRole("status", { name: `Live updates from ${id.toUpperCase()}` })).toHaveText(/^Live/)
}

async function createSession(server: OpencodeServer, body: Record<string, unknown>): Promise<string> {
  return stringField(await jsonOf(await server.api("/session", { method: "POST", json: body })), "id")
}

async function prompt(server: OpencodeServer, sessionId: string, text: string): Promise<void> {
  const response = await server.api(`/session/${sessionId}/prompt_async`, { method: "POST", json: { parts: [{ type: "text", text }] } })
  expect(response.status).toBe(204)
}

const list = (page: Page) => page.getByRole("list", { name: "Sessions" })
const link = (page: Page, title: string) => list(page).getByRole("link", { name: title, exact: true })
const button = (page: Page, name: string) => page.getByRole("button", { name, exact: true })

test("create, rename, search, fork, archive and delete sessions from the list", async ({ page, portal }) => {
  const delta = fleet().get("delta")
  await openDirectory(page, portal.url, delta, "delta")

  await button(page, "New session").click()
  await expect(page).toHaveURL(/\/session\/ses_/)
  const id = decodeURIComponent(page.url().split("/session/")[1] ?? "")
  // The server's default title ("New session - <ISO time>") reads as "New session".
  expect(stringField(await jsonOf(await delta.api(`/session/${id}`)), "title")).toMatch(/^New session - \d{4}-/)
  await page.getByRole("navigation", { name: "Directory" }).getByRole("link", { name: "Sessions" }).click()
  await expect(link(page, "New session")).toBeVisible()

  await button(page, "Rename New session").click()
  const dialog = page.getByRole("dialog", { name: "Rename session" })
  await dialog.getByLabel("Title").fill("Portal renamed")
  await dialog.getByRole("button", { name: "Save" }).click()
  await expect(link(page, "Portal renamed")).toBeVisible()
  await expect.poll(async () => stringField(await jsonOf(await delta.api(`/session/${id}`)), "title")).toBe("Portal renamed")

  // A fork opens at once.
  await button(page, "Fork Portal renamed").click()
  await expect(page.getByRole("heading", { name: "Portal renamed (fork #1)", level: 1 })).toBeVisible()
  await page.getByRole("navigation", { name: "Directory" }).getByRole("link", { name: "Sessions" }).click()
  await expect(link(page, "Portal renamed (fork #1)")).toBeVisible()

  const search = page.getByRole("searchbox", { name: "Search sessions" })
  await search.fill("FORK")
  await expect(link(page, "Portal renamed (fork #1)")).toBeVisible()
  await expect(link(page, "Portal renamed")).toHaveCount(0)
  await search.fill("")

  await button(page, "Archive Portal renamed (fork #1)").click()
  await expect(link(page, "Portal renamed (fork #1)")).toHaveCount(0)
  const showArchived = page.getByRole("checkbox", { name: "Show archived" })
  await showArchived.check()
  await expect(link(page, "Portal renamed (fork #1)")).toBeVisible()
  await button(page, "Unarchive Portal renamed (fork #1)").click()
  await showArchived.uncheck()
  await expect(link(page, "Portal renamed (fork #1)")).toBeVisible()

  await button(page, "Delete Portal renamed").click()
  const confirm = page.getByRole("dialog", { name: "Delete session?" })
  await confirm.getByRole("button", { name: "Delete" }).click()
  await expect(link(page, "Portal renamed")).toHaveCount(0)
  await expect.poll(async () => (await delta.api(`/session/${id}`)).status).toBe(404)
})

test("sessions created, renamed and deleted through the API show up live, children under their parent", async ({ page, portal }) => {
  const delta = fleet().get("delta")
  await openDirectory(page, portal.url, delta, "delta")

  const parent = await createSession(delta, { title: "made by the API" })
  await expect(link(page, "made by the API")).toBeVisible()
  await createSession(delta, { title: "child of the API one", parentID: parent })
  await createSession(delta, { title: "newer top-level one" })
  await expect(link(page, "child of the API one")).toBeVisible()
  const titles = await list(page).getByRole("link").allTextContents()
  const at = (title: string) => titles.indexOf(title)
  expect(at("child of the API one")).toBe(at("made by the API") + 1)
  expect(at("newer top-level one")).toBeLessThan(at("made by the API"))

  await delta.api(`/session/${parent}`, { method: "PATCH", json: { title: "renamed by the API" } })
  await expect(link(page, "renamed by the API")).toBeVisible()
  await delta.api(`/session/${parent}`, { method: "DELETE" })
  await expect(link(page, "renamed by the API")).toHaveCount(0)
})

test("the list shows when a session waits for permission, retries, and is idle again", async ({ page, portal }) => {
  const delta = fleet().get("delta")
  await openDirectory(page, portal.url, delta, "delta")
  const id = await createSession(delta, { title: "status watcher" })
  const row = list(page).getByRole("listitem").filter({ has: page.getByRole("link", { name: "status watcher", exact: true }) })
  await expect(row).toContainText("Idle")

  await prompt(delta, id, `[[tool:bash {"command":"echo status-check","description":"Check"}]]`)
  await expect(row).toContainText("Waiting for permission")
  const pending = await jsonOf(await delta.api("/permission"))
  const request = Array.isArray(pending) ? pending.find((p) => isRecord(p) && p.sessionID === id) : undefined
  await delta.api(`/permission/${stringField(request, "id")}/reply`, { method: "POST", json: { reply: "reject" } })
  await expect(row).toContainText("Idle")

  await prompt(delta, id, "[[error:500]]")
  await expect(row).toContainText(/Retrying \(attempt \d+\) in \d+ s/)
  await delta.api(`/session/${id}/abort`, { method: "POST" })
  await expect(row).toContainText("Idle")
})

test("the stream recovers after the server restarts and catches up on what it missed", async ({ page, portal }) => {
  const echo = fleet().get("echo")
  await openDirectory(page, portal.url, echo, "echo")
  const indicator = page.getByRole("status", { name: "Live updates from ECHO" })

  const restarting = echo.restart()
  await expect(indicator).toHaveText(/^(Reconnecting|Offline)/)
  await restarting
  await expect(indicator).toHaveText(/^Live/, { timeout: 20_000 })

  await createSession(echo, { title: "after the restart" })
  await expect(link(page, "after the restart")).toBeVisible()
})
