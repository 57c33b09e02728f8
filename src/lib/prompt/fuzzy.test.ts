import { describe, expect, it } from "vitest"
import { fuzzyFilter, fuzzyScore } from "./fuzzy"

describe("fuzzyScore", () => {
  it.each([
    ["", "anything", 0],
    ["serv", "Servers page", 0],
    ["page", "Servers page", 1],
    ["rvers", "Servers page", 2],
    ["zzz", "Servers page", undefined],
  ])("%j in %j → %j", (query, text, score) => {
    expect(fuzzyScore(query, text)).toBe(score)
  })

  it("ranks letters in order after contiguous hits, tighter spans first", () => {
    const tight = fuzzyScore("nse", "new session")
    const loose = fuzzyScore("nse", "new terminal session")
    expect(tight).toBeGreaterThan(2)
    expect(loose).toBeGreaterThan(tight ?? 0)
  })
})

describe("fuzzyFilter", () => {
  const actions = ["Switch server", "Export servers", "Servers page", "Import servers", "New session"]
  it.each([
    ["servers", ["Servers page", "Export servers", "Import servers"]],
    ["server", ["Servers page", "Switch server", "Export servers", "Import servers"]],
    ["nses", ["New session"]],
    ["", actions],
  ])("%j → %j", (query, expected) => {
    expect(fuzzyFilter(query, actions, (a) => a)).toEqual(expected)
  })
})
