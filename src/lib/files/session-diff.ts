/**
 * A session's own changes. Servers up to at least 1.18.33 answer `GET /session/:id/diff` with `[]`
 * unless given a `messageID`; the real diffs live on each user message (`summary.diffs`, the same
 * data `?messageID=` returns), one set per turn. So the changes are shown turn by turn.
 */
import type { ChangeStatus, FileChange } from "./diff"

/** A file diff as the server sends it (`SnapshotFileDiff`, `VcsFileDiff`). */
export type RawFileDiff = { file?: string; patch?: string; additions: number; deletions: number; status?: ChangeStatus }

/** The parts of a message this module reads. */
export type TurnSource = {
  /** Assistant messages carry `summary: boolean`; only a user message's summary holds diffs. */
  info: { id: string; role: string; time: { created: number }; summary?: { diffs?: readonly RawFileDiff[] } | boolean }
  parts: readonly { type: string; text?: string; synthetic?: boolean }[]
}

export type TurnChanges = { messageId: string; prompt: string; created: number; changes: FileChange[] }

/** Longest prompt excerpt shown as a turn's title. */
const PROMPT_CHARS = 80

export function toFileChange(diff: RawFileDiff): FileChange {
  return {
    file: diff.file ?? "(unnamed file)",
    patch: diff.patch ?? "",
    additions: diff.additions,
    deletions: diff.deletions,
    status: diff.status ?? "modified",
  }
}

/** The turns (user messages) that changed files, oldest first. */
export function changesByTurn(messages: readonly TurnSource[]): TurnChanges[] {
  return messages.flatMap((m) => {
    const summary = m.info.summary
    const diffs = m.info.role === "user" && typeof summary === "object" ? (summary.diffs ?? []) : []
    if (diffs.length === 0) return []
    return [{ messageId: m.info.id, prompt: promptExcerpt(m.parts), created: m.info.time.created, changes: diffs.map(toFileChange) }]
  })
}

/** The first typed text of a message on one line, cut to a readable length. */
export function promptExcerpt(parts: TurnSource["parts"]): string {
  const text = parts.find((p) => p.type === "text" && !p.synthetic && typeof p.text === "string")?.text ?? ""
  const line = text.replace(/\s+/g, " ").trim()
  return line.length > PROMPT_CHARS ? `${line.slice(0, PROMPT_CHARS - 1)}…` : line
}
