import { describe, expect, it } from "vitest"
import { joinChunks } from "./output-chunks"

describe("joinChunks", () => {
  it.each([
    { texts: [], max: 4, writes: [] },
    { texts: ["ab"], max: 4, writes: ["ab"] },
    { texts: ["ab", "cd", "ef"], max: 4, writes: ["abcd", "ef"] },
    { texts: ["ab", "cd", "ef"], max: 100, writes: ["abcdef"] },
    { texts: ["abcdef", "g"], max: 4, writes: ["abcdef", "g"] },
    { texts: ["a", "bcdef", "g"], max: 4, writes: ["a", "bcdef", "g"] },
    { texts: ["", "a", ""], max: 4, writes: ["a"] },
  ])("$texts in writes of $max → $writes", ({ texts, max, writes }) => {
    expect(joinChunks(texts, max)).toEqual(writes)
  })
})
