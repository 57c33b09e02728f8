import { paths } from "../src/lib/paths"
import { expect, test, useServers } from "./fixtures"
import { seedServers } from "./support/portal-helpers"

const fleet = useServers([{ name: "echo" }])

test("timing", async ({ page, portal }) => {
  const echo = fleet().get("echo")
  const t0 = Date.now()
  const log = (what: string) => console.log(`${Date.now() - t0} ms ${what}`)
  page.on("console", (m) => console.log("page:", m.text()))
  await seedServers(page, portal.url, [{ id: "echo", name: "ECHO", url: echo.url }])
  await page.goto(portal.url + paths.directory("echo", echo.workspace))
  const indicator = page.getByRole("status", { name: "Live updates from ECHO" })
  await expect(indicator).toHaveText(/^Live/)
  log("live")
  const restarting = echo.restart().then(() => log("restarted"))
  await expect(indicator).toHaveText(/^(Reconnecting|Offline)/)
  log("reconnecting: " + (await indicator.textContent()) + " / " + (await indicator.getAttribute("title")))
  await restarting
  for (let i = 0; i < 40; i++) {
    const text = await indicator.textContent()
    log(`${text} / ${await indicator.getAttribute("title")}`)
    if (text?.startsWith("Live")) break
    await page.waitForTimeout(500)
  }
})
