import { writeFile } from "node:fs/promises"
import { join } from "node:path"
import { paths } from "../src/lib/paths"
import { expect, test, useServers } from "./fixtures"
import { seedServers } from "./support/portal-helpers"
const fleet = useServers([{ name: "shots", files: { "src/lib/helpers.ts": "export const helper = 1\nconst x = 2\n" } }])
test("shots", async ({ page, portal }) => {
  const s = fleet().get("shots")
  await writeFile(join(s.workspace, "src/util.ts"), "export function add(a: number, b: number): number {\n  return a + b + 0\n}\nexport const wide = '" + "wide ".repeat(40) + "'\n")
  await writeFile(join(s.workspace, "new.md"), "# new\n")
  await seedServers(page, portal.url, [{ id: "shots", name: "Shots", url: s.url }])
  const base = portal.url + paths.directory("shots", s.workspace)
  await page.goto(base + "/file/src/util.ts")
  await expect(page.getByRole("region", { name: "src/util.ts" })).toContainText("return")
  await page.screenshot({ path: "/tmp/shot-files.png", fullPage: true })
  await page.keyboard.press("Control+p")
  await page.getByRole("combobox", { name: "Find file" }).fill("hel")
  await expect(page.getByRole("option").first()).toBeVisible()
  await page.screenshot({ path: "/tmp/shot-quick.png" })
  await page.keyboard.press("Escape")
  await page.goto(base + "/changes")
  await expect(page.getByText("Branch main")).toBeVisible()
  await page.screenshot({ path: "/tmp/shot-changes.png", fullPage: true })
  await page.setViewportSize({ width: 390, height: 844 })
  await page.screenshot({ path: "/tmp/shot-changes-phone.png", fullPage: true })
  await page.goto(base + "/file/nope.txt")
  await expect(page.getByRole("alert").first()).toBeVisible()
  await page.screenshot({ path: "/tmp/shot-missing-phone.png", fullPage: true })
})
