// What the bench needs to drive OpenCode's own web app (served by every `opencode serve` at /), by
// its visible UI: roles, names and text as a person sees them. Learned by exploring its 1.18.33
// app in headless Chromium; when its UI changes, this is the one file to update.
import type { Page } from "@playwright/test"
import { NotMeasured } from "./harness"

export interface AppServer {
  url: string
  name: string
  username?: string
  password?: string
}

const ADD_TIMEOUT_MS = 15_000

/**
 * Settings → Servers → "Add server", once per server, as a person registers them. The app checks
 * each address and refuses one it cannot reach ("Could not connect to server"), so only
 * reachable servers can be registered in it. The list persists in the browser across reloads.
 */
export async function addServers(page: Page, servers: readonly AppServer[]): Promise<void> {
  await page.getByRole("button", { name: "Settings" }).first().click()
  await page.getByRole("tab", { name: "Servers" }).click()
  const panel = page.getByRole("tabpanel", { name: "Servers" })
  for (const server of servers) {
    await panel.getByRole("button", { name: "Add server" }).click()
    const dialog = page.getByRole("dialog", { name: "Add server" })
    // Its fields have no labels; their placeholders name them.
    await dialog.getByRole("textbox", { name: "http://localhost:4096", exact: true }).fill(server.url)
    await dialog.getByRole("textbox", { name: "Localhost", exact: true }).fill(server.name)
    if (server.password !== undefined) {
      await dialog.getByRole("textbox", { name: "username", exact: true }).fill(server.username ?? "opencode")
      await dialog.getByRole("textbox", { name: "password", exact: true }).fill(server.password)
    }
    await dialog.getByRole("button", { name: "Add server" }).click()
    try {
      await dialog.waitFor({ state: "hidden", timeout: ADD_TIMEOUT_MS })
      await panel.getByText(server.name, { exact: true }).waitFor({ timeout: ADD_TIMEOUT_MS })
    } catch {
      const said = await dialog.textContent({ timeout: 1000 }).catch(() => "")
      throw new NotMeasured(`OpenCode's app did not add ${server.name} (${server.url})${said?.includes("Could not connect") ? ': "Could not connect to server"' : ""}`)
    }
  }
  await page.keyboard.press("Escape")
}

function base64Url(text: string): string {
  return Buffer.from(text, "utf8").toString("base64url")
}

/** The address OpenCode's app gives a session's tab (`/server/<base64url of the server>/session/<id>`). */
export function sessionUrl(appUrl: string, sessionId: string): string {
  return `${appUrl}/server/${base64Url(appUrl)}/session/${encodeURIComponent(sessionId)}`
}

/** Its session's message list: a region "scrollable content" in main (the name is its scroll view's, not the log's). */
export const OPENCODE_MESSAGES = 'main [role="region"][aria-label="scrollable content"]'

/**
 * Types into its composer (a contenteditable named "Prompt") and presses Enter, as a person does;
 * `fill` is not enough, the composer reads its own input events.
 */
export async function sendPrompt(page: Page, text: string): Promise<void> {
  const prompt = page.getByRole("textbox", { name: "Prompt" })
  try {
    await prompt.waitFor({ state: "visible", timeout: ADD_TIMEOUT_MS })
  } catch {
    throw new NotMeasured(`no textbox "Prompt" in OpenCode's app within ${ADD_TIMEOUT_MS / 1000} s`)
  }
  await prompt.click()
  await page.keyboard.insertText(text)
  await page.keyboard.press("Enter")
}

const TERMINAL_TIMEOUT_MS = 20_000

/**
 * Its terminal: Ctrl+` opens a region "Terminal" under the session; "New terminal" adds a tab
 * "Terminal N". Resolves with whether the terminal draws on a canvas (then its text is not in the
 * page for the bench to see); throws with what was missing otherwise.
 */
export async function openTerminal(page: Page): Promise<{ canvas: boolean }> {
  await page.getByRole("textbox", { name: "Prompt" }).click({ timeout: TERMINAL_TIMEOUT_MS })
  await page.keyboard.press("Control+Backquote")
  const region = page.getByRole("region", { name: "Terminal", exact: true })
  try {
    await region.getByRole("button", { name: "New terminal" }).click({ timeout: TERMINAL_TIMEOUT_MS })
    await region.getByRole("tab", { name: /^Terminal / }).first().waitFor({ timeout: TERMINAL_TIMEOUT_MS })
  } catch {
    throw new NotMeasured('Ctrl+` and "New terminal" in OpenCode\'s app showed no terminal tab')
  }
  const screen = region.locator('[data-component="terminal"]').last()
  await screen.locator("canvas, textarea").first().waitFor({ state: "attached", timeout: TERMINAL_TIMEOUT_MS })
  return { canvas: (await screen.locator("canvas").count()) > 0 }
}
