import { describe, expect, it } from "vitest"
import { loadMarks, loadSettings, MARKS_KEY, migrateMarks, migrateSettings, saveMarks, saveSettings } from "./fleet"
import { makeMemoryStore } from "./memory-store"

describe("fleet storage", () => {
  it.each([
    ["nothing", null, {}],
    ["not a record", [1], {}],
    ["keeps numeric stamps only", { a: { looked: 5, finished: "x" }, b: { finished: 3 }, c: {}, d: 7 }, { a: { looked: 5 }, b: { finished: 3 } }],
  ])("migrateMarks: %s", (_label, value, expected) => {
    expect(migrateMarks(value)).toEqual(expected)
  })

  it.each([
    ["nothing: all off", undefined, { notify: false, sound: false }],
    ["stored values", { notify: true, sound: true }, { notify: true, sound: true }],
    ["only true turns on", { notify: "yes", sound: 1 }, { notify: false, sound: false }],
  ])("migrateSettings: %s", (_label, value, expected) => {
    expect(migrateSettings(value)).toEqual(expected)
  })

  it("round-trips marks and settings; broken JSON reads as empty", () => {
    const store = makeMemoryStore()
    saveMarks(store, { k: { looked: 1, finished: 2 } })
    saveSettings(store, { notify: true, sound: false })
    expect([loadMarks(store), loadSettings(store)]).toEqual([{ k: { looked: 1, finished: 2 } }, { notify: true, sound: false }])
    store.setItem(MARKS_KEY, "{oops")
    expect(loadMarks(store)).toEqual({})
  })
})
