/** Unified patches (as `git diff` writes them) parsed into hunks and numbered lines. */
export type ChangeStatus = "added" | "deleted" | "modified"

/** One changed file, from the working-tree diff or a session's diff. */
export type FileChange = { file: string; patch: string; additions: number; deletions: number; status: ChangeStatus }

export type DiffLine =
  | { kind: "add"; text: string; newNo: number }
  | { kind: "del"; text: string; oldNo: number }
  | { kind: "context"; text: string; oldNo: number; newNo: number }
  /** `\ No newline at end of file` and similar remarks. */
  | { kind: "note"; text: string }

export type Hunk = { header: string; oldStart: number; newStart: number; lines: DiffLine[] }

export type ParsedPatch = { hunks: Hunk[]; binary: boolean; additions: number; deletions: number; lineCount: number }

const HUNK = /^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@/

export function parsePatch(patch: string): ParsedPatch {
  const out: ParsedPatch = { hunks: [], binary: false, additions: 0, deletions: 0, lineCount: 0 }
  const lines = patch.split("\n")
  if (lines.at(-1) === "") lines.pop()
  let hunk: Hunk | undefined
  let oldNo = 0
  let newNo = 0
  // Lines still owed to the current hunk by its header, so a removed line that reads `--- x`
  // is not mistaken for a file header.
  let oldLeft = 0
  let newLeft = 0
  for (const raw of lines) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw
    if (hunk && (oldLeft > 0 || newLeft > 0)) {
      const sign = line[0]
      const text = line.slice(1)
      if (sign === "+") {
        hunk.lines.push({ kind: "add", text, newNo: newNo++ })
        newLeft--
        out.additions++
        continue
      }
      if (sign === "-") {
        hunk.lines.push({ kind: "del", text, oldNo: oldNo++ })
        oldLeft--
        out.deletions++
        continue
      }
      if (sign === " " || line === "") {
        hunk.lines.push({ kind: "context", text, oldNo: oldNo++, newNo: newNo++ })
        oldLeft--
        newLeft--
        continue
      }
    }
    if (line.startsWith("\\")) {
      hunk?.lines.push({ kind: "note", text: line.replace(/^\\\s*/, "") })
      continue
    }
    const match = HUNK.exec(line)
    if (match) {
      oldNo = Number(match[1])
      newNo = Number(match[3])
      oldLeft = match[2] === undefined ? 1 : Number(match[2])
      newLeft = match[4] === undefined ? 1 : Number(match[4])
      hunk = { header: line, oldStart: oldNo, newStart: newNo, lines: [] }
      out.hunks.push(hunk)
      continue
    }
    hunk = undefined
    if (line.startsWith("Binary files ") || line === "GIT binary patch") out.binary = true
  }
  out.lineCount = out.hunks.reduce((n, h) => n + h.lines.length, 0)
  return out
}

/** Totals for a list of changed files. */
export function diffTotals(changes: readonly FileChange[]): { files: number; additions: number; deletions: number } {
  return changes.reduce((t, c) => ({ files: t.files + 1, additions: t.additions + c.additions, deletions: t.deletions + c.deletions }), {
    files: 0,
    additions: 0,
    deletions: 0,
  })
}

/** "3 files changed", "1 file changed". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`
}
