/** Narrowing a message part to one kind, for `<Match when={…}>` in the chat. */
import type { FilePart, Part, PatchPart, ReasoningPart, TextPart, ToolPart } from "../model"

export const asText = (p: Part): TextPart | undefined => (p.type === "text" ? p : undefined)
export const asReasoning = (p: Part): ReasoningPart | undefined => (p.type === "reasoning" ? p : undefined)
export const asTool = (p: Part): ToolPart | undefined => (p.type === "tool" ? p : undefined)
export const asPatch = (p: Part): PatchPart | undefined => (p.type === "patch" ? p : undefined)
export const asFile = (p: Part): FilePart | undefined => (p.type === "file" ? p : undefined)

/** Parts drawn as a plain label: what they are, not their content. */
export const OTHER_PART_LABELS: Record<string, string> = {
  subtask: "Subtask",
  snapshot: "Snapshot",
  agent: "Agent",
  retry: "Retry",
  compaction: "Session compacted",
}
