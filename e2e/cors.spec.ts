import { expect, launchServers, test, type OpencodeServer } from "./fixtures"
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./support/chromium"
import { addServerViaUi, expectStatus, serverRow } from "./support/servers-page"

// The page is served from a non-localhost origin, so a server's default CORS allow-list (localhost,
// 127.0.0.1 and opencode.ai) rejects it — the situation of a portal on a CDN or a tailnet name.
const HOST = "portal.test"
test.use({
  launchOptions: {
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, `--host-resolver-rules=MAP ${HOST} 127.0.0.1`],
  },
})

test("a server that does not allow this origin shows CORS blocked with the exact fix; --cors fixes it", async ({ page, portal, mockLlm }) => {
  const origin = `http://${HOST}:${portal.port}`
  const fleet = await launchServers(mockLlm, [{ name: "closed" }, { name: "open", cors: [origin] }, { name: "locked", password: "pw-for-cors", cors: [origin] }])
  const get = (name: string): OpencodeServer => fleet.get(name)
  try {
    await page.goto(`${origin}/servers`)
    await addServerViaUi(page, { name: "Closed", url: get("closed").url })
    await addServerViaUi(page, { name: "Open", url: get("open").url })
    await addServerViaUi(page, { name: "Locked", url: get("locked").url })
    await expectStatus(page, "Closed", `CORS blocked: the server does not allow ${origin}`)
    await expect(serverRow(page, "Closed").getByText(`opencode serve --cors ${origin}`)).toBeVisible()
    await expect(serverRow(page, "Closed").getByRole("button", { name: "Copy command" })).toBeVisible()
    await expectStatus(page, "Open", "Online")
    await expectStatus(page, "Locked", "Unauthorized")

    await page.getByRole("button", { name: "Switch to Closed" }).click()
    await expect(page.getByRole("alert").filter({ hasText: "CORS blocked" })).toBeVisible()
    await expect(page.getByRole("button", { name: "Retry" })).toBeVisible()
    await expect(page.getByRole("link", { name: "Switch server" })).toBeVisible()
  } finally {
    await fleet.cleanup()
  }
})
