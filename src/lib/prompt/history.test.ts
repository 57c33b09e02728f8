import { describe, expect, it } from "vitest"
import { AT_DRAFT, promptsOf, walkHistory, wantsHistory } from "./history"

const entries = ["first", "second", "third"]

describe("walkHistory", () => {
  it("goes back from the draft to the oldest, then forward to the draft as it was", () => {
    const up1 = walkHistory(entries, AT_DRAFT, "my draft", "older")
    expect(up1).toEqual({ text: "third", walk: { index: 0, draft: "my draft" } })
    const up2 = walkHistory(entries, up1?.walk ?? AT_DRAFT, "third", "older")
    const up3 = walkHistory(entries, up2?.walk ?? AT_DRAFT, "second", "older")
    expect(up3?.text).toBe("first")
    expect(walkHistory(entries, up3?.walk ?? AT_DRAFT, "first", "older")).toBeUndefined()
    const down = walkHistory(entries, up1?.walk ?? AT_DRAFT, "third", "newer")
    expect(down).toEqual({ text: "my draft", walk: AT_DRAFT })
    expect(walkHistory(entries, AT_DRAFT, "my draft", "newer")).toBeUndefined()
  })
  it("does nothing without history", () => {
    expect(walkHistory([], AT_DRAFT, "", "older")).toBeUndefined()
  })
})

describe("wantsHistory", () => {
  it.each([
    [{ text: "", caretStart: 0, caretEnd: 0, walking: false, direction: "older" }, true],
    [{ text: "typed", caretStart: 0, caretEnd: 0, walking: false, direction: "older" }, false],
    [{ text: "from history", caretStart: 0, caretEnd: 0, walking: true, direction: "older" }, true],
    [{ text: "from history", caretStart: 3, caretEnd: 3, walking: true, direction: "older" }, false],
    [{ text: "from history", caretStart: 12, caretEnd: 12, walking: true, direction: "newer" }, true],
    [{ text: "from history", caretStart: 0, caretEnd: 12, walking: true, direction: "newer" }, false],
  ] as const)("%j → %s", (input, expected) => {
    expect(wantsHistory(input)).toBe(expected)
  })
})

describe("promptsOf", () => {
  it("skips blanks and repeats in a row", () => {
    expect(promptsOf([{ text: "a" }, { text: " " }, { text: "a" }, { text: "b" }, { text: "a" }])).toEqual(["a", "b", "a"])
  })
})
