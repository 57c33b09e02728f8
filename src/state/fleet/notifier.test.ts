import { createRoot, createSignal } from "solid-js"
import { describe, expect, it } from "vitest"
import { makeMemoryStore } from "../../storage/memory-store"
import { makeFakeLive } from "../../../tests/builders/live-server"
import { makeServer } from "../../../tests/builders/server"
import { createFleet } from "./fleet"
import { createNotifier, type NotificationApi, type NotifyPermission } from "./notifier"
import { createReadMarks } from "./read-marks"

const O = "/srv/other"
const session = { id: "ses_a", directory: O, title: "Fix the build", time: { created: 1, updated: 20 } }
const permission = { id: "per_1", sessionID: "ses_a", permission: "bash", patterns: ["npm test"], metadata: { command: "npm test" }, always: [] }
const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

function setup(start: NotifyPermission, answer: NotifyPermission = "granted") {
  const shown: { title: string; body: string; click: () => void }[] = []
  const log: string[] = []
  let current = start
  const notifications: NotificationApi = {
    permission: () => current,
    request: async () => {
      log.push("asked the browser")
      current = answer
      return answer
    },
    show: (text, _tag, onClick) => void shown.push({ ...text, click: onClick }),
  }
  const [visible, setVisible] = createSignal(true)
  const live = makeFakeLive(makeServer("alpha"))
  const store = makeMemoryStore()
  const { fleet, notifier, dispose } = createRoot((dispose) => {
    const marks = createReadMarks({ store, report: () => undefined })
    const fleet = createFleet({ servers: () => [makeServer("alpha")], use: () => live.live, marks, api: { sessions: async () => [session], errors: async () => ({}), snapshot: async () => ({ sessions: [session], directories: [] }), replyPermission: async () => {}, replyQuestion: async () => {}, rejectQuestion: async () => {} } })
    const notifier = createNotifier({
      fleet, notifications, store, serverName: () => "Alpha", visible, report: (m) => void log.push(m),
      focusTab: () => void log.push("focus"), open: (href) => void log.push(`open ${href}`), beep: () => void log.push("beep"),
    })
    return { fleet, notifier, dispose }
  })
  return { fleet, notifier, dispose, shown, log, live, setVisible, store }
}

describe("createNotifier", () => {
  it("asks the browser only on enable, then notifies about requests off screen; a click focuses and opens the item", async () => {
    const { notifier, shown, log, live, dispose } = setup("default")
    live.goLive()
    await flush()
    live.emit("permission.asked", permission, O)
    expect([log, shown]).toEqual([[], []])
    await notifier.enable()
    live.emit("permission.asked", { ...permission, id: "per_2" }, O)
    expect(shown.map((s) => [s.title, s.body])).toEqual([["Permission needed: bash", "Alpha · Fix the build\nnpm test"]])
    shown[0]?.click()
    expect(log).toEqual(["asked the browser", "focus", "open /all#per_2"])
    dispose()
  })

  it("stays quiet for the session on screen while the tab is visible, not while hidden", async () => {
    const { fleet, notifier, shown, live, setVisible, dispose } = setup("granted")
    await notifier.enable()
    live.goLive()
    await flush()
    fleet.setOnScreen({ serverId: "alpha", sessionId: "ses_a" })
    live.emit("permission.asked", permission, O)
    setVisible(false)
    live.emit("session.status", { sessionID: "ses_a", status: { type: "busy" } }, O)
    live.emit("session.idle", { sessionID: "ses_a" }, O)
    expect(shown.map((s) => s.title)).toEqual(["Session finished"])
    dispose()
  })

  it("a refusal is reported and nothing is shown; sound is off until turned on; settings persist", async () => {
    const denied = setup("default", "denied")
    await denied.notifier.enable()
    expect([denied.notifier.active(), denied.log.at(-1)]).toEqual([false, "The browser blocks notifications for this page; allow them in the site settings, then try again."])
    denied.dispose()

    const { notifier, live, log, store, dispose } = setup("granted")
    await notifier.enable()
    notifier.setSound(true)
    live.goLive()
    await flush()
    live.emit("permission.asked", permission, O)
    expect([log, store.getItem("opencode-portal.fleet-settings.v1")]).toEqual([["beep"], '{"notify":true,"sound":true}'])
    dispose()
  })
})
