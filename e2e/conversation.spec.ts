// The conversation against a real opencode server and the mock LLM: following the log, interrupted
// replies after a crash, inline diffs, revert and restore, fork, compact, export, share, auto-accept.
import { readFile } from "node:fs/promises"
import { join } from "node:path"
import type { Page } from "@playwright/test"
import { links } from "../src/lib/routing/links"
import { expect, test, useServers, type OpencodeServer } from "./fixtures"
import { seedServers } from "./support/portal-helpers"
import { arrayOf, isRecord, jsonOf, stringField } from "./support/json"

const SERVER_ID = "convo"
const fleet = useServers([{ name: "convo", startTimeoutMs: 120_000, files: { "hello.txt": "one\ntwo\nthree\n" } }])
const server = () => fleet().get("convo")

test.describe.configure({ mode: "serial" })
// The first turn of a fresh instance loads opencode's plugins: tens of seconds on a busy 2-core machine.
const FIRST_REPLY = { timeout: 90_000 }
test.setTimeout(240_000)

const dirHeader = (s: OpencodeServer) => ({ "x-opencode-directory": s.workspace })

async function createSession(s: OpencodeServer, title: string): Promise<string> {
  return stringField(await jsonOf(await s.api("/session", { method: "POST", json: { title }, headers: dirHeader(s) })), "id")
}

async function openSession(page: Page, portalUrl: string, sessionId: string): Promise<void> {
  await seedServers(page, portalUrl, [{ id: SERVER_ID, name: "Convo", url: server().url }])
  await page.goto(portalUrl + links.session(SERVER_ID, server().workspace, sessionId))
  await expect(page.getByRole("log", { name: "Messages" })).toBeVisible()
}

async function send(page: Page, text: string): Promise<void> {
  await page.getByRole("textbox", { name: "Prompt" }).fill(text)
  await page.getByRole("textbox", { name: "Prompt" }).press("Enter")
}

/** The file as the server reads it from disk. */
async function fileOnServer(path: string): Promise<string> {
  const body = await jsonOf(await server().api(`/file/content?path=${encodeURIComponent(path)}&directory=${encodeURIComponent(server().workspace)}`))
  return stringField(body, "content")
}

const replies = (page: Page) => page.getByRole("article", { name: "Assistant reply" })
const log = (page: Page) => page.getByRole("log", { name: "Messages" })
const menu = (page: Page) => page.getByText("Session actions", { exact: true })
const editPrompt = (from: string, to: string) => `[[tool:edit {"filePath":"${join(server().workspace, "hello.txt")}","oldString":"${from}","newString":"${to}"}]]`

test("the log follows six quick prompts; scrolled up it stays put and offers Jump to latest", async ({ page, portal }) => {
  const id = await createSession(server(), "Following")
  await openSession(page, portal.url, id)
  for (let i = 1; i <= 6; i++) {
    await send(page, `quick prompt number ${i}`)
    await expect(log(page)).toContainText(`MOCK REPLY: quick prompt number ${i}`, FIRST_REPLY)
    await expect(page.getByText(`MOCK REPLY: quick prompt number ${i}`)).toBeInViewport()
  }
  await expect(page.getByRole("button", { name: "Jump to latest" })).toHaveCount(0)

  await log(page).hover()
  await page.mouse.wheel(0, -5000)
  await expect(page.getByRole("button", { name: "Jump to latest" })).toBeVisible()
  const top = await log(page).evaluate((el) => el.scrollTop)
  await send(page, "[[slow:50]] arrives while scrolled up")
  await expect(page.getByRole("button", { name: /Jump to latest \(2 new messages\)/ })).toBeVisible(FIRST_REPLY)
  await expect(replies(page).last()).toHaveAttribute("data-streaming", "false", FIRST_REPLY)
  expect(await log(page).evaluate((el) => el.scrollTop)).toBe(top)
  await expect(page.getByText("MOCK REPLY: arrives while scrolled up")).not.toBeInViewport()

  await page.getByRole("button", { name: "Jump to latest" }).click()
  await expect(page.getByText("MOCK REPLY: arrives while scrolled up")).toBeInViewport()
  await expect(page.getByRole("button", { name: "Jump to latest" })).toHaveCount(0)
})

test("a server killed mid-reply leaves an Interrupted reply, not a phantom Replying…, also after a reload", async ({ page, portal }) => {
  const id = await createSession(server(), "Crashed reply")
  await openSession(page, portal.url, id)
  await send(page, `[[slow:400]] ${Array.from({ length: 40 }, (_, i) => `w${i}`).join(" ")}`)
  const reply = replies(page).last()
  await expect(reply.getByRole("status")).toHaveText("Replying…", FIRST_REPLY)
  await expect(reply).toContainText("MOCK REPLY")

  await server().restart()
  await expect(reply).toContainText("Interrupted", FIRST_REPLY)
  await expect(reply).toHaveAttribute("aria-busy", "false")
  await expect(page.getByText("Replying…")).toHaveCount(0)
  await expect(page.getByRole("button", { name: "Stop" })).toHaveCount(0)

  await page.reload()
  await expect(replies(page).last()).toContainText("Interrupted")
  await expect(page.getByText("Replying…")).toHaveCount(0)
  await expect(replies(page).last()).toHaveAttribute("data-streaming", "false")
})

test("an edit shows its diff in the permission card and inline; revert undoes it on disk and Restore brings it back", async ({ page, portal }) => {
  const id = await createSession(server(), "Edit review")
  await openSession(page, portal.url, id)
  await send(page, editPrompt("two", "TWO"))

  const card = page.getByRole("region", { name: "Waiting for you" })
  await expect(card.getByRole("deletion")).toHaveText("-two", FIRST_REPLY)
  await expect(card.getByRole("insertion")).toHaveText("+TWO")
  await card.getByRole("button", { name: "Allow once" }).click()

  const tool = page.getByRole("region", { name: "Tool edit" })
  await expect(tool).toContainText("Completed")
  await expect(tool.getByRole("deletion")).toHaveText("-two")
  await expect(tool.getByRole("insertion")).toHaveText("+TWO")
  await expect(log(page)).toContainText("MOCK TOOL RESULT edit")
  expect(await fileOnServer("hello.txt")).toBe("one\nTWO\nthree")

  const revert = page.getByRole("article", { name: "Your message" }).first().getByRole("button", { name: "Revert" })
  // The server refuses a revert while the session is busy; the button waits for the turn to end.
  await expect(revert).toBeEnabled()
  await revert.click()
  await expect(page.getByRole("button", { name: "Restore" })).toBeVisible()
  await expect(page.getByRole("article", { name: "Your message" })).toHaveCount(0)
  await expect(page.getByRole("textbox", { name: "Prompt" })).toHaveValue(editPrompt("two", "TWO"))
  await expect.poll(() => fileOnServer("hello.txt")).toBe("one\ntwo\nthree")

  await page.getByRole("button", { name: "Restore" }).click()
  await expect(page.getByRole("button", { name: "Restore" })).toHaveCount(0)
  await expect(page.getByRole("region", { name: "Tool edit" })).toBeVisible()
  await expect.poll(() => fileOnServer("hello.txt")).toBe("one\nTWO\nthree")
})

test("Fork from here opens a new session with the messages up to that one", async ({ page, portal }) => {
  const id = await createSession(server(), "Fork source")
  await openSession(page, portal.url, id)
  await send(page, "first prompt to keep")
  await expect(log(page)).toContainText("MOCK REPLY: first prompt to keep", FIRST_REPLY)
  await send(page, "second prompt to drop")
  await expect(log(page)).toContainText("MOCK REPLY: second prompt to drop", FIRST_REPLY)

  await replies(page).first().getByRole("button", { name: "Fork from here" }).click()
  await expect(page).not.toHaveURL(new RegExp(id))
  await expect(page.getByRole("heading", { level: 1 })).toContainText("fork #1")
  await expect(log(page)).toContainText("MOCK REPLY: first prompt to keep")
  await expect(log(page)).not.toContainText("second prompt to drop")
})

test("Compact summarizes the session; export downloads its JSON; a refused share says why", async ({ page, portal }) => {
  const id = await createSession(server(), "Actions")
  await openSession(page, portal.url, id)
  await send(page, "something worth summarizing")
  await expect(log(page)).toContainText("MOCK REPLY: something worth summarizing", FIRST_REPLY)

  await menu(page).click()
  await page.getByRole("button", { name: "Compact" }).click()
  await expect(log(page)).toContainText("Session compacted", FIRST_REPLY)

  await menu(page).click()
  const download = page.waitForEvent("download")
  await page.getByRole("button", { name: "Export session (JSON)" }).click()
  const file = await (await download).path()
  const exported: unknown = JSON.parse(await readFile(file, "utf8"))
  expect(isRecord(exported) && stringField(exported.info, "id")).toBe(id)
  const messages = arrayOf(isRecord(exported) ? exported.messages : undefined)
  expect(messages.length).toBeGreaterThanOrEqual(2)
  expect(JSON.stringify(messages)).toContain("something worth summarizing")

  await menu(page).click()
  await page.getByRole("button", { name: "Share" }).click()
  await expect(page.getByRole("alert").filter({ hasText: "sharing is disabled on this server" })).toBeVisible()
})

test("Auto-accept edits lets an edit run without asking, on the server", async ({ page, portal }) => {
  const id = await createSession(server(), "Auto edits")
  await openSession(page, portal.url, id)
  const toggle = page.getByRole("checkbox", { name: "Auto-accept edits" })
  await expect(toggle).toHaveAccessibleDescription(/applies on Convo/)
  await toggle.check()
  await expect.poll(async () => JSON.stringify(await jsonOf(await server().api(`/session/${id}`, { headers: dirHeader(server()) })))).toContain('"action":"allow"')

  await send(page, editPrompt("three", "THREE"))
  await expect(page.getByRole("region", { name: "Tool edit" })).toContainText("Completed", FIRST_REPLY)
  await expect(page.getByRole("region", { name: "Waiting for you" })).toHaveCount(0)
  expect(await fileOnServer("hello.txt")).toContain("THREE")

  await toggle.uncheck()
  await expect(toggle).not.toBeChecked()
  await page.reload()
  await expect(page.getByRole("checkbox", { name: "Auto-accept edits" })).not.toBeChecked()
})
