// The whole journey on a 390×844 phone against a real opencode server and the mock LLM: add a
// server, open a directory with the picker, chat, allow a permission, files, changes, terminal.
// On every view the page neither scrolls sideways nor grows past the window, and on the session
// the prompt and Send stay fully on screen.
import type { Page } from "@playwright/test"
import { expect, test, useServers } from "./fixtures"
import { addServerViaUi, serverRow } from "./support/servers-page"

const fleet = useServers([{ name: "phone", dirtyFiles: { "README.md": "# phone\nchanged\n" } }])

test.use({ viewport: { width: 390, height: 844 } })

/** Neither wider nor taller than the window: the shell scrolls inside, never the page. */
async function expectFits(page: Page, view: string): Promise<void> {
  const size = await page.evaluate(() => ({
    width: document.documentElement.scrollWidth,
    height: document.documentElement.scrollHeight,
    innerWidth: window.innerWidth,
    innerHeight: window.innerHeight,
    mainWidth: document.querySelector("main")?.scrollWidth ?? 0,
    mainClient: document.querySelector("main")?.clientWidth ?? 0,
  }))
  expect(size.width, `${view}: page width`).toBeLessThanOrEqual(size.innerWidth)
  expect(size.height, `${view}: page height`).toBeLessThanOrEqual(size.innerHeight)
  expect(size.mainWidth, `${view}: content width`).toBeLessThanOrEqual(size.mainClient)
}

test("the whole journey works at 390×844", async ({ page, portal }) => {
  test.setTimeout(120_000)
  const phone = fleet().get("phone")
  await page.goto(`${portal.url}/servers`)
  await expect(page.getByRole("heading", { name: "Servers" })).toBeVisible()
  await expectFits(page, "servers")

  // The sidebar is a drawer behind "Menu".
  const nav = page.getByRole("navigation", { name: "Portal" })
  await expect(nav).toBeHidden()
  await page.getByRole("button", { name: "Menu" }).click()
  await expect(nav.getByRole("combobox", { name: "Theme" })).toBeVisible()
  await page.keyboard.press("Escape")
  await expect(nav).toBeHidden()

  await addServerViaUi(page, { name: "Phone server", url: phone.url })
  const row = serverRow(page, "Phone server")
  await expect(row.getByText("Phone server", { exact: true })).toBeVisible()
  const name = row.getByText("Phone server", { exact: true })
  expect(await name.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
  await expect(row.getByText(phone.url, { exact: true })).toBeVisible()
  await expect(row).toContainText("Online")
  await expectFits(page, "servers with a row")

  await row.getByRole("button", { name: "Switch to Phone server" }).click()
  const field = page.getByRole("combobox", { name: "Directory path" })
  await field.click()
  const options = page.getByRole("listbox", { name: "Directories" })
  await expect(options.getByRole("option", { name: new RegExp(`^${phone.workspace}\\s*Server directory$`) })).toBeVisible()
  await expectFits(page, "server home")
  await options.getByRole("option", { name: new RegExp(`^${phone.workspace}\\s*Server directory$`) }).click()
  await expect(page.getByRole("navigation", { name: "Directory" })).toBeVisible()
  await expectFits(page, "directory")

  await page.getByRole("button", { name: "New session", exact: true }).click()
  await expect(page.getByRole("heading", { name: "New session", level: 1 })).toBeVisible()
  const prompt = page.getByRole("textbox", { name: "Prompt" })
  const send = page.getByRole("button", { name: "Send" })
  await prompt.fill('[[tool:bash {"command":"echo phone > phone.txt && echo phone-done","description":"Write phone.txt"}]]')
  await send.click()
  const card = page.getByRole("region", { name: "Waiting for you" })
  // The first prompt of an untitled session also has the model title it: the card comes after.
  await expect(card).toBeVisible({ timeout: 30_000 })
  await expect(page.getByRole("status").filter({ hasText: "Permission needed" })).toBeVisible()
  await expect(page.getByRole("heading", { level: 1 })).toBeInViewport({ ratio: 1 })
  await expect(prompt).toBeInViewport({ ratio: 1 })
  await expect(send).toBeInViewport({ ratio: 1 })
  await expectFits(page, "session waiting for a permission")
  await card.getByRole("button", { name: "Allow once" }).click()
  await expect(page.getByRole("log", { name: "Messages" })).toContainText("MOCK TOOL RESULT bash: phone-done")
  await expect(prompt).toBeInViewport({ ratio: 1 })
  await expect(send).toBeInViewport({ ratio: 1 })
  await expectFits(page, "session")

  const tabs = page.getByRole("navigation", { name: "Directory" })
  await tabs.getByRole("link", { name: "Files" }).click()
  const tree = page.getByRole("tree", { name: "Files" })
  await expect(tree.getByRole("treeitem", { name: "README.md" })).toBeVisible()
  await expectFits(page, "files")

  await tabs.getByRole("link", { name: "Changes" }).click()
  await expect(page.getByRole("main")).toContainText("phone.txt", { timeout: 20_000 })
  await expectFits(page, "changes")

  await tabs.getByRole("link", { name: "Terminal" }).click()
  await expect(page.getByRole("region", { name: /^Terminal / })).toBeVisible({ timeout: 20_000 })
  await expectFits(page, "terminal")
})
