/**
 * The file changes an edit, write or patch tool call carries, as unified patches, for showing
 * them inline. The server puts them in the tool's (or permission's) metadata: `diff` for an edit,
 * `files[].patch` for apply_patch; a write carries only its new content, shown as all added.
 */
import { parsePatch, type FileChange } from "../files/diff"
import { isRecord } from "../guards"

export type ToolDiff = { file: string; patch: string }

const text = (v: unknown): string | undefined => (typeof v === "string" && v !== "" ? v : undefined)

/** A patch that adds every line of `content` (a write shows what the file now holds). */
export function additionPatch(content: string): string {
  const lines = content.split("\n")
  if (lines.at(-1) === "") lines.pop()
  if (lines.length === 0) return ""
  return [`@@ -0,0 +1,${lines.length} @@`, ...lines.map((line) => `+${line}`)].join("\n")
}

function fromFiles(files: unknown): ToolDiff[] {
  if (!Array.isArray(files)) return []
  return files.filter(isRecord).flatMap((f) => {
    const patch = text(f.patch) ?? text(f.diff)
    const file = text(f.relativePath) ?? text(f.filePath) ?? text(f.file)
    return patch && file ? [{ file, patch }] : []
  })
}

/** `metadata` from the tool state or the permission request; `input` the tool's arguments, if known. */
export function toolDiffs(tool: string, metadata: Record<string, unknown> | undefined, input: Record<string, unknown> = {}): ToolDiff[] {
  const meta = metadata ?? {}
  const perFile = fromFiles(meta.files)
  if (perFile.length > 0) return perFile
  const file = text(meta.filepath) ?? text(meta.filePath) ?? text(input.filePath) ?? text(input.path) ?? "file"
  const diff = text(meta.diff) ?? (isRecord(meta.filediff) ? text(meta.filediff.patch) : undefined)
  if (diff) return [{ file, patch: diff }]
  const content = text(input.content)
  if (tool === "write" && content) return [{ file, patch: additionPatch(content) }]
  return []
}

/** A tool's diff as a changed file (counts from the patch; a patch that only adds to nothing is a new file). */
export function toFileChange(diff: ToolDiff): FileChange & { lineCount: number } {
  const parsed = parsePatch(diff.patch)
  const created = parsed.deletions === 0 && parsed.hunks.length > 0 && parsed.hunks.every((h) => h.oldStart === 0)
  const removed = parsed.additions === 0 && parsed.hunks.length > 0 && parsed.hunks.every((h) => h.newStart === 0)
  const status = created ? "added" : removed ? "deleted" : "modified"
  return { file: diff.file, patch: diff.patch, additions: parsed.additions, deletions: parsed.deletions, status, lineCount: parsed.lineCount }
}
