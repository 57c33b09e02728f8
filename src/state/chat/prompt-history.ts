import { createSignal, type Accessor } from "solid-js"
import { AT_DRAFT, walkHistory, wantsHistory, type HistoryWalk } from "../../lib/prompt/history"

export type PromptHistoryDeps = {
  /** This session's earlier prompts, oldest first. */
  entries: Accessor<string[]>
  draft: Accessor<string>
  setDraft: (text: string) => void
}

/** ↑/↓ through this session's earlier prompts; typing anything leaves the walk where it is. */
export function createPromptHistory(deps: PromptHistoryDeps) {
  const [walk, setWalk] = createSignal<HistoryWalk>(AT_DRAFT)
  return {
    walking: () => walk().index >= 0,
    /** Handles the key when it means history; false leaves it to the textarea. */
    step(direction: "older" | "newer", caret: { start: number; end: number }): boolean {
      const text = deps.draft()
      if (!wantsHistory({ text, caretStart: caret.start, caretEnd: caret.end, walking: walk().index >= 0, direction })) return false
      const next = walkHistory(deps.entries(), walk(), text, direction)
      if (!next) return false
      setWalk(next.walk)
      deps.setDraft(next.text)
      return true
    },
    /** The person typed or sent: the shown text is theirs now. */
    settle: () => setWalk(AT_DRAFT),
  }
}

export type PromptHistory = ReturnType<typeof createPromptHistory>
