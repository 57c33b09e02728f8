// @vitest-environment node
import { describe, expect, it } from "vitest"
import { parsePatch } from "../files/diff"
import { additionPatch, toFileChange, toolDiffs } from "./tool-diff"

// As opencode 1.18.33 sends them (edit permission and completed edit, apply_patch metadata).
const EDIT_DIFF = "Index: /w/hello.txt\n===================================================================\n--- /w/hello.txt\n+++ /w/hello.txt\n@@ -1,3 +1,3 @@\n one\n-two\n+TWO\n three\n"

describe("toolDiffs", () => {
  it.each([
    ["edit permission", "edit", { filepath: "/w/hello.txt", diff: EDIT_DIFF }, {}, [{ file: "/w/hello.txt", patch: EDIT_DIFF }]],
    ["completed edit (file from the input)", "edit", { diagnostics: {}, diff: EDIT_DIFF }, { filePath: "/w/hello.txt" }, [{ file: "/w/hello.txt", patch: EDIT_DIFF }]],
    ["only a filediff", "edit", { filediff: { file: "/w/a", patch: EDIT_DIFF } }, { filePath: "/w/a" }, [{ file: "/w/a", patch: EDIT_DIFF }]],
    [
      "apply_patch files",
      "apply_patch",
      { diff: "ignored", files: [{ filePath: "/w/a.ts", relativePath: "a.ts", patch: "@@ -1 +1 @@\n-a\n+b" }, { filePath: "/w/b.ts", patch: "@@ -0,0 +1 @@\n+c" }, { filePath: "/w/c.ts" }] },
      {},
      [
        { file: "a.ts", patch: "@@ -1 +1 @@\n-a\n+b" },
        { file: "/w/b.ts", patch: "@@ -0,0 +1 @@\n+c" },
      ],
    ],
    ["write: its content, all added", "write", { exists: false }, { filePath: "/w/new.txt", content: "alpha\nbeta\n" }, [{ file: "/w/new.txt", patch: "@@ -0,0 +1,2 @@\n+alpha\n+beta" }]],
    ["a running edit with no metadata yet", "edit", undefined, { filePath: "/w/a" }, []],
    ["bash has no diff", "bash", { output: "hi" }, { command: "echo hi" }, []],
    ["an empty write", "write", {}, { filePath: "/w/e", content: "" }, []],
  ])("%s", (_name, tool, metadata, input, expected) => {
    expect(toolDiffs(tool, metadata, input)).toEqual(expected)
  })

  it("a write's patch parses to numbered added lines", () => {
    const parsed = parsePatch(additionPatch("x\ny"))
    expect(parsed.additions).toBe(2)
    expect(parsed.hunks[0]?.lines).toEqual([
      { kind: "add", text: "x", newNo: 1 },
      { kind: "add", text: "y", newNo: 2 },
    ])
  })

  it("an edit's patch parses despite its Index header", () => {
    const parsed = parsePatch(EDIT_DIFF)
    expect([parsed.additions, parsed.deletions, parsed.lineCount]).toEqual([1, 1, 4])
  })
})

describe("toFileChange", () => {
  it.each([
    ["an edit", { file: "a", patch: EDIT_DIFF }, { status: "modified", additions: 1, deletions: 1, lineCount: 4 }],
    ["a new file", { file: "n", patch: additionPatch("x\ny\n") }, { status: "added", additions: 2, deletions: 0, lineCount: 2 }],
    ["a deleted file", { file: "d", patch: "@@ -1,2 +0,0 @@\n-alpha\n-beta" }, { status: "deleted", additions: 0, deletions: 2, lineCount: 2 }],
  ])("%s", (_name, diff, expected) => expect(toFileChange(diff)).toMatchObject({ file: diff.file, ...expected }))
})
