// @vitest-environment jsdom
import { createRoot } from "solid-js"
import { describe, expect, it, vi } from "vitest"
import { ACTIONS } from "./catalogue"
import { createActions } from "./actions"

function setup() {
  const target = new EventTarget()
  let dispose = () => {}
  const actions = createRoot((d) => {
    dispose = d
    return createActions({ target, mac: false })
  })
  const press = (init: KeyboardEventInit, on: EventTarget = target) => {
    const e = new KeyboardEvent("keydown", { ...init, cancelable: true, bubbles: true })
    on.dispatchEvent(e)
    return e
  }
  return { actions, press, dispose }
}

describe("createActions", () => {
  it("runs an action on its shortcut, and no longer once unregistered", () => {
    const { actions, press, dispose } = setup()
    const run = vi.fn()
    const off = actions.register({ ...ACTIONS.newSession, run })
    expect(press({ key: "n" }).defaultPrevented).toBe(true)
    expect(run).toHaveBeenCalledTimes(1)
    off()
    expect(press({ key: "n" }).defaultPrevented).toBe(false)
    expect(run).toHaveBeenCalledTimes(1)
    dispose()
  })

  it("ignores plain keys typed in a field, but not modifier shortcuts", () => {
    const plain = vi.fn()
    const palette = vi.fn()
    const field = document.createElement("textarea")
    document.body.append(field)
    const { actions, dispose } = createRoot((d) => ({ actions: createActions({ target: window, mac: false }), dispose: d }))
    actions.register({ ...ACTIONS.newSession, run: plain })
    actions.register({ ...ACTIONS.palette, run: palette })
    field.dispatchEvent(new KeyboardEvent("keydown", { key: "n", bubbles: true }))
    field.dispatchEvent(new KeyboardEvent("keydown", { key: "k", ctrlKey: true, bubbles: true }))
    expect(plain).not.toHaveBeenCalled()
    expect(palette).toHaveBeenCalledTimes(1)
    document.body.dispatchEvent(new KeyboardEvent("keydown", { key: "n", bubbles: true }))
    expect(plain).toHaveBeenCalledTimes(1)
    dispose()
    field.remove()
  })

  it("lets the newest registration of an id win, and lists by group", () => {
    const { actions, dispose } = setup()
    const first = vi.fn()
    const second = vi.fn()
    actions.register({ ...ACTIONS.shortcuts, run: () => {} })
    actions.register({ ...ACTIONS.serversPage, run: first })
    actions.register({ ...ACTIONS.serversPage, run: second })
    expect(actions.list().map((a) => a.id)).toEqual(["servers-page", "shortcuts"])
    actions.run("servers-page")
    expect(second).toHaveBeenCalledTimes(1)
    expect(first).not.toHaveBeenCalled()
    dispose()
  })
})

describe("ACTIONS", () => {
  it("gives every action its own id and shortcut", () => {
    const all = Object.values(ACTIONS)
    expect(new Set(all.map((a) => a.id)).size).toBe(all.length)
    expect(new Set(all.map((a) => a.shortcut.toLowerCase())).size).toBe(all.length)
  })
})
