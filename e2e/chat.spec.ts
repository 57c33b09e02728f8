// The session page against a real opencode server and the mock LLM: streaming, tool permissions,
// Stop, provider errors, deep links, drafts, pickers, hostile model output and a long session.
import { readFile } from "node:fs/promises"
import { join } from "node:path"
import type { Page } from "@playwright/test"
import { links } from "../src/lib/routing/links"
import { expect, test, useServers, type MockLlm, type OpencodeServer } from "./fixtures"
import { seedServers } from "./support/portal-helpers"
import { isRecord, jsonOf, stringField } from "./support/json"

const SERVER_ID = "chat"
const SEED_BATCH = 25
const fleet = useServers([{ name: "chat" }])
const server = () => fleet().get("chat")

test.describe.configure({ mode: "serial" })

async function createSession(s: OpencodeServer, title: string): Promise<string> {
  const res = await s.api("/session", { method: "POST", json: { title }, headers: { "x-opencode-directory": s.workspace } })
  return stringField(await jsonOf(res), "id")
}

/** User messages without replies; the first and last are posted alone so they are the oldest and newest. */
async function seedMessages(s: OpencodeServer, sessionId: string, total: number): Promise<void> {
  const post = async (i: number) => {
    const text = `seed message ${String(i).padStart(3, "0")}`
    const res = await s.api(`/session/${sessionId}/message`, { method: "POST", json: { noReply: true, parts: [{ type: "text", text }] }, headers: { "x-opencode-directory": s.workspace } })
    if (!res.ok) throw new Error(`seeding message ${i}: HTTP ${res.status}`)
  }
  await post(1)
  // In batches: one at a time takes ~0.2 s per message on a busy 2-core machine.
  for (let start = 2; start < total; start += SEED_BATCH) {
    await Promise.all(Array.from({ length: Math.min(SEED_BATCH, total - start) }, (_, k) => post(start + k)))
  }
  await post(total)
}

/** The policy nginx.conf sends; the chat must work under it (no inline script or style). */
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' http: https: ws: wss:; img-src 'self' data: blob:; object-src 'none'; base-uri 'none'"

/** Serves the portal's pages with the strict CSP and collects what the browser refused under it. */
async function enforceCsp(page: Page, portalUrl: string): Promise<string[]> {
  const violations: string[] = []
  page.on("console", (msg) => {
    if (msg.text().includes("Content Security Policy")) violations.push(msg.text())
  })
  // A fulfilled response has no IP address, so Chromium treats the page as public and would refuse
  // its fetches to the loopback servers; the real page is served from loopback, where none is asked.
  await page.context().grantPermissions(["local-network-access"])
  await page.route(`${portalUrl}/s/**`, async (route) => {
    const response = await route.fetch()
    await route.fulfill({ response, headers: { ...response.headers(), "content-security-policy": CSP } })
  })
  return violations
}

async function openSession(page: Page, portalUrl: string, sessionId: string): Promise<string[]> {
  const violations = await enforceCsp(page, portalUrl)
  await seedServers(page, portalUrl, [{ id: SERVER_ID, name: "Chat server", url: server().url }])
  await page.goto(portalUrl + links.session(SERVER_ID, server().workspace, sessionId))
  await expect(page.getByRole("log", { name: "Messages" })).toBeVisible()
  return violations
}

async function send(page: Page, text: string): Promise<void> {
  await page.getByRole("textbox", { name: "Prompt" }).fill(text)
  await page.getByRole("textbox", { name: "Prompt" }).press("Enter")
}

const replies = (page: Page) => page.getByRole("article", { name: "Assistant reply" })
const requestsWith = (mock: MockLlm, text: string) => mock.requests().filter((r) => r.lastUserText.includes(text) && r.turn !== "title")

test("a prompt streams its reply, then shows it complete with tokens; Markdown renders", async ({ page, portal, mockLlm, context }) => {
  const id = await createSession(server(), "Streaming chat")
  await openSession(page, portal.url, id)
  await expect(page.getByRole("heading", { name: "Streaming chat" })).toBeVisible()
  const usage = page.getByLabel("Context and cost")
  await expect(usage).toContainText("0 tokens")

  await send(page, "[[slow:150]] hello portal streaming words")
  const reply = replies(page).last()
  // The first turn of a fresh instance also loads opencode's plugins (seconds on a busy machine).
  await expect(reply.getByRole("status")).toHaveText("Replying…", { timeout: 30_000 })
  await expect(page.getByRole("button", { name: "Stop" })).toBeVisible()
  // "Replying…" shows once the reply exists, before the model's first word: on a fresh instance
  // that first word waits as long as the plugins do.
  await expect(reply).toContainText("MOCK REPLY: hello portal streaming words", { timeout: 30_000 })
  await expect(reply.getByRole("status")).toHaveCount(0)
  await expect(reply).toHaveAttribute("data-streaming", "false")
  await expect(reply).toContainText("tokens")
  // The session's usage follows the reply that just finished.
  await expect(usage).not.toContainText(/^0 tokens/)
  await expect(page.getByRole("button", { name: "Stop" })).toHaveCount(0)
  await expect(page.getByRole("textbox", { name: "Prompt" })).toHaveValue("")
  expect(requestsWith(mockLlm, "hello portal streaming words")).toHaveLength(1)

  await send(page, "[[markdown]] please")
  await expect(page.getByRole("heading", { name: "Mock heading" })).toBeVisible()
  await expect(replies(page).last().getByRole("listitem")).toHaveText(["first item", "second item"])
  await expect(replies(page).last().locator("pre code")).toHaveText("const answer = 42")
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: portal.url })
  await replies(page).last().getByRole("button", { name: "Copy code" }).click()
  await expect(replies(page).last().getByRole("button", { name: "Copy code" })).toHaveText("Copied")
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe("const answer = 42")
})

test("a tool call asks permission; Allow once runs it and shows the result", async ({ page, portal, mockLlm }) => {
  const id = await createSession(server(), "Allowed tool")
  await openSession(page, portal.url, id)
  await send(page, '[[tool:bash {"command":"echo hi > out.txt && echo done-writing","description":"Write out.txt"}]]')

  await expect(page.getByRole("status").filter({ hasText: "Permission needed" })).toBeVisible()
  const card = page.getByRole("region", { name: "Waiting for you" })
  await expect(card).toContainText("echo hi > out.txt && echo done-writing")
  await expect(page.getByRole("region", { name: "Tool bash" })).toContainText("Waiting for permission")
  await card.getByRole("button", { name: "Allow once" }).click()

  const tool = page.getByRole("region", { name: "Tool bash" })
  await expect(tool).toContainText("Completed")
  await expect(tool).toContainText("done-writing")
  await expect(page.getByRole("log", { name: "Messages" })).toContainText("MOCK TOOL RESULT bash: done-writing")
  await expect(card).toHaveCount(0)
  // The log followed the conversation to its end while it streamed.
  await expect(page.getByText("MOCK TOOL RESULT bash: done-writing")).toBeInViewport()
  expect(await readFile(join(server().workspace, "out.txt"), "utf8")).toBe("hi\n")
  expect(mockLlm.requests().some((r) => r.turn === "tool-result" && r.reply.includes("done-writing"))).toBe(true)

  // The session's own changes are one link away.
  await page.getByRole("link", { name: "Session changes" }).click()
  await expect(page).toHaveURL(new RegExp(`/changes\\?session=${id}$`))
  await expect(page.getByRole("main")).toContainText("out.txt", { timeout: 20_000 })
})

test("a rejected permission carries its message to the agent", async ({ page, portal, mockLlm }) => {
  const id = await createSession(server(), "Rejected tool")
  await openSession(page, portal.url, id)
  await send(page, '[[tool:bash {"command":"echo nope > no.txt","description":"Write no.txt"}]]')

  const card = page.getByRole("region", { name: "Waiting for you" })
  await card.getByRole("textbox", { name: "Reject message (optional)" }).fill("not on my machine")
  await card.getByRole("button", { name: "Reject" }).click()

  const tool = page.getByRole("region", { name: "Tool bash" })
  await expect(tool).toContainText("Error")
  await expect(tool).toContainText("not on my machine")
  await expect(card).toHaveCount(0)
  await expect.poll(() => mockLlm.requests().some((r) => r.turn === "tool-result" && r.reply.includes("not on my machine"))).toBe(true)
})

test("Stop aborts a slow reply", async ({ page, portal }) => {
  const id = await createSession(server(), "Stopped reply")
  await openSession(page, portal.url, id)
  await send(page, "[[slow:300]] one two three four five six seven eight nine ten eleven twelve")

  const reply = replies(page).last()
  await expect(reply).toContainText("MOCK")
  await page.getByRole("button", { name: "Stop" }).click()
  await expect(reply).toContainText("Stopped.")
  await expect(page.getByRole("button", { name: "Stop" })).toHaveCount(0)
  await expect(reply).not.toContainText("twelve")
  const status = await jsonOf(await server().api("/session/status", { headers: { "x-opencode-directory": server().workspace } }))
  expect(isRecord(status) ? status[id] : undefined).toBeUndefined()
})

test("a provider error is shown with its message", async ({ page, portal }) => {
  const id = await createSession(server(), "Failing provider")
  await openSession(page, portal.url, id)
  await send(page, "[[error:400]] this will fail")
  await expect(page.getByRole("alert").filter({ hasText: "mock error 400" })).toBeVisible()
  await expect(replies(page).last()).toContainText("Error: mock error 400")
})

test("a retrying session shows the attempt and next try, and can be stopped", async ({ page, portal }) => {
  const id = await createSession(server(), "Retrying provider")
  await openSession(page, portal.url, id)
  await send(page, "[[error:500]] keep failing")
  const notice = page.getByRole("status").filter({ hasText: "Retrying" })
  await expect(notice).toContainText(/Retrying \(attempt \d+\), next try (in \d+ s|now): mock error 500/)
  await page.getByRole("button", { name: "Stop retrying" }).click()
  await expect(notice).toHaveCount(0)
  await expect(page.getByRole("button", { name: "Stop" })).toHaveCount(0)
})

test("the agent's questions are answered in place, and its todos are shown", async ({ page, portal, mockLlm }) => {
  const id = await createSession(server(), "Questions and todos")
  await openSession(page, portal.url, id)
  await send(page, '[[tool:todowrite {"todos":[{"content":"Write the tests","status":"in_progress","priority":"high"},{"content":"Ship it","status":"pending","priority":"low"}]}]]')
  await expect(page.getByText("Todos (0 of 2 done)")).toBeVisible()
  await page.getByText("Todos (0 of 2 done)").click()
  await expect(page.getByRole("list", { name: "Todos" }).getByRole("listitem")).toHaveText([/Write the tests\s*in progress/, /Ship it\s*to do/])

  const question = { question: "Which color should the button be?", header: "Color", options: [{ label: "Red", description: "warm" }, { label: "Blue", description: "cool" }] }
  await send(page, `[[tool:question ${JSON.stringify({ questions: [question] })}]]`)
  const card = page.getByRole("region", { name: "Question from the agent" })
  await expect(page.getByRole("status").filter({ hasText: "Question waiting" })).toBeVisible()
  await card.getByRole("radio", { name: "Blue" }).check()
  await card.getByRole("button", { name: "Send answer" }).click()
  await expect(card).toHaveCount(0)
  await expect.poll(() => mockLlm.requests().some((r) => r.turn === "tool-result" && r.reply.startsWith("MOCK TOOL RESULT question") && r.reply.includes("Blue"))).toBe(true)
})

test("a deep link reopens the session in a new page; the draft and pickers survive a reload", async ({ page, portal, context }) => {
  const id = await createSession(server(), "Deep linked")
  await openSession(page, portal.url, id)
  await send(page, "remember this line")
  await expect(replies(page).last()).toContainText("MOCK REPLY: remember this line")

  const fresh = await context.newPage()
  await fresh.goto(page.url())
  await expect(fresh.getByRole("heading", { name: "Deep linked" })).toBeVisible()
  await expect(fresh.getByRole("log", { name: "Messages" })).toContainText("MOCK REPLY: remember this line")
  await fresh.close()

  const prompt = page.getByRole("textbox", { name: "Prompt" })
  await prompt.fill("first line")
  await prompt.press("Shift+Enter")
  await prompt.pressSequentially("second line")
  await page.getByRole("combobox", { name: "Agent" }).selectOption("plan")
  await page.getByRole("combobox", { name: "Model" }).selectOption({ label: "Mock LLM: Mock Model" })
  await page.reload()
  await expect(page.getByRole("textbox", { name: "Prompt" })).toHaveValue("first line\nsecond line")
  await expect(page.getByRole("combobox", { name: "Agent" })).toHaveValue("plan")
  await expect(page.getByRole("combobox", { name: "Model" }).locator("option:checked")).toHaveText("Mock LLM: Mock Model")

  await page.getByRole("button", { name: "Send" }).click()
  await expect(replies(page).last()).toContainText("MOCK REPLY: first line second line")
  const messages = await jsonOf(await server().api(`/session/${id}/message`, { headers: { "x-opencode-directory": server().workspace } }))
  const users = Array.isArray(messages) ? messages.filter((m) => isRecord(m) && isRecord(m.info) && m.info.role === "user") : []
  const last = users.at(-1)
  expect(isRecord(last) && isRecord(last.info) ? last.info.agent : undefined).toBe("plan")
})

test("hostile markup in a reply renders as text and runs nothing", async ({ page, portal }) => {
  const id = await createSession(server(), "Hostile reply")
  const violations = await openSession(page, portal.url, id)
  await send(page, "<img src=x onerror=window.__pwned=1> and <script>window.__pwned=2</script>")
  const reply = replies(page).last()
  await expect(reply).toContainText("<img src=x onerror=window.__pwned=1> and <script>window.__pwned=2</script>")
  await expect(page.getByRole("log", { name: "Messages" }).locator("img, script")).toHaveCount(0)
  expect(await page.evaluate(() => Reflect.get(window, "__pwned"))).toBeUndefined()
  expect(violations).toEqual([])
})

test("a long session opens at the newest message and pages older ones on scroll", async ({ page, portal }) => {
  const id = await createSession(server(), "Long session")
  const total = 300
  await seedMessages(server(), id, total)
  const pages: string[] = []
  page.on("request", (req) => {
    if (req.url().includes(`/session/${id}/message?`)) pages.push(req.url())
  })
  const violations = await openSession(page, portal.url, id)
  const log = page.getByRole("log", { name: "Messages" })
  await expect(log.getByText("seed message 300", { exact: true })).toBeVisible()
  expect(await log.getByRole("article").count()).toBeLessThan(60)
  await expect(log.getByText("seed message 001", { exact: true })).toHaveCount(0)

  await expect(async () => {
    await log.evaluate((el) => el.scrollTo(0, 0))
    await expect(log.getByText("seed message 001", { exact: true })).toBeVisible({ timeout: 1000 })
  }).toPass({ timeout: 30_000 })
  expect(pages.some((url) => url.includes("before="))).toBe(true)
  expect(await log.getByRole("article").count()).toBeLessThan(60)
  // The list places items with CSSOM heights, which a style-src 'self' policy allows.
  expect(violations).toEqual([])
})

test("Home in the message log goes to the first message, paging on the way, and End back to the latest", async ({ page, portal }) => {
  const id = await createSession(server(), "Home and End")
  await seedMessages(server(), id, 300)
  await openSession(page, portal.url, id)
  const log = page.getByRole("log", { name: "Messages" })
  await expect(log.getByText("seed message 300", { exact: true })).toBeVisible()
  await log.focus()
  await page.keyboard.press("Home")
  // 50 newest, then pages of 200: the first message is two older pages away.
  await expect(log.getByText("seed message 001", { exact: true })).toBeVisible({ timeout: 30_000 })
  await expect(log.getByText("Start of the session")).toBeVisible()
  await expect(page.getByRole("button", { name: /^Jump to latest/ })).toBeVisible()
  await page.keyboard.press("End")
  await expect(log.getByText("seed message 300", { exact: true })).toBeVisible()
  await expect(log.getByText("seed message 001", { exact: true })).toHaveCount(0)
})
