// The prompt and the keyboard against a real opencode server and the mock LLM: @ mentions sent as
// file parts, attachments, slash commands, the command palette, and a keyboard-only journey that
// checks where focus is after each step.
import type { Locator, Page } from "@playwright/test"
import { links } from "../src/lib/routing/links"
import { expect, test, useServers, type OpencodeServer } from "./fixtures"
import { isRecord, jsonOf, stringField } from "./support/json"
import { seedServers } from "./support/portal-helpers"

const SERVER_ID = "prompt"
const COMMAND_FILE = "---\ndescription: Say hello to someone\n---\nSay hello to $ARGUMENTS please\n"
const fleet = useServers([{ name: "prompt", files: { ".opencode/command/hello.md": COMMAND_FILE } }])
const server = () => fleet().get("prompt")

test.describe.configure({ mode: "serial" })

const dirHeaders = (s: OpencodeServer) => ({ "x-opencode-directory": s.workspace })

async function createSession(s: OpencodeServer, title: string): Promise<string> {
  const res = await s.api("/session", { method: "POST", json: { title }, headers: dirHeaders(s) })
  return stringField(await jsonOf(res), "id")
}

type StoredPart = Record<string, unknown>

/** The parts of the session's user messages, oldest message first. */
async function userParts(s: OpencodeServer, sessionId: string): Promise<StoredPart[][]> {
  const list = await jsonOf(await s.api(`/session/${sessionId}/message`, { headers: dirHeaders(s) }))
  if (!Array.isArray(list)) throw new Error("messages: not an array")
  return list.flatMap((m) => (isRecord(m) && isRecord(m.info) && m.info.role === "user" && Array.isArray(m.parts) ? [m.parts.filter(isRecord)] : []))
}

async function openSession(page: Page, portalUrl: string, sessionId: string): Promise<Locator> {
  await seedServers(page, portalUrl, [{ id: SERVER_ID, name: "Prompt server", url: server().url }])
  await page.goto(portalUrl + links.session(SERVER_ID, server().workspace, sessionId))
  await expect(page.getByRole("log", { name: "Messages" })).toBeVisible()
  return page.getByRole("textbox", { name: "Prompt" })
}

const isFocused = (locator: Locator) => locator.evaluate((el) => el === document.activeElement)

/** Presses Tab until `target` has focus: the keyboard-only way to reach it. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await isFocused(target).catch(() => false)) return
    await page.keyboard.press("Tab")
  }
  await expect(target).toBeFocused()
}

test("@READ offers README.md; the chosen file goes to the server as a file part and its content reaches the model", async ({ page, portal, mockLlm }) => {
  // The fresh server's first file index and first turn (plugins) both happen in this test.
  test.slow()
  const id = await createSession(server(), "Mentions")
  const prompt = await openSession(page, portal.url, id)
  await expect(prompt).toBeFocused()
  await prompt.pressSequentially("summarise @READ")
  const mentions = page.getByRole("listbox", { name: "Mentions" })
  // The first file search of a fresh server builds its file index (seconds on a busy machine).
  await expect(mentions.getByRole("option", { name: /@README\.md/ })).toBeVisible({ timeout: 30_000 })
  await expect(prompt).toHaveAttribute("aria-activedescendant", /.+/)
  await page.keyboard.press("Enter")
  await expect(mentions).toHaveCount(0)
  await expect(prompt).toHaveValue("summarise @README.md ")
  await expect(page.getByRole("list", { name: "Mentioned" }).getByRole("listitem")).toHaveText([/@README\.md/])
  await page.keyboard.press("Enter")

  await expect(page.getByRole("article", { name: "Assistant reply" }).last()).toContainText("MOCK REPLY", { timeout: 30_000 })
  const [parts] = await userParts(server(), id)
  const files = (parts ?? []).filter((p) => p.type === "file")
  expect(files).toHaveLength(1)
  expect(files[0]).toMatchObject({ mime: "text/plain", filename: "README.md", url: `file://${server().workspace}/README.md` })
  expect(files[0]?.source).toMatchObject({ type: "file", path: `${server().workspace}/README.md`, text: { value: "@README.md", start: 10, end: 20 } })
  const sent = mockLlm.requests().find((r) => r.turn !== "title" && JSON.stringify(r.body).includes("summarise @README.md"))
  expect(JSON.stringify(sent?.body)).toContain("Workspace of the prompt test server.")

  // ↑ in the empty prompt brings the prompt back; ↓ returns to the empty draft.
  await expect(prompt).toHaveValue("")
  await page.keyboard.press("ArrowUp")
  await expect(prompt).toHaveValue("summarise @README.md ")
  await page.keyboard.press("End")
  await page.keyboard.press("ArrowDown")
  await expect(prompt).toHaveValue("")
})

test("attach a PNG and a text file, remove one, send: the server's message holds exactly the other", async ({ page, portal }) => {
  test.slow()
  const id = await createSession(server(), "Attachments")
  const prompt = await openSession(page, portal.url, id)
  await expect(page.getByText("up to 5 MB each")).toBeVisible()
  await prompt.fill("see the attached notes")
  const chooser = page.waitForEvent("filechooser")
  await page.getByRole("button", { name: "Attach files" }).click()
  const png = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64")
  await (await chooser).setFiles([
    { name: "dot.png", mimeType: "image/png", buffer: png },
    { name: "notes.txt", mimeType: "text/plain", buffer: Buffer.from("notes for the agent\n") },
  ])
  const list = page.getByRole("list", { name: "Attachments" })
  await expect(list.getByRole("listitem")).toHaveCount(2)
  await expect(list.getByRole("listitem").filter({ hasText: "dot.png" }).locator("img")).toHaveAttribute("src", /^data:image\/png;base64,/)

  // Too big: refused by name, and nothing else in the prompt is lost.
  const tooBig = page.waitForEvent("filechooser")
  await page.getByRole("button", { name: "Attach files" }).click()
  await (await tooBig).setFiles([{ name: "huge.bin", mimeType: "application/octet-stream", buffer: Buffer.alloc(6 * 1024 * 1024) }])
  await expect(page.getByText("Cannot attach huge.bin: it is 6.0 MB, over the 5.0 MB limit per file.")).toBeVisible()
  await expect(list.getByRole("listitem")).toHaveCount(2)
  await expect(prompt).toHaveValue("see the attached notes")

  await page.getByRole("button", { name: "Remove dot.png" }).click()
  await expect(list.getByRole("listitem")).toHaveText([/notes\.txt/])
  await page.getByRole("button", { name: "Send" }).click()
  await expect(page.getByRole("list", { name: "Attachments" })).toHaveCount(0)

  await expect(page.getByRole("article", { name: "Assistant reply" }).last()).toContainText("MOCK REPLY", { timeout: 30_000 })
  const [parts] = await userParts(server(), id)
  const files = (parts ?? []).filter((p) => p.type === "file")
  expect(files).toHaveLength(1)
  expect(files[0]).toMatchObject({ mime: "text/plain", filename: "notes.txt", url: `data:text/plain;base64,${Buffer.from("notes for the agent\n").toString("base64")}` })
})

test("/ lists the server's commands with their descriptions; /hello with an argument runs on the server", async ({ page, portal, mockLlm }) => {
  const id = await createSession(server(), "Commands")
  const prompt = await openSession(page, portal.url, id)
  const listed = await jsonOf(await server().api(`/command?directory=${encodeURIComponent(server().workspace)}`))
  const names = Array.isArray(listed) ? listed.flatMap((c) => (isRecord(c) && typeof c.name === "string" ? [`/${c.name}`] : [])) : []
  expect(names).toContain("/hello")

  await prompt.pressSequentially("/")
  const commands = page.getByRole("listbox", { name: "Commands" })
  await expect(commands.getByRole("option")).toHaveCount(names.length)
  for (const name of names) await expect(commands.getByRole("option", { name: new RegExp(`^${name}\\b`) })).toBeVisible()
  await expect(commands.getByRole("option", { name: /\/hello/ })).toContainText("Say hello to someone")

  await prompt.pressSequentially("hel")
  await expect(commands.getByRole("option")).toHaveText([/\/hello/])
  await page.keyboard.press("Tab")
  await expect(prompt).toHaveValue("/hello ")
  await prompt.pressSequentially("Bob")
  await page.keyboard.press("Enter")
  await expect(prompt).toHaveValue("")
  await expect.poll(() => mockLlm.requests().some((r) => r.turn !== "title" && r.lastUserText.includes("Say hello to Bob please")), { timeout: 30_000 }).toBe(true)
  await expect(page.getByRole("log", { name: "Messages" })).toContainText("Say hello to Bob please")
})

test("Ctrl+K opens the command palette; “servers” then Enter opens the servers page", async ({ page, portal }) => {
  const id = await createSession(server(), "Palette")
  await openSession(page, portal.url, id)
  await page.keyboard.press("Control+k")
  const palette = page.getByRole("dialog", { name: "Command palette" })
  await expect(palette).toBeVisible()
  await expect(palette.getByRole("combobox", { name: "Search actions" })).toBeFocused()
  await expect(palette.getByRole("option", { name: /New session/ }).getByText("N", { exact: true })).toBeVisible()
  await page.keyboard.type("servers")
  await expect(palette.getByRole("option").first()).toContainText("Servers page")
  await page.keyboard.press("Enter")
  await expect(page).toHaveURL(`${portal.url}/servers`)
  await expect(page.getByRole("heading", { name: "Servers", level: 1 })).toBeVisible()

  // "?" lists every shortcut; it does not fire while typing in a field.
  await page.keyboard.press("?")
  const shortcuts = page.getByRole("dialog", { name: "Keyboard shortcuts" })
  await expect(shortcuts).toContainText("Command palette")
  await expect(shortcuts).toContainText("Ctrl+K")
  await page.keyboard.press("Escape")
  await expect(shortcuts).toHaveCount(0)
})

test("keys typed while the palette's code loads reach it: “servers” and Enter typed at once open the servers page", async ({ page, portal }) => {
  const id = await createSession(server(), "Palette ahead")
  const prompt = await openSession(page, portal.url, id)
  const sessionUrl = page.url()
  // The palette's code is held until the keys are typed, as on a slow network.
  let release = (): void => undefined
  const held = new Promise<void>((resolve) => (release = resolve))
  await page.route(/\/assets\/CommandPalette-[^/]+\.js$/, async (route) => {
    await held
    await route.continue()
  })
  const requested = page.waitForRequest(/\/assets\/CommandPalette-[^/]+\.js$/)
  await page.keyboard.press("Control+k")
  await requested
  await page.keyboard.type("servers")
  await page.keyboard.press("Enter")
  await expect(page.getByRole("dialog", { name: "Command palette" })).toHaveCount(0)
  // Nothing reached the page meanwhile: no prompt text, no shortcut ("s", "n"), no navigation.
  await expect(prompt).toHaveValue("")
  expect(page.url()).toBe(sessionUrl)
  release()
  await expect(page).toHaveURL(`${portal.url}/servers`)
  await expect(page.getByRole("heading", { name: "Servers", level: 1 })).toBeVisible()

  // Typed without Enter, the letters wait in the palette's field.
  await page.keyboard.press("Control+k")
  await page.keyboard.type("them")
  const palette = page.getByRole("dialog", { name: "Command palette" })
  await expect(palette.getByRole("combobox", { name: "Search actions" })).toHaveValue("them")
  await expect(palette.getByRole("option").first()).toContainText("Theme")
  // Ctrl+K again, with the palette open, leaves its field taking keys.
  await page.keyboard.press("Control+k")
  await page.keyboard.type("e")
  await expect(palette.getByRole("combobox", { name: "Search actions" })).toHaveValue("theme")
  await page.keyboard.press("Escape")
  await expect(palette).toHaveCount(0)
})

test("keyboard only: add a server, open a directory, new session, send a prompt, allow a permission; focus follows each step", async ({ page, portal }) => {
  await seedServers(page, portal.url, [])
  await page.goto(`${portal.url}/servers`)
  await expect(page.getByText("No servers yet")).toBeVisible()

  // Add a server.
  const add = page.getByRole("button", { name: "Add server" })
  await tabTo(page, add)
  await page.keyboard.press("Enter")
  const form = page.getByRole("dialog", { name: "Add server" })
  await expect(form.getByLabel("Name", { exact: true })).toBeFocused()
  await page.keyboard.type("Journey")
  await tabTo(page, form.getByLabel("URL", { exact: true }))
  await page.keyboard.type(server().url)
  await page.keyboard.press("Enter")
  await expect(form).toHaveCount(0)
  await expect(add).toBeFocused()

  // Switch to it from the palette: focus lands on the server's heading.
  await page.keyboard.press("Control+k")
  await expect(page.getByRole("combobox", { name: "Search actions" })).toBeFocused()
  await page.keyboard.type("switch to journey")
  await page.keyboard.press("Enter")
  await expect(page.getByRole("heading", { name: "Journey", level: 1 })).toBeFocused()

  // Open a directory: focus lands on the directory's heading.
  await tabTo(page, page.getByLabel("Directory path"))
  await page.keyboard.type(server().workspace)
  await page.keyboard.press("Enter")
  const dirName = server().workspace.split("/").pop() ?? ""
  await expect(page.getByRole("heading", { name: dirName, level: 1 })).toBeFocused()

  // New session ("n"): the prompt takes focus.
  await page.keyboard.press("n")
  await expect(page).toHaveURL(/\/session\/ses_/)
  const prompt = page.getByRole("textbox", { name: "Prompt" })
  await expect(prompt).toBeFocused()

  // Send a prompt that needs a permission: it is announced, and typing keeps focus.
  await page.keyboard.type('[[tool:bash {"command":"echo journey","description":"Say journey"}]]')
  await page.keyboard.press("Enter")
  await expect(page.getByRole("status").filter({ hasText: "The agent asks permission: bash. Press Alt+A to answer." })).toBeAttached({ timeout: 30_000 })
  await expect(prompt).toBeFocused()

  // One shortcut reaches it; answering hands focus back to the prompt.
  await page.keyboard.press("Alt+a")
  const allow = page.getByRole("region", { name: "Waiting for you" }).getByRole("button", { name: "Allow once" })
  await expect(allow).toBeFocused()
  await page.keyboard.press("Enter")
  await expect(prompt).toBeFocused()
  await expect(page.getByRole("region", { name: "Tool bash" })).toContainText("Completed")
  await expect(page.getByRole("log", { name: "Messages" })).toContainText("MOCK TOOL RESULT bash: journey")
})
