// @vitest-environment node
import { describe, expect, it } from "vitest"
import { changesByTurn, promptExcerpt, toFileChange, type RawFileDiff, type TurnSource } from "./session-diff"

// The patch shape the real server stores on a user message after a write tool call.
const WRITE_PATCH = "Index: w.txt\n===================================================================\n--- w.txt\t\n+++ w.txt\t\n@@ -0,0 +1,1 @@\n+agent wrote this\n"

const user = (id: string, text: string, diffs?: { diffs: RawFileDiff[] }): TurnSource => ({
  info: { id, role: "user", time: { created: Number(id.slice(1)) }, ...(diffs ? { summary: diffs } : {}) },
  parts: [{ type: "text", text }],
})
const assistant = (id: string): TurnSource => ({ info: { id, role: "assistant", time: { created: 0 }, summary: true }, parts: [{ type: "text", text: "done" }] })

describe("changesByTurn", () => {
  it("keeps only user turns that changed files, oldest first", () => {
    const turns = changesByTurn([
      user("m1", "hello"),
      assistant("a1"),
      user("m2", "write a file", { diffs: [{ file: "w.txt", patch: WRITE_PATCH, additions: 1, deletions: 0, status: "added" }] }),
      assistant("a2"),
      user("m3", "nothing", { diffs: [] }),
      user("m4", "edit it", { diffs: [{ file: "w.txt", additions: 2, deletions: 1 }] }),
    ])
    expect(turns).toEqual([
      { messageId: "m2", prompt: "write a file", created: 2, changes: [{ file: "w.txt", patch: WRITE_PATCH, additions: 1, deletions: 0, status: "added" }] },
      { messageId: "m4", prompt: "edit it", created: 4, changes: [{ file: "w.txt", patch: "", additions: 2, deletions: 1, status: "modified" }] },
    ])
  })

  it("is empty for a session without changes", () => {
    expect(changesByTurn([])).toEqual([])
    expect(changesByTurn([user("m1", "hi"), assistant("a1")])).toEqual([])
  })
})

describe("promptExcerpt", () => {
  it.each([
    { name: "first typed text", parts: [{ type: "file" }, { type: "text", text: "fix  the\nbug" }], text: "fix the bug" },
    { name: "skips synthetic text", parts: [{ type: "text", text: "system note", synthetic: true }, { type: "text", text: "mine" }], text: "mine" },
    { name: "no text", parts: [{ type: "file" }], text: "" },
    { name: "long text is cut", parts: [{ type: "text", text: "x".repeat(200) }], text: `${"x".repeat(79)}…` },
  ])("$name", ({ parts, text }) => expect(promptExcerpt(parts)).toBe(text))
})

describe("toFileChange", () => {
  it("fills what the server may leave out", () => {
    expect(toFileChange({ additions: 0, deletions: 0 })).toEqual({ file: "(unnamed file)", patch: "", additions: 0, deletions: 0, status: "modified" })
  })
})
