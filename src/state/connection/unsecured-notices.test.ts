import { describe, expect, it } from "vitest"
import { makeMemoryStore } from "../../storage/memory-store"
import { NOTICE_KEY } from "../../storage/notices"
import { createUnsecuredNotices } from "./unsecured-notices"

describe("createUnsecuredNotices", () => {
  it("remembers a dismissal per server", () => {
    const store = makeMemoryStore()
    const notices = createUnsecuredNotices({ store })
    expect(notices.dismissed("alpha")).toBe(false)
    expect(notices.dismiss("alpha", "Alpha")).toBeUndefined()
    expect(notices.dismissed("alpha")).toBe(true)
    expect(notices.dismissed("beta")).toBe(false)
    expect(createUnsecuredNotices({ store }).dismissed("alpha")).toBe(true)
  })

  it("hides the notice for now and says so when storage refuses", () => {
    const store = { ...makeMemoryStore(), setItem: () => { throw new Error("quota") } }
    const notices = createUnsecuredNotices({ store })
    expect(notices.dismiss("alpha", "Alpha")).toBe("The notice for Alpha is hidden for now, but could not be remembered: quota")
    expect(notices.dismissed("alpha")).toBe(true)
    expect(store.getItem(NOTICE_KEY)).toBeNull()
  })
})
