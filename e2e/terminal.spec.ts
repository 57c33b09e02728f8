// The terminal against real opencode servers: typing and output, resizing the PTY with the window,
// reattaching after a reload, the exit code, a password server, separate tabs, closing with a
// confirmation, the no-password warning, a strict CSP, and a server that goes away and comes back.
import { createServer } from "node:http"
import type { Locator, Page, WebSocketRoute } from "@playwright/test"
import { links } from "../src/lib/routing/links"
import { expect, test, useServers, type OpencodeServer } from "./fixtures"
import { arrayOf, jsonOf, stringField } from "./support/json"
import { seedServers } from "./support/portal-helpers"
import { listenLoopback } from "./support/ports"

const PASSWORD = "terminal-secret-pw"
const fleet = useServers([{ name: "alpha" }, { name: "bravo", password: PASSWORD }])

/** A run-unique token; typed as `printf 'out-%s' TOKEN`, so the output never equals the typed line. */
const token = (label: string) => `${label}${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`

async function openTerminal(page: Page, portalUrl: string, server: OpencodeServer): Promise<void> {
  const { alpha, bravo } = { alpha: fleet().get("alpha"), bravo: fleet().get("bravo") }
  await seedServers(page, portalUrl, [
    { id: "alpha", name: "Alpha", url: alpha.url },
    { id: "bravo", name: "Bravo", url: bravo.url },
  ], { bravo: PASSWORD })
  await page.goto(`${portalUrl}${links.directory(server.name, server.workspace)}/terminal`)
}

const terminal = (page: Page, title: string) => page.getByRole("region", { name: `Terminal ${title}`, exact: true })

/** A busy 2-core test machine can take seconds to list and open PTYs; the prompt is the real signal. */
const PROMPT_TIMEOUT_MS = 30_000

/** Waits for the shell's prompt, then types a line and presses Enter. */
async function run(region: Locator, line: string): Promise<void> {
  await expect(region).toContainText(/[$#]/, { timeout: PROMPT_TIMEOUT_MS })
  const input = region.getByRole("textbox", { name: "Terminal input" })
  await input.pressSequentially(line)
  await input.press("Enter")
}

/** The PTY's size as the shell sees it, printed on its own recognizable line. */
async function sttySize(region: Locator): Promise<{ rows: number; cols: number }> {
  const tag = token("sz")
  await run(region, `echo ${tag}=$(stty size | tr ' ' x)`)
  await expect(region).toContainText(new RegExp(`${tag}=\\d+x\\d+`))
  const match = new RegExp(`${tag}=(\\d+)x(\\d+)`).exec(await region.innerText())
  if (!match) throw new Error("stty size output not found")
  return { rows: Number(match[1]), cols: Number(match[2]) }
}

/**
 * The portal again on another loopback port, every answer carrying `csp`. (Fulfilling the page
 * through page.route would make Chromium treat it as public and refuse its loopback requests.)
 */
async function portalWithCsp(portalUrl: string, csp: string): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    fetch(portalUrl + (req.url ?? "/"))
      .then(async (upstream) => {
        const type = upstream.headers.get("content-type") ?? "application/octet-stream"
        const body = Buffer.from(await upstream.arrayBuffer())
        res.writeHead(upstream.status, { "content-type": type, "content-security-policy": csp })
        res.end(body)
      })
      .catch((error: unknown) => {
        res.writeHead(502, { "content-type": "text/plain" })
        res.end(`portal proxy: ${String(error)}`)
      })
  })
  const port = await listenLoopback(server)
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) }
}

async function ptys(server: OpencodeServer): Promise<Array<{ id: string; title: string }>> {
  const list = arrayOf(await jsonOf(await server.api(`/pty?directory=${encodeURIComponent(server.workspace)}`)))
  return list.map((p) => ({ id: stringField(p, "id"), title: stringField(p, "title") }))
}

test("types and sees output, follows the window's size, reattaches after a reload, reports the exit code", async ({ page, portal }) => {
  const alpha = fleet().get("alpha")
  await page.setViewportSize({ width: 1280, height: 800 })
  await openTerminal(page, portal.url, alpha)
  const shell = terminal(page, "Shell 1")
  // The first PTY listing on a fresh server's instance was measured at 8–9 s (GET /pty), so the
  // first tab's frame gets the same allowance as the prompt.
  await expect(shell.getByText("Alpha", { exact: true })).toBeVisible({ timeout: PROMPT_TIMEOUT_MS })
  await expect(shell.getByText(alpha.workspace, { exact: true })).toBeVisible()

  const marker = token("mark")
  await run(shell, `printf 'out-%s\\n' ${marker}`)
  await expect(shell).toContainText(`out-${marker}`)

  const before = await sttySize(shell)
  const resized = page.waitForRequest((r) => r.method() === "PUT" && /\/pty\/pty_[^/]+$/.test(new URL(r.url()).pathname))
  await page.setViewportSize({ width: 820, height: 560 })
  const sent: unknown = (await resized).postDataJSON()
  const after = await sttySize(shell)
  expect(after).not.toEqual(before)
  expect(after.cols).toBeLessThan(before.cols)
  expect(sent).toMatchObject({ size: after })

  await page.reload()
  await expect(terminal(page, "Shell 1")).toContainText(`out-${marker}`)
  await expect(page.getByRole("region", { name: /^Terminal / })).toHaveCount(1)

  await run(terminal(page, "Shell 1"), "exit 3")
  await expect(terminal(page, "Shell 1").getByRole("alert")).toContainText("The shell exited with code 3.")
  await terminal(page, "Shell 1").getByRole("button", { name: "Open a new terminal" }).click()
  const fresh = terminal(page, "Shell 2")
  const again = token("again")
  await run(fresh, `printf 'out-%s\\n' ${again}`)
  await expect(fresh).toContainText(`out-${again}`)
})

test("works on a password-protected server, with no password in any URL and no warning", async ({ page, portal }) => {
  const bravo = fleet().get("bravo")
  const urls: string[] = []
  page.on("request", (r) => urls.push(r.url()))
  page.on("websocket", (ws) => urls.push(ws.url()))
  await openTerminal(page, portal.url, bravo)
  const shell = terminal(page, "Shell 1")
  const marker = token("pw")
  await run(shell, `printf 'out-%s\\n' ${marker}`)
  await expect(shell).toContainText(`out-${marker}`)

  const sockets = urls.filter((u) => u.startsWith("ws://"))
  expect(sockets.length).toBeGreaterThan(0)
  for (const url of sockets) expect(url).toMatch(/[?&]ticket=[^&]+/)
  const basic = Buffer.from(`opencode:${PASSWORD}`).toString("base64")
  for (const url of urls) {
    expect(url).not.toContain(PASSWORD)
    expect(url).not.toContain(encodeURIComponent(basic))
    expect(url).not.toContain("auth_token")
  }
  await expect(page.getByRole("note").filter({ hasText: "No password" })).toHaveCount(0)
})

test("two terminals keep their output apart; closing one asks first and ends its PTY", async ({ page, portal }) => {
  const alpha = fleet().get("alpha")
  await openTerminal(page, portal.url, alpha)
  const first = terminal(page, "Shell 1")
  await expect(first).toContainText(/[$#]/, { timeout: PROMPT_TIMEOUT_MS })
  const existing = new Set((await ptys(alpha)).map((p) => p.id))

  await page.getByRole("button", { name: "New terminal", exact: true }).click()
  const second = terminal(page, "Shell 2")
  const one = token("one")
  const two = token("two")
  await run(second, `printf 'out-%s\\n' ${two}`)
  await expect(second).toContainText(`out-${two}`)
  const created = (await ptys(alpha)).find((p) => !existing.has(p.id))
  expect(created?.title).toBe("Shell 2")

  await page.getByRole("button", { name: "Shell 1", exact: true }).click()
  await run(first, `printf 'out-%s\\n' ${one}`)
  await expect(first).toContainText(`out-${one}`)
  await expect(first).not.toContainText(`out-${two}`)
  await page.getByRole("button", { name: "Shell 2", exact: true }).click()
  await expect(second).not.toContainText(`out-${one}`)

  await page.getByRole("button", { name: "Close Shell 2" }).click()
  const dialog = page.getByRole("dialog", { name: "Close Shell 2?" })
  await dialog.getByRole("button", { name: "Cancel" }).click()
  await expect(dialog).toBeHidden()
  await expect(second).toBeVisible()
  expect((await ptys(alpha)).map((p) => p.id)).toContain(created?.id)

  await page.getByRole("button", { name: "Close Shell 2" }).click()
  await page.getByRole("dialog", { name: "Close Shell 2?" }).getByRole("button", { name: "Close terminal" }).click()
  await expect(second).toHaveCount(0)
  await expect(first).toBeVisible()
  await expect.poll(async () => (await ptys(alpha)).map((p) => p.id)).not.toContain(created?.id)
})

test("a dropped socket reattaches with a fresh ticket and replays exactly what was missed", async ({ page, portal }) => {
  const alpha = fleet().get("alpha")
  const sockets: WebSocketRoute[] = []
  await page.routeWebSocket(/\/pty\/[^/]+\/connect/, async (ws) => {
    sockets.push(ws)
    // The second connection waits, so the shell writes output that only the replay can bring.
    if (sockets.length === 2) await new Promise((resolve) => setTimeout(resolve, 2500))
    ws.connectToServer()
  })
  await openTerminal(page, portal.url, alpha)
  const shell = terminal(page, "Shell 1")
  // Non-ASCII output: the replay cursor counts UTF-16 units, so counting bytes would cut the replay.
  const utf8 = (tag: string) => `printf '\\xc3\\xa9\\xe2\\x82\\xac-%s\\n' ${tag}`
  const before = token("before")
  await run(shell, utf8(before))
  await expect(shell).toContainText(`é€-${before}`)

  const late = token("late")
  await run(shell, `sleep 1; ${utf8(late)}`)
  await expect(shell).toContainText(late)
  sockets[0]?.close({ code: 4000, reason: "dropped by the test" })
  await expect(shell.getByRole("status")).toContainText("Connection lost; reconnecting…")
  await expect(shell).toContainText(`é€-${late}`, { timeout: 15_000 })
  expect(sockets).toHaveLength(2)
  const [first, second] = sockets.map((ws) => new URL(ws.url()))
  expect(second?.searchParams.get("ticket")).not.toBe(first?.searchParams.get("ticket"))
  expect(Number(second?.searchParams.get("cursor"))).toBeGreaterThan(0)

  const text = await shell.innerText()
  expect(text.split(`é€-${before}`)).toHaveLength(2)
  expect(text.split(`é€-${late}`)).toHaveLength(2)
  const after = token("after")
  await run(shell, `printf 'out-%s\\n' ${after}`)
  await expect(shell).toContainText(`out-${after}`)
})

test("tabs can be renamed; a server without a password shows a dismissible warning", async ({ page, portal }) => {
  const alpha = fleet().get("alpha")
  await openTerminal(page, portal.url, alpha)
  const warning = page.getByRole("note").filter({ hasText: "No password" })
  await expect(warning).toContainText("OPENCODE_SERVER_PASSWORD")
  await warning.getByRole("button", { name: "Dismiss warning" }).click()
  await expect(warning).toHaveCount(0)

  await expect(terminal(page, "Shell 1")).toContainText(/[$#]/, { timeout: PROMPT_TIMEOUT_MS })
  await page.getByRole("button", { name: "Rename Shell 1" }).click()
  const field = page.getByRole("textbox", { name: "Terminal name" })
  await field.fill("   ")
  await field.press("Enter")
  await expect(page.getByRole("alert").filter({ hasText: "A name is required." })).toBeVisible()
  await field.fill("builds")
  await field.press("Enter")
  await expect(terminal(page, "builds")).toBeVisible()
  await expect.poll(async () => (await ptys(alpha)).map((p) => p.title)).toContain("builds")

  await page.reload()
  await expect(terminal(page, "builds")).toBeVisible()
  await expect(page.getByRole("note").filter({ hasText: "No password" })).toHaveCount(0)
})

test("renders under a strict CSP (style-src 'self') with no violation: xterm's <style> rules are routed into stylesheets", async ({ page, portal }) => {
  const alpha = fleet().get("alpha")
  const strict = await portalWithCsp(portal.url, "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' http: https: ws: wss:; img-src 'self' data:")
  try {
    await page.addInitScript(() => {
      const seen: string[] = []
      Reflect.set(window, "__cspViolations", seen)
      document.addEventListener("securitypolicyviolation", (e) => seen.push(e.effectiveDirective))
    })
    await openTerminal(page, strict.url, alpha)
    const shell = terminal(page, "Shell 1")
    const marker = token("csp")
    await run(shell, `printf 'out-%s\\n' ${marker}`)
    await expect(shell).toContainText(`out-${marker}`)

    // The rows' font and `white-space: pre` come only from the rules xterm writes at run time.
    const rows = await shell.evaluate((region) => {
      const el = region.querySelector(".xterm-rows")
      return el ? { font: getComputedStyle(el).fontFamily, space: getComputedStyle(el).whiteSpace } : undefined
    })
    expect(rows?.font).toContain("monospace")
    expect(rows?.space).toBe("pre")
    // xterm's <style> elements never reach the page, so nothing is refused.
    const violations = arrayOf(await page.evaluate(() => Reflect.get(window, "__cspViolations")))
    expect(violations).toEqual([])
  } finally {
    await strict.close()
  }
})

// Last: it restarts alpha, which ends every shell on it.
test("says when the server goes away, and when it is back that the shell did not survive", async ({ page, portal }) => {
  const alpha = fleet().get("alpha")
  await openTerminal(page, portal.url, alpha)
  const shell = terminal(page, "Shell 1")
  await expect(shell).toContainText(/[$#]/, { timeout: PROMPT_TIMEOUT_MS })
  await alpha.stop()
  await expect(shell.getByRole("alert")).toContainText("the server is unreachable")
  await expect(shell.getByRole("alert")).toContainText("The terminal reconnects when Alpha answers again.")
  await alpha.restart()
  await expect(shell.getByRole("alert")).toContainText("This terminal's shell no longer runs on Alpha", { timeout: 20_000 })
  await shell.getByRole("button", { name: "Open a new terminal" }).click()
  const fresh = terminal(page, "Shell 2")
  const marker = token("back")
  await run(fresh, `printf 'out-%s\\n' ${marker}`)
  await expect(fresh).toContainText(`out-${marker}`)
})
