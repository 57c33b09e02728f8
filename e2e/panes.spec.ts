// Side by side against two real opencode servers and the mock LLM: panes of different servers
// streaming at once, the layout surviving a reload, closing a pane, changes docked beside a chat,
// unknown servers in a layout link, the splitter and F6, and one pane at a time on a phone.
import { basename } from "node:path"
import type { Locator, Page } from "@playwright/test"
import { links } from "../src/lib/routing/links"
import { layoutHref } from "../src/lib/routing/panes"
import { expect as baseExpect, test, useServers, type OpencodeServer } from "./fixtures"
import { jsonOf, stringField } from "./support/json"
import { seedServers } from "./support/portal-helpers"

// Two servers and several views load at once on a shared 2-core machine: first loads take seconds.
test.describe.configure({ mode: "serial", timeout: 180_000 })
const expect = baseExpect.configure({ timeout: 30_000 })
// Two servers start at once; on a busy machine that takes longer than one alone.
const fleet = useServers([
  { name: "alpha", startTimeoutMs: 90_000 },
  { name: "beta", startTimeoutMs: 90_000 },
])
const alpha = () => fleet().get("alpha")
const beta = () => fleet().get("beta")

async function createSession(s: OpencodeServer, title: string): Promise<string> {
  const res = await s.api("/session", { method: "POST", json: { title }, headers: { "x-opencode-directory": s.workspace } })
  return stringField(await jsonOf(res), "id")
}

const seed = (page: Page, portalUrl: string) =>
  seedServers(page, portalUrl, [
    { id: "alpha", name: "Alpha", url: alpha().url },
    { id: "beta", name: "Beta", url: beta().url },
  ])

async function send(pane: Locator, text: string): Promise<void> {
  await pane.getByRole("textbox", { name: "Prompt" }).fill(text)
  await pane.getByRole("textbox", { name: "Prompt" }).press("Enter")
}

const lastReply = (pane: Locator) => pane.getByRole("article", { name: "Assistant reply" }).last()
const panes = (page: Page) => page.getByRole("region", { name: /^(Alpha|Beta|gamma) · / })
/** Many words at a slow pace: the reply streams for several seconds. */
const slow = (words: string) => `[[slow:300]] ${words} one two three four five six seven eight nine ten eleven twelve`

test("two panes on two servers stream at once, a reload restores both, and closing one leaves the other streaming", async ({ page, portal, mockLlm }) => {
  await createSession(alpha(), "Alpha work")
  await createSession(beta(), "Beta work")
  await seed(page, portal.url)
  await page.goto(portal.url + links.directory("alpha", alpha().workspace))
  const row = page.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Alpha work", exact: true }) })
  await row.getByRole("button", { name: "Open side by side" }).click()

  await expect(page).toHaveURL(/\/panes\?pane=alpha\//)
  const alphaPane = page.getByRole("region", { name: "Alpha · Alpha work" })
  const alphaList = page.getByRole("region", { name: `Alpha · Sessions in ${basename(alpha().workspace)}` })
  await expect(alphaPane.getByRole("log", { name: "Messages" })).toBeVisible()
  await expect(alphaList.getByRole("link", { name: "Alpha work", exact: true })).toBeVisible()

  // A pane of another server: its session list, then a session picked there opens in the same pane.
  const add = page.getByRole("form", { name: "Add a pane" })
  await add.getByLabel("Server").selectOption("beta")
  await add.getByLabel("Directory").fill(beta().workspace)
  await add.getByRole("button", { name: "Add pane" }).click()
  const betaList = page.getByRole("region", { name: `Beta · Sessions in ${basename(beta().workspace)}` })
  await betaList.getByRole("link", { name: "Beta work", exact: true }).click()
  const betaPane = page.getByRole("region", { name: "Beta · Beta work" })
  await expect(betaPane.getByRole("log", { name: "Messages" })).toBeVisible()
  await alphaList.getByRole("button", { name: "Close pane" }).click()
  await expect(panes(page)).toHaveCount(2)
  await expect(alphaPane.getByRole("status", { name: "Live updates from Alpha" })).toHaveText(/^Live/)
  await expect(betaPane.getByRole("status", { name: "Live updates from Beta" })).toHaveText(/^Live/)

  await send(alphaPane, slow("alpha streams"))
  await send(betaPane, slow("beta streams"))
  // The first turn of a fresh instance also loads opencode's plugins (seconds on a busy machine).
  await expect(lastReply(alphaPane).getByRole("status")).toHaveText("Replying…", { timeout: 30_000 })
  await expect(lastReply(betaPane).getByRole("status")).toHaveText("Replying…", { timeout: 30_000 })
  // Still replying in Alpha while Beta replies: both streams run at the same time.
  await expect(lastReply(alphaPane).getByRole("status")).toHaveText("Replying…")
  await expect(lastReply(alphaPane)).toContainText("MOCK REPLY: alpha streams one two three four five six seven eight nine ten eleven twelve")
  await expect(lastReply(betaPane)).toContainText("MOCK REPLY: beta streams one two three four five six seven eight nine ten eleven twelve")
  expect(mockLlm.requests().filter((r) => r.lastUserText.includes("alpha streams") && r.turn !== "title")).toHaveLength(1)
  expect(mockLlm.requests().filter((r) => r.lastUserText.includes("beta streams") && r.turn !== "title")).toHaveLength(1)

  await page.reload()
  await expect(panes(page)).toHaveCount(2)
  await expect(lastReply(alphaPane)).toContainText("MOCK REPLY: alpha streams")
  await expect(lastReply(betaPane)).toContainText("MOCK REPLY: beta streams")

  await expect(betaPane.getByRole("status", { name: "Live updates from Beta" })).toHaveText(/^Live/)
  await send(betaPane, slow("beta goes on"))
  await expect(lastReply(betaPane).getByRole("status")).toHaveText("Replying…", { timeout: 30_000 })
  await alphaPane.getByRole("button", { name: "Close pane" }).click()
  await expect(alphaPane).toHaveCount(0)
  await expect(page).not.toHaveURL(/pane=alpha/)
  await expect(lastReply(betaPane)).toContainText("MOCK REPLY: beta goes on one two three four five six seven eight nine ten eleven twelve")
  await expect(lastReply(betaPane).getByRole("status")).toHaveCount(0)
  await expect(betaPane.getByRole("status", { name: "Live updates from Beta" })).toHaveText(/^Live/)
})

test("changes docked beside the chat update as the agent edits", async ({ page, portal }) => {
  const id = await createSession(alpha(), "Docked edit")
  await seed(page, portal.url)
  await page.goto(portal.url + links.session("alpha", alpha().workspace, id))
  await page.getByRole("button", { name: "Dock changes" }).click()
  await expect(page).toHaveURL(/\?dock=changes$/)
  const docked = page.getByRole("complementary", { name: "Docked changes" })
  await expect(docked).toContainText("This session has not changed any files.")
  const chat = page.getByRole("region", { name: "Chat" })

  await send(chat, '[[tool:bash {"command":"echo docked > docked.txt && echo wrote-it","description":"Write docked.txt"}]]')
  await page.getByRole("region", { name: "Waiting for you" }).getByRole("button", { name: "Allow once" }).click()
  await expect(page.getByRole("log", { name: "Messages" })).toContainText("MOCK TOOL RESULT bash: wrote-it", { timeout: 30_000 })
  // No click on Refresh: the session's events bring the new changes in.
  await expect(docked.getByRole("heading", { name: "docked.txt", exact: true })).toBeVisible()
  await expect(chat).toBeVisible()

  await page.getByRole("button", { name: "Dock below" }).click()
  await expect(page).toHaveURL(/\?dock=changes-below$/)
  await expect(docked.getByRole("heading", { name: "docked.txt", exact: true })).toBeVisible()
  await page.getByRole("button", { name: "Dock terminal" }).click()
  await expect(page.getByRole("complementary", { name: "Docked terminal" }).getByRole("list", { name: "Terminals" })).toBeVisible()
})

test("a layout link names an unknown server: its pane offers to add it, the other pane works", async ({ page, portal }) => {
  await seed(page, portal.url)
  const href = layoutHref({
    entries: [
      { ok: true, pane: { serverId: "alpha", directory: alpha().workspace, view: { kind: "sessions" } } },
      { ok: true, pane: { serverId: "gamma", directory: "/srv/gamma", view: { kind: "sessions" } } },
      { ok: false, raw: "alpha/~srv/chat", error: "" },
    ],
    urls: { gamma: "http://127.0.0.1:9/" },
  })
  await page.goto(portal.url + href)
  const unknown = page.getByRole("region", { name: "gamma · Unknown server" })
  await expect(unknown.getByRole("link", { name: "Add this server" })).toHaveAttribute("href", "/servers?add=http%3A%2F%2F127.0.0.1%3A9%2F&id=gamma")
  await expect(page.getByRole("region", { name: "Unreadable pane" })).toContainText("Pane 3 of this link shows “chat”, which is not a view")
  await expect(page.getByRole("region", { name: /^Alpha · Sessions in/ }).getByRole("list", { name: "Sessions" })).toBeVisible()
})

test("panes resize with the keyboard, F6 moves between them, and a phone shows one at a time", async ({ page, portal }) => {
  await createSession(beta(), "Phone session")
  await seed(page, portal.url)
  const pane = (serverId: string, s: OpencodeServer) => ({ ok: true as const, pane: { serverId, directory: s.workspace, view: { kind: "sessions" as const } } })
  await page.goto(portal.url + layoutHref({ entries: [pane("alpha", alpha()), pane("beta", beta())], urls: {} }))
  const left = page.getByRole("region", { name: /^Alpha · / })
  const right = page.getByRole("region", { name: /^Beta · / })
  await expect(right.getByRole("link", { name: "Phone session", exact: true })).toBeVisible()

  const separator = page.getByRole("separator")
  await expect(separator).toHaveAttribute("aria-valuenow", "50")
  const before = (await left.boundingBox())?.width ?? 0
  await separator.focus()
  await page.keyboard.press("ArrowRight")
  await page.keyboard.press("ArrowRight")
  await expect(separator).toHaveAttribute("aria-valuenow", "60")
  expect((await left.boundingBox())?.width ?? 0).toBeGreaterThan(before)

  await page.keyboard.press("F6")
  await expect(right).toBeFocused()
  await page.keyboard.press("F6")
  await expect(left).toBeFocused()
  await page.keyboard.press("Shift+F6")
  await expect(right).toBeFocused()

  await page.setViewportSize({ width: 390, height: 800 })
  const tabs = page.getByRole("tablist", { name: "Panes" })
  await expect(tabs.getByRole("tab")).toHaveCount(2)
  // The pane that had focus is the one that shows.
  await expect(tabs.getByRole("tab", { name: /^Beta · /, selected: true })).toBeVisible()
  await expect(right).toBeVisible()
  await expect(left).toBeHidden()
  await tabs.getByRole("tab", { name: /^Alpha · / }).click()
  await expect(left).toBeVisible()
  await expect(right).toBeHidden()
  await page.keyboard.press("ArrowRight")
  await expect(right).toBeVisible()
  await expect(right.getByRole("link", { name: "Phone session", exact: true })).toBeVisible()
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390)
})
