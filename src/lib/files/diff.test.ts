// @vitest-environment node
import { describe, expect, it } from "vitest"
import { diffTotals, parsePatch, plural, type DiffLine } from "./diff"

// Patches as the real server's GET /vcs/diff?mode=git returns them.
const MODIFIED = "diff --git a/README.md b/README.md\nindex 77ebc65..04c5b6b 100644\n--- a/README.md\n+++ b/README.md\n@@ -1 +1,2 @@\n # hi\n+changed\n"
const ADDED = "diff --git a/untracked.txt b/untracked.txt\nnew file mode 100644\nindex 0000000..3e75765\n--- /dev/null\n+++ b/untracked.txt\n@@ -0,0 +1 @@\n+new\n"
const BINARY = "diff --git a/bin.dat b/bin.dat\nnew file mode 100644\nindex 0000000..c866266\nBinary files /dev/null and b/bin.dat differ\n"
const TWO_HUNKS = [
  "--- a/x.ts",
  "+++ b/x.ts",
  "@@ -1,3 +1,3 @@",
  " a",
  "-b",
  "+B",
  " c",
  "@@ -10,2 +10,3 @@ function f() {",
  " j",
  "+k",
  " l",
  "\\ No newline at end of file",
].join("\n")
// A removed line whose text starts with "-- " looks like a file header; the hunk count decides.
const TRICKY = ["--- a/sql.sql", "+++ b/sql.sql", "@@ -1,2 +1,1 @@", "--- a comment", " select 1"].join("\n")

const summary = (lines: DiffLine[]) =>
  lines.map((l) => (l.kind === "add" ? `+${l.newNo}:${l.text}` : l.kind === "del" ? `-${l.oldNo}:${l.text}` : l.kind === "context" ? ` ${l.oldNo}/${l.newNo}:${l.text}` : `\\${l.text}`))

describe("parsePatch", () => {
  const cases: { name: string; patch: string; hunks: string[][]; additions: number; deletions: number; binary: boolean }[] = [
    { name: "modified file", patch: MODIFIED, hunks: [[" 1/1:# hi", "+2:changed"]], additions: 1, deletions: 0, binary: false },
    { name: "new file", patch: ADDED, hunks: [["+1:new"]], additions: 1, deletions: 0, binary: false },
    { name: "binary file", patch: BINARY, hunks: [], additions: 0, deletions: 0, binary: true },
    {
      name: "two hunks with a note",
      patch: TWO_HUNKS,
      hunks: [
        [" 1/1:a", "-2:b", "+2:B", " 3/3:c"],
        [" 10/10:j", "+11:k", " 11/12:l", "\\No newline at end of file"],
      ],
      additions: 2,
      deletions: 1,
      binary: false,
    },
    { name: "removed line that looks like a header", patch: TRICKY, hunks: [["-1:-- a comment", " 2/1:select 1"]], additions: 0, deletions: 1, binary: false },
    { name: "empty patch", patch: "", hunks: [], additions: 0, deletions: 0, binary: false },
    { name: "CRLF line ends", patch: "@@ -1 +1 @@\r\n-a\r\n+b\r\n", hunks: [["-1:a", "+1:b"]], additions: 1, deletions: 1, binary: false },
    { name: "blank context line without its space", patch: "@@ -1,2 +1,2 @@\n\n-x\n+y\n", hunks: [[" 1/1:", "-2:x", "+2:y"]], additions: 1, deletions: 1, binary: false },
  ]
  it.each(cases)("$name", ({ patch, hunks, additions, deletions, binary }) => {
    const parsed = parsePatch(patch)
    expect(parsed.hunks.map((h) => summary(h.lines))).toEqual(hunks)
    expect(parsed).toMatchObject({ additions, deletions, binary, lineCount: hunks.flat().length })
  })

  it("keeps the hunk header and its start lines", () => {
    const [, second] = parsePatch(TWO_HUNKS).hunks
    expect(second).toMatchObject({ header: "@@ -10,2 +10,3 @@ function f() {", oldStart: 10, newStart: 10 })
  })

  it("parses several files in one patch", () => {
    const parsed = parsePatch(MODIFIED + ADDED + BINARY)
    expect(parsed.hunks).toHaveLength(2)
    expect(parsed).toMatchObject({ additions: 2, deletions: 0, binary: true })
  })

  it("handles a big patch", () => {
    const body = Array.from({ length: 60_000 }, (_, i) => `+line ${i}`).join("\n")
    const parsed = parsePatch(`--- /dev/null\n+++ b/big.txt\n@@ -0,0 +1,60000 @@\n${body}\n`)
    expect(parsed.additions).toBe(60_000)
    expect(parsed.hunks[0]?.lines.at(-1)).toEqual({ kind: "add", text: "line 59999", newNo: 60_000 })
  })
})

describe("diffTotals and plural", () => {
  it("sums files, additions and deletions", () => {
    const change = (additions: number, deletions: number) => ({ file: "f", patch: "", additions, deletions, status: "modified" as const })
    expect(diffTotals([change(1, 2), change(3, 0)])).toEqual({ files: 2, additions: 4, deletions: 2 })
    expect(diffTotals([])).toEqual({ files: 0, additions: 0, deletions: 0 })
  })
  it.each([
    [0, "0 files"],
    [1, "1 file"],
    [2, "2 files"],
  ])("%i", (n, text) => expect(plural(n, "file")).toBe(text))
})
