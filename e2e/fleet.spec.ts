// "All servers": requests of other servers answered in place, the title count, session states, a
// killed and restarted server, and notifications, against real opencode servers and the mock LLM.
import { execFile } from "node:child_process"
import { existsSync } from "node:fs"
import { mkdir, readFile } from "node:fs/promises"
import { join } from "node:path"
import { promisify } from "node:util"
import type { Page } from "@playwright/test"
import { links } from "../src/lib/routing/links"
import { expect, test, useServers, type OpencodeServer } from "./fixtures"
import { jsonOf, stringField } from "./support/json"
import { seedServers } from "./support/portal-helpers"

const run = promisify(execFile)
// The machine running these may be busy: starting three servers and first prompts take a while.
test.describe.configure({ mode: "serial", timeout: 300_000 })
const fleet = useServers(["alpha", "beta", "gamma"].map((name) => ({ name, startTimeoutMs: 90_000 })))
const server = (name: string) => fleet().get(name)


/** A second git repository on the server, used through its directory (not the server's cwd). */
async function otherDirectory(s: OpencodeServer): Promise<string> {
  const dir = join(s.root, "other-project")
  if (existsSync(dir)) return dir
  await mkdir(dir, { recursive: true })
  await run("git", ["init", "-q", dir])
  await run("git", ["-C", dir, "-c", "user.email=t@example.com", "-c", "user.name=t", "commit", "-q", "--allow-empty", "-m", "init"])
  return dir
}

async function createSession(s: OpencodeServer, directory: string, title: string): Promise<string> {
  const res = await s.api("/session", { method: "POST", json: { title }, headers: { "x-opencode-directory": directory }, timeoutMs: 90_000 })
  return stringField(await jsonOf(res), "id")
}

async function prompt(s: OpencodeServer, directory: string, sessionId: string, text: string): Promise<void> {
  const res = await s.api(`/session/${sessionId}/prompt_async`, { method: "POST", json: { parts: [{ type: "text", text }] }, headers: { "x-opencode-directory": directory }, timeoutMs: 90_000 })
  if (!res.ok) throw new Error(`prompt: HTTP ${res.status}`)
}

const bash = (command: string) => `[[tool:bash ${JSON.stringify({ command, description: "fleet test" })}]]`
const question = { question: "Which database should we use?", header: "Database", options: [{ label: "Postgres", description: "relational" }, { label: "SQLite", description: "a file" }] }

async function open(page: Page, portalUrl: string, path: string): Promise<void> {
  await seedServers(page, portalUrl, ["alpha", "beta", "gamma"].map((name) => ({ id: name, name: `Server ${name}`, url: server(name).url })))
  await page.goto(portalUrl + path)
}

const attention = (page: Page) => page.getByRole("list", { name: "Needs attention" })
const sessionsList = (page: Page) => page.getByRole("list", { name: "All sessions" })
const sessionRow = (page: Page, title: string) => sessionsList(page).getByRole("listitem").filter({ hasText: title })

test("requests on two other servers show in the title, then are answered in place on the All servers page", async ({ page, portal, mockLlm }) => {
  const beta = server("beta")
  const gamma = server("gamma")
  const betaDir = await otherDirectory(beta)
  await open(page, portal.url, links.server("alpha"))
  await expect(page.getByRole("navigation", { name: "Breadcrumbs" })).toContainText("Server alpha")

  const betaSession = await createSession(beta, betaDir, "Beta writes a file")
  await prompt(beta, betaDir, betaSession, bash("echo fleet-ok > fleet.txt"))
  const gammaSession = await createSession(gamma, gamma.workspace, "Gamma asks")
  await prompt(gamma, gamma.workspace, gammaSession, `[[tool:question ${JSON.stringify({ questions: [question] })}]]`)

  // While the page shows server alpha, the title counts what waits elsewhere.
  await expect(page).toHaveTitle(/^\(2\) /, { timeout: 120_000 })
  await expect(page.getByRole("list", { name: "Activity per server" })).toContainText("Server beta")

  // Alt+N from anywhere opens the list and focuses the newest item's first action.
  await page.keyboard.press("Alt+KeyN")
  await expect(page).toHaveURL(/\/all$/)
  await expect(page.getByRole("heading", { level: 1, name: "All servers" })).toBeVisible()
  await expect(attention(page).getByRole("listitem")).toHaveCount(2)
  await expect(page.locator(":focus")).toHaveAccessibleName(/Allow once|Postgres/)

  const permissionItem = attention(page).getByRole("listitem").filter({ hasText: "Server beta" })
  await expect(permissionItem).toContainText("echo fleet-ok > fleet.txt")
  await expect(permissionItem).toContainText(betaDir)
  await expect(permissionItem.getByRole("link", { name: "Open session Beta writes a file" })).toBeVisible()
  await expect(sessionRow(page, "Beta writes a file")).toContainText("Needs permission")
  await expect(sessionRow(page, "Gamma asks")).toContainText("Needs answer")

  await permissionItem.getByRole("button", { name: "Allow once" }).click()
  await expect(permissionItem).toHaveCount(0)
  await expect.poll(() => readFile(join(betaDir, "fleet.txt"), "utf8").catch(() => ""), { timeout: 60_000 }).toBe("fleet-ok\n")
  await expect(page).toHaveTitle(/^\(1\) /)

  const questionItem = attention(page).getByRole("listitem").filter({ hasText: "Server gamma" })
  await expect(questionItem).toContainText("Which database should we use?")
  await questionItem.getByRole("radio", { name: /SQLite/ }).check()
  await questionItem.getByRole("button", { name: "Submit" }).click()
  await expect(attention(page).getByRole("listitem")).toHaveCount(0)
  await expect.poll(() => mockLlm.requests().some((r) => r.turn === "tool-result" && r.reply.startsWith("MOCK TOOL RESULT question") && r.reply.includes("SQLite")), { timeout: 60_000 }).toBe(true)
  await expect(page).toHaveTitle("All servers · OpenCode Portal")

  // Both runs end: idle, and marked as finished since last looked at.
  await expect(sessionRow(page, "Beta writes a file")).toContainText("Idle", { timeout: 60_000 })
  await expect(sessionRow(page, "Beta writes a file")).toContainText("Done, unread")
  await page.getByRole("combobox", { name: "Filter by state" }).selectOption("Done, unread")
  await expect(sessionRow(page, "Gamma asks")).toContainText("Done, unread", { timeout: 60_000 })
  await sessionRow(page, "Beta writes a file").getByRole("link", { name: "Beta writes a file" }).click()
  await expect(page.getByRole("log", { name: "Messages" })).toBeVisible()
  await page.getByRole("link", { name: "All servers" }).click()
  await expect(sessionRow(page, "Beta writes a file")).not.toContainText("Done, unread")
})

test("sessions show Working and Error live, filter by server and state", async ({ page, portal }) => {
  const alpha = server("alpha")
  await open(page, portal.url, links.all())
  await expect(page.getByRole("heading", { level: 1, name: "All servers" })).toBeVisible()
  const slow = await createSession(alpha, alpha.workspace, "Alpha works slowly")
  await prompt(alpha, alpha.workspace, slow, `[[slow:1500]] ${"word ".repeat(20)}`)
  await createSession(server("beta"), server("beta").workspace, "Beta sits idle")
  const broken = await createSession(alpha, alpha.workspace, "Alpha fails")
  await prompt(alpha, alpha.workspace, broken, "[[error:400]] please fail")

  await expect(sessionRow(page, "Alpha works slowly")).toContainText("Working", { timeout: 60_000 })
  await expect(sessionRow(page, "Alpha fails")).toContainText("Error", { timeout: 60_000 })
  await expect(sessionRow(page, "Alpha fails")).toContainText("mock error 400")

  await page.getByRole("combobox", { name: "Filter by server" }).selectOption({ label: "Server beta" })
  await expect(sessionRow(page, "Alpha fails")).toHaveCount(0)
  await expect(sessionRow(page, "Beta sits idle")).toContainText("Idle")
  await page.getByRole("combobox", { name: "Filter by server" }).selectOption({ label: "All servers" })
  await page.getByRole("combobox", { name: "Filter by state" }).selectOption("Error")
  await expect(sessionsList(page).getByRole("listitem")).toHaveCount(1)
  await expect(sessionRow(page, "Alpha fails")).toBeVisible()

  // The failure read back from the server: opened at once, and opened from a page that needed none.
  await page.reload()
  await expect(sessionRow(page, "Alpha fails")).toContainText("mock error 400", { timeout: 30_000 })
  await page.goto(portal.url + links.servers())
  await expect(page.getByRole("heading", { level: 1, name: "Servers" })).toBeVisible()
  await page.getByRole("link", { name: "All servers" }).click()
  await expect(sessionRow(page, "Alpha fails")).toContainText("Error", { timeout: 30_000 })
  await expect(sessionRow(page, "Alpha fails")).toContainText("mock error 400")
})

test("a killed server shows offline with the doctor's words; restarted, its requests return without a reload", async ({ page, portal }) => {
  const gamma = server("gamma")
  await open(page, portal.url, links.all())
  const status = page.getByRole("list", { name: "Server status" }).getByRole("listitem").filter({ hasText: "Server gamma" })
  await expect(status).toContainText("Online", { timeout: 60_000 })

  await gamma.stop()
  await expect(status).toContainText("Offline", { timeout: 60_000 })
  await expect(status).toContainText("Is `opencode serve` running at this address?")
  // The other servers carry on.
  await expect(page.getByRole("list", { name: "Server status" }).getByRole("listitem").filter({ hasText: "Server beta" })).toContainText("Online")

  await gamma.restart()
  await expect(status).toContainText("Online", { timeout: 60_000 })
  const session = await createSession(gamma, gamma.workspace, "Gamma after restart")
  await prompt(gamma, gamma.workspace, session, bash("echo back > back.txt"))
  const item = attention(page).getByRole("listitem").filter({ hasText: "Gamma after restart" })
  await expect(item).toContainText("echo back > back.txt", { timeout: 90_000 })
  await item.getByRole("textbox", { name: "Reject message (optional)" }).fill("not now")
  await item.getByRole("button", { name: "Reject" }).click()
  await expect(item).toHaveCount(0)
  expect(existsSync(join(gamma.workspace, "back.txt"))).toBe(false)
})

test("notifications: asked for on the click only; a request on another server notifies, and the click opens it", async ({ page, portal, context }) => {
  await context.grantPermissions(["notifications"])
  // Records what the page shows, around the real Notification API.
  await page.addInitScript(() => {
    const Real = window.Notification
    const shown: { title: string; body: string }[] = []
    const notes: Notification[] = []
    class Recorded extends Real {
      constructor(title: string, options?: NotificationOptions) {
        super(title, options)
        shown.push({ title, body: options?.body ?? "" })
        notes.push(this)
      }
    }
    Object.assign(window, { __shown: shown, __notes: notes, Notification: Recorded })
  })
  const beta = server("beta")
  await open(page, portal.url, links.all())
  await page.getByRole("button", { name: "Notify me" }).click()
  await expect(page.getByText("Notifications on")).toBeVisible()

  // Another page (a reload too: the setting is kept in this browser); beta's session is not on screen.
  await page.goto(portal.url + links.server("alpha"))
  await expect(page.getByRole("heading", { level: 1, name: "Server alpha" })).toBeVisible()
  const session = await createSession(beta, beta.workspace, "Beta notifies")
  await prompt(beta, beta.workspace, session, bash("echo notified > notified.txt"))
  await expect.poll(() => page.evaluate(() => JSON.stringify(Reflect.get(window, "__shown"))), { timeout: 60_000 }).toContain("Permission needed: bash")
  expect(await page.evaluate(() => JSON.stringify(Reflect.get(window, "__shown")))).toContain("Server beta · Beta notifies")

  // The other worker's tests finish runs on alpha meanwhile, and those notify too: click beta's.
  await page.evaluate(() => {
    const notes: unknown = Reflect.get(window, "__notes")
    const asked = Array.isArray(notes) ? notes.find((note) => note instanceof Notification && note.title === "Permission needed: bash" && note.body.includes("Beta notifies")) : undefined
    if (asked instanceof Notification) asked.onclick?.(new Event("click"))
  })
  await expect(page).toHaveURL(/\/all#per_/)
  await expect(page.locator(":focus")).toHaveAccessibleName("Allow once")
  const item = attention(page).getByRole("listitem").filter({ hasText: "Beta notifies" })
  await item.getByRole("button", { name: "Allow once" }).click()
  await expect(item).toHaveCount(0)
  await expect.poll(() => readFile(join(beta.workspace, "notified.txt"), "utf8").catch(() => ""), { timeout: 60_000 }).toBe("notified\n")
})
