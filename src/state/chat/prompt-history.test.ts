import { createRoot, createSignal } from "solid-js"
import { describe, expect, it } from "vitest"
import { createPromptHistory } from "./prompt-history"

function setup(entries: string[]) {
  return createRoot(() => {
    const [draft, setDraft] = createSignal("")
    const history = createPromptHistory({ entries: () => entries, draft, setDraft })
    return { history, draft, setDraft }
  })
}

describe("createPromptHistory", () => {
  it("walks back from an empty prompt and forward to it again", () => {
    const { history, draft } = setup(["first", "second"])
    expect(history.step("older", { start: 0, end: 0 })).toBe(true)
    expect(draft()).toBe("second")
    expect(history.step("older", { start: 0, end: 0 })).toBe(true)
    expect(draft()).toBe("first")
    expect(history.step("older", { start: 0, end: 0 })).toBe(false)
    expect(history.step("newer", { start: 5, end: 5 })).toBe(true)
    expect(history.step("newer", { start: 6, end: 6 })).toBe(true)
    expect(draft()).toBe("")
    expect(history.walking()).toBe(false)
  })

  it("leaves the arrows to the caret in text the person typed", () => {
    const { history, draft, setDraft } = setup(["first"])
    setDraft("my own words")
    expect(history.step("older", { start: 0, end: 0 })).toBe(false)
    expect(draft()).toBe("my own words")
  })

  it("moves the caret inside a shown entry until it reaches the edge", () => {
    const { history, draft } = setup(["one", "two"])
    history.step("older", { start: 0, end: 0 })
    expect(history.step("older", { start: 2, end: 2 })).toBe(false)
    expect(draft()).toBe("two")
  })
})
