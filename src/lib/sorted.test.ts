// @vitest-environment node
import { describe, expect, it } from "vitest"
import { insertAllById } from "./sorted"

const items = (...ids: string[]) => ids.map((id) => ({ id }))

describe("insertAllById", () => {
  const cases: { name: string; list: string[]; added: string[]; expected: string[] }[] = [
    { name: "nothing added", list: ["a", "b"], added: [], expected: ["a", "b"] },
    { name: "into an empty list", list: [], added: ["b", "a"], expected: ["a", "b"] },
    { name: "an older page before everything", list: ["m", "n"], added: ["a", "c", "b"], expected: ["a", "b", "c", "m", "n"] },
    { name: "newer items after everything", list: ["a", "b"], added: ["d", "c"], expected: ["a", "b", "c", "d"] },
    { name: "interleaved", list: ["b", "d", "f"], added: ["e", "a", "c", "g"], expected: ["a", "b", "c", "d", "e", "f", "g"] },
  ]
  it.each(cases)("$name", ({ list, added, expected }) => {
    expect(insertAllById(items(...list), items(...added)).map((item) => item.id)).toEqual(expected)
  })

  it("keeps the very objects of the list (a store keeps their rendered rows)", () => {
    const list = items("b", "c")
    const merged = insertAllById(list, items("a"))
    expect(merged[1]).toBe(list[0])
    expect(merged[2]).toBe(list[1])
  })
})
