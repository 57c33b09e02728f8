import { paths } from "../src/lib/paths"
import { test, useServers } from "./fixtures"
import { seedServers } from "./support/portal-helpers"
import { jsonOf, stringField } from "./support/json"

const fleet = useServers([{ name: "dbg" }])

test("measure 2000", async ({ page, portal }) => {
  test.setTimeout(600_000)
  const s = fleet().get("dbg")
  const h = { "x-opencode-directory": s.workspace }
  const id = stringField(await jsonOf(await s.api("/session", { method: "POST", json: { title: "L" }, headers: h })), "id")
  const post = async (i: number) => {
    const text = i % 10 === 5 ? `rich message ${i}\n\n- a list item\n- another\n\n\`\`\`ts\nconst x = ${i}\n\`\`\`` : `seed message ${i}`
    const res = await s.api(`/session/${id}/message`, { method: "POST", json: { noReply: true, parts: [{ type: "text", text }] }, headers: h })
    if (!res.ok) throw new Error("seed")
  }
  let t = Date.now()
  await post(1)
  for (let start = 2; start < 2000; start += 40) await Promise.all(Array.from({ length: Math.min(40, 2000 - start) }, (_, k) => post(start + k)))
  await post(2000)
  console.log("seeded 2000 in", Date.now() - t)
  await seedServers(page, portal.url, [{ id: "dbg", name: "Dbg", url: s.url }])
  for (let round = 0; round < 3; round++) {
    t = Date.now()
    await page.goto(portal.url + paths.session("dbg", s.workspace, id))
    await page.getByRole("log", { name: "Messages" }).getByText("seed message 2000", { exact: true }).waitFor()
    console.log(`open: newest visible after ${Date.now() - t} ms`)
  }
  const log = page.getByRole("log", { name: "Messages" })
  t = Date.now()
  while (!(await log.getByText("seed message 1", { exact: true }).isVisible())) {
    await log.evaluate((el) => el.scrollTo(0, 0))
    await page.waitForTimeout(100)
  }
  console.log(`paged all 2000 in ${Date.now() - t} ms; articles in DOM: ${await log.getByRole("article").count()}`)
  for (const step of [600, 150]) {
    const stats = await log.evaluate(async (el, step) => {
      el.scrollTop = el.scrollHeight
      await new Promise((r) => setTimeout(r, 300))
      const frames: number[] = []
      let last = performance.now()
      for (let y = el.scrollHeight; y > 0 && frames.length < 600; y -= step) {
        el.scrollTop = y
        await new Promise((r) => requestAnimationFrame(() => r(null)))
        const now = performance.now()
        frames.push(now - last)
        last = now
      }
      frames.sort((a, b) => a - b)
      const at = (q: number) => Math.round(frames[Math.floor(frames.length * q)] ?? 0)
      return { step, height: el.scrollHeight, frames: frames.length, median: at(0.5), p95: at(0.95), max: at(0.999), dom: el.querySelectorAll("article").length }
    }, step)
    console.log("scroll:", JSON.stringify(stats))
  }
})
