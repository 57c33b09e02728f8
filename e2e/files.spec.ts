// Files, Changes and Quick open against a real opencode server: lazy tree, viewer (text, image,
// big file, errors), deep links, the working-tree diff, a session's own diff.
import { mkdir, writeFile } from "node:fs/promises"
import { dirname, join } from "node:path"
import type { Page } from "@playwright/test"
import { links } from "../src/lib/routing/links"
import { expect, test, useServers, type OpencodeServer } from "./fixtures"
import { seedServers } from "./support/portal-helpers"
import { jsonOf, stringField } from "./support/json"

const SERVER_ID = "files"
const ODD_NAME = "docs/a b#c?d%e ü.txt"
const BIG_LINES = 62_000
// About 5 MB of text, committed with the workspace so it is not part of the diff.
const BIG_TEXT = Array.from({ length: BIG_LINES }, (_, i) => `line ${i} of the big generated file, padded so the whole file weighs about 5 MB\n`).join("")
// A 1×1 PNG.
const PNG = "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"

const fleet = useServers([
  {
    name: "files",
    files: { "src/lib/helpers.ts": "export const helper = 1\n", [ODD_NAME]: "odd name content\n", "data/big.txt": BIG_TEXT },
    // The session test lets the agent write without a permission prompt.
    config: { permission: { edit: "allow", bash: "ask", webfetch: "ask" } },
  },
])
const server = () => fleet().get("files")

test.describe.configure({ mode: "serial" })

const base = (portalUrl: string) => portalUrl + links.directory(SERVER_ID, server().workspace)

async function open(page: Page, portalUrl: string, suffix: string): Promise<void> {
  await seedServers(page, portalUrl, [{ id: SERVER_ID, name: "Files server", url: server().url }])
  await page.goto(base(portalUrl) + suffix)
}

async function put(s: OpencodeServer, path: string, content: string | Buffer): Promise<void> {
  await mkdir(dirname(join(s.workspace, path)), { recursive: true })
  await writeFile(join(s.workspace, path), content)
}

const tree = (page: Page) => page.getByRole("tree", { name: "Files" })
const item = (page: Page, name: string) => tree(page).getByRole("treeitem", { name, exact: true })

test("browse the tree: expand a folder, open a file, move with the keyboard", async ({ page, portal }) => {
  await open(page, portal.url, "/file")
  // The first /file call on a cold instance took 5–8 s on a busy 2-core machine.
  await expect(item(page, "README.md")).toBeVisible({ timeout: 30_000 })
  await expect(item(page, "src")).toHaveAttribute("aria-expanded", "false")
  await expect(item(page, "util.ts")).toHaveCount(0)

  await item(page, "src").click()
  await expect(item(page, "src")).toHaveAttribute("aria-expanded", "true")
  await item(page, "util.ts").click()
  await expect(page).toHaveURL(/\/file\/src\/util\.ts$/)
  const viewer = page.getByRole("region", { name: "src/util.ts" })
  await expect(viewer).toContainText("export function add(a: number, b: number): number {")
  await expect(viewer).toContainText("3 lines")
  await expect(item(page, "util.ts")).toHaveAttribute("aria-selected", "true")

  // WAI-ARIA tree keys: Left goes to the parent, Left again closes it, Right opens, Down enters.
  await item(page, "util.ts").press("ArrowLeft")
  await expect(item(page, "src")).toBeFocused()
  await page.keyboard.press("ArrowLeft")
  await expect(item(page, "src")).toHaveAttribute("aria-expanded", "false")
  await page.keyboard.press("ArrowRight")
  await expect(item(page, "src")).toHaveAttribute("aria-expanded", "true")
  await page.keyboard.press("ArrowDown")
  await expect(item(page, "lib")).toBeFocused()
  await page.keyboard.press("End")
  await expect(item(page, "README.md")).toBeFocused()
  await page.keyboard.press("Home")
  await page.keyboard.press("s")
  await expect(item(page, "src")).toBeFocused()
  await page.keyboard.press("ArrowDown")
  await page.keyboard.press("ArrowDown")
  await expect(item(page, "index.ts")).toBeFocused()
  await page.keyboard.press("Enter")
  await expect(page.getByRole("region", { name: "src/index.ts" })).toContainText('export const greeting = "hello from files"')
})

test("a modified and an untracked file show in Changes with diff and counts, and are marked in the tree", async ({ page, portal }) => {
  await put(server(), "src/index.ts", 'export const greeting = "changed by the test"\nexport const extra = 2\n')
  await put(server(), "notes/todo.md", "- new untracked note\n")
  await put(server(), "debug.log", "ignored by the workspace's .gitignore\n")
  await open(page, portal.url, "/changes")

  await expect(page.getByText("Branch main")).toBeVisible()
  const modified = page.getByRole("region", { name: "src/index.ts" })
  await expect(modified).toContainText("modified")
  await expect(modified).toContainText("2 added lines, 1 removed line")
  await expect(modified.getByRole("deletion")).toHaveText('-export const greeting = "hello from files"')
  await expect(modified.getByRole("insertion")).toHaveText(['+export const greeting = "changed by the test"', "+export const extra = 2"])
  const added = page.getByRole("region", { name: "notes/todo.md" })
  await expect(added).toContainText("added")
  await expect(added).toContainText("1 added line, 0 removed lines")
  await expect(added.getByRole("insertion")).toHaveText("+- new untracked note")

  // Readable on a phone: the diff wraps instead of pushing the page sideways.
  await page.setViewportSize({ width: 390, height: 844 })
  await put(server(), "src/index.ts", `export const long = "${"wide ".repeat(60)}"\n`)
  await page.getByRole("button", { name: "Refresh", exact: true }).click()
  await expect(modified).toContainText("wide wide")
  const overflow = await modified.evaluate((el) => el.scrollWidth - el.clientWidth)
  expect(overflow).toBeLessThanOrEqual(1)

  await modified.getByRole("link", { name: "src/index.ts" }).click()
  await expect(page.getByRole("region", { name: "src/index.ts" })).toContainText("wide wide")
  await expect(item(page, "src")).toHaveAccessibleDescription("contains changes")
  await expect(item(page, "index.ts")).toHaveAccessibleDescription("modified")
  await expect(item(page, "util.ts")).not.toHaveAccessibleDescription(/modified|added/)
  await expect(item(page, "notes")).toHaveAccessibleDescription("contains changes")
  await expect(item(page, "debug.log")).toHaveAccessibleDescription("ignored")
  await item(page, "notes").click()
  await expect(item(page, "todo.md")).toHaveAccessibleDescription("added")
})

test("quick open with Ctrl+P and with the button: type part of a name, pick it", async ({ page, portal }) => {
  await open(page, portal.url, "/file")
  await expect(item(page, "README.md")).toBeVisible()
  await page.keyboard.press("Control+p")
  const dialog = page.getByRole("dialog", { name: "Quick open" })
  const input = dialog.getByRole("combobox", { name: "Find file" })
  await expect(input).toBeFocused()
  await input.fill("helpers")
  const first = dialog.getByRole("option").first()
  await expect(first).toHaveText("src/lib/helpers.ts")
  await expect(first).toHaveAttribute("aria-selected", "true")
  await input.press("ArrowUp")
  await input.press("ArrowDown")
  await expect(first).toHaveAttribute("aria-selected", "true")
  await input.press("Enter")
  await expect(dialog).toHaveCount(0)
  await expect(page).toHaveURL(/\/file\/src\/lib\/helpers\.ts$/)
  await expect(page.getByRole("region", { name: "src/lib/helpers.ts" })).toContainText("export const helper = 1")
  await expect(item(page, "helpers.ts")).toHaveAttribute("aria-selected", "true")

  await page.getByRole("button", { name: "Quick open" }).click()
  await dialog.getByRole("combobox", { name: "Find file" }).fill("READ")
  await dialog.getByRole("option", { name: "README.md" }).click()
  await expect(page.getByRole("region", { name: "README.md" })).toContainText("Workspace of the files test server.")
})

test("a file deep link, odd characters included, reloads to the same file", async ({ page, portal }) => {
  await open(page, portal.url, "/file")
  await item(page, "docs").click()
  await item(page, "a b#c?d%e ü.txt").click()
  const viewer = page.getByRole("region", { name: ODD_NAME })
  await expect(viewer).toContainText("odd name content")
  expect(new URL(page.url()).pathname).toMatch(/\/file\/docs\/a%20b%23c%3Fd%25e%20%C3%BC\.txt$/)

  await page.reload()
  await expect(viewer).toContainText("odd name content")
  await expect(item(page, "docs")).toHaveAttribute("aria-expanded", "true")
  await expect(item(page, "a b#c?d%e ü.txt")).toHaveAttribute("aria-selected", "true")

  await page.goto(base(portal.url) + "/file/src/util.ts")
  await expect(page.getByRole("region", { name: "src/util.ts" })).toContainText("return a + b")
})

test("a missing file, a folder and a path outside the project each say what is wrong", async ({ page, portal }) => {
  await open(page, portal.url, "/file/src/gone.ts")
  await expect(page.getByRole("region", { name: "src/gone.ts" }).getByRole("alert")).toContainText("does not exist")
  await expect(item(page, "src")).toHaveAttribute("aria-expanded", "true")

  await page.goto(base(portal.url) + "/file/src")
  await expect(page.getByRole("region", { name: "src" }).getByRole("alert")).toContainText("is a folder")

  await page.goto(base(portal.url) + "/file/..%2F..%2Fetc%2Fhostname")
  await expect(page.getByRole("region", { name: "../../etc/hostname" }).getByRole("alert")).toContainText("outside the project")
  await expect(item(page, "README.md")).toBeVisible()
})

test("an image file renders as an image, other binary files are described", async ({ page, portal }) => {
  await put(server(), "assets/dot.png", Buffer.from(PNG, "base64"))
  await put(server(), "assets/blob.bin", Buffer.from([0, 1, 2, 3, 255, 0, 7]))
  await open(page, portal.url, "/file/assets/dot.png")
  const image = page.getByRole("region", { name: "assets/dot.png" }).getByRole("img", { name: "Image assets/dot.png" })
  await expect(image).toBeVisible()
  await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1)

  await item(page, "blob.bin").click()
  await expect(page.getByRole("region", { name: "assets/blob.bin" })).toContainText("blob.bin is a binary file (application/octet-stream, 7 B)")
})

test("a 5 MB text file opens and the page stays responsive", async ({ page, portal }) => {
  await open(page, portal.url, "/file")
  await item(page, "data").click()
  await item(page, "big.txt").click()
  const viewer = page.getByRole("region", { name: "data/big.txt" })
  await expect(viewer).toContainText("line 0 of the big generated file")
  await expect(viewer).toContainText(`${BIG_LINES} lines`)
  await expect(viewer).toContainText("MB")

  // The tree still reacts right away, and the lines near the end render once scrolled to.
  await item(page, "src").click()
  await expect(item(page, "src")).toHaveAttribute("aria-expanded", "true")
  const content = viewer.getByRole("group", { name: "Content of data/big.txt" })
  // Only the lines near the visible part are in the page until scrolled to.
  await expect(content).not.toContainText(`line ${BIG_LINES - 1} of the big generated file`)
  await content.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
  await expect(content).toContainText(`line ${BIG_LINES - 1} of the big generated file`)
})

test("a session's own changes show under ?session=, turn by turn", async ({ page, portal }) => {
  const s = server()
  const dir = `?directory=${encodeURIComponent(s.workspace)}`
  const id = stringField(await jsonOf(await s.api(`/session${dir}`, { method: "POST", json: { title: "writes a file" } })), "id")
  const prompt = `[[tool:write ${JSON.stringify({ filePath: join(s.workspace, "written-by-agent.txt"), content: "agent wrote this\n" })}]]`
  const queued = await s.api(`/session/${id}/prompt_async${dir}`, { method: "POST", json: { parts: [{ type: "text", text: prompt }] } })
  expect(queued.status).toBe(204)
  // The server stores each turn's diff on its user message once the turn is summarized.
  await expect
    .poll(async () => JSON.stringify(await jsonOf(await s.api(`/session/${id}/message${dir}`))), { timeout: 20_000 })
    .toContain('"file":"written-by-agent.txt"')

  await open(page, portal.url, `/changes?session=${id}`)
  await expect(page.getByRole("heading", { name: "Changes by one session" })).toBeVisible()
  const changes = page.getByRole("region", { name: "Session changes" })
  await expect(changes.getByRole("heading", { name: /^Turn 1: \[\[tool:write/ })).toBeVisible()
  const file = changes.getByRole("region", { name: "written-by-agent.txt", exact: true })
  await expect(file.getByRole("insertion")).toHaveText("+agent wrote this")
  await expect(file).toContainText("1 added line, 0 removed lines")
  await expect(changes.getByRole("region", { name: "src/index.ts", exact: true })).toHaveCount(0)

  await page.getByRole("link", { name: "All uncommitted changes" }).click()
  await expect(page.getByRole("region", { name: "src/index.ts", exact: true })).toBeVisible()
  await expect(page.getByRole("region", { name: "written-by-agent.txt", exact: true })).toContainText("added")
})
