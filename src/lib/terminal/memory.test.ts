import { describe, expect, it } from "vitest"
import { memoryKey, parseTerminalMemory, reattachable, serializeTerminalMemory, withEntry, type TerminalMemory } from "./memory"

const key = memoryKey("alpha", "/srv/ws")

describe("parseTerminalMemory", () => {
  it.each<[string, unknown, TerminalMemory]>([
    ["nothing stored", null, {}],
    ["not an object", "x", {}],
    ["wrong version", { version: 2, terminals: { [key]: { ids: ["p1"] } } }, {}],
    ["a valid entry", { version: 1, terminals: { [key]: { ids: ["p1", "p2"], active: "p2" } } }, { [key]: { ids: ["p1", "p2"], active: "p2" } }],
    ["active not in the list is dropped", { version: 1, terminals: { [key]: { ids: ["p1"], active: "p9" } } }, { [key]: { ids: ["p1"] } }],
    ["junk ids are dropped, duplicates merged", { version: 1, terminals: { [key]: { ids: ["p1", 3, "", "p1", null] } } }, { [key]: { ids: ["p1"] } }],
    ["an entry without ids is dropped", { version: 1, terminals: { [key]: { active: "p1" }, other: { ids: ["x"] } } }, { other: { ids: ["x"] } }],
    ["an empty list is dropped", { version: 1, terminals: { [key]: { ids: [] } } }, {}],
  ])("%s", (_label, stored, expected) => {
    expect(parseTerminalMemory(stored)).toEqual(expected)
  })

  it("reads back what it wrote", () => {
    const memory = { [key]: { ids: ["p1"], active: "p1" } }
    expect(parseTerminalMemory(JSON.parse(JSON.stringify(serializeTerminalMemory(memory))))).toEqual(memory)
  })
})

describe("withEntry", () => {
  const other = memoryKey("bravo", "/srv/ws")
  it.each<[string, TerminalMemory, { ids: string[]; active?: string }, TerminalMemory]>([
    ["adds", {}, { ids: ["p1"], active: "p1" }, { [key]: { ids: ["p1"], active: "p1" } }],
    ["replaces, keeping other directories", { [key]: { ids: ["p1"] }, [other]: { ids: ["x"] } }, { ids: ["p2"] }, { [key]: { ids: ["p2"] }, [other]: { ids: ["x"] } }],
    ["an empty list removes the entry", { [key]: { ids: ["p1"] }, [other]: { ids: ["x"] } }, { ids: [] }, { [other]: { ids: ["x"] } }],
  ])("%s", (_label, memory, entry, expected) => {
    expect(withEntry(memory, key, entry)).toEqual(expected)
  })
})

describe("reattachable", () => {
  const running = [
    { id: "p3", title: "other client" },
    { id: "p2", title: "Shell 2" },
    { id: "p1", title: "Shell 1" },
  ]
  it.each<[string, { ids: string[] } | undefined, string[]]>([
    ["nothing remembered: none, even if PTYs run", undefined, []],
    ["keeps the remembered order", { ids: ["p1", "p2"] }, ["p1", "p2"]],
    ["drops the ones that ended", { ids: ["p9", "p2"] }, ["p2"]],
    ["never takes another client's PTY", { ids: ["p1"] }, ["p1"]],
  ])("%s", (_label, remembered, expected) => {
    expect(reattachable(remembered, running).map((p) => p.id)).toEqual(expected)
  })
})
