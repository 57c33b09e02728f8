import { describe, expect, it } from "vitest"
import { makeMemoryStore } from "./memory-store"
import { loadDismissedNotices, NOTICE_KEY, saveDismissedNotice } from "./notices"

describe("dismissed no-password notices", () => {
  it.each([
    [undefined, []],
    ["not json", []],
    ['{"a":1}', []],
    ['["alpha", 3, "beta"]', ["alpha", "beta"]],
  ])("reads %j as %j", (raw, ids) => {
    expect(loadDismissedNotices(makeMemoryStore(raw === undefined ? {} : { [NOTICE_KEY]: raw }))).toEqual(ids)
  })

  it("adds an id once and keeps what another tab stored", () => {
    const store = makeMemoryStore({ [NOTICE_KEY]: '["beta"]' })
    expect(saveDismissedNotice(store, "alpha")).toEqual(["beta", "alpha"])
    expect(saveDismissedNotice(store, "alpha")).toEqual(["beta", "alpha"])
    expect(loadDismissedNotices(store)).toEqual(["beta", "alpha"])
  })
})
