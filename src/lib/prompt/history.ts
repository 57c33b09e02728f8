/**
 * Walking earlier prompts with ↑ and ↓, like a shell: ↑ from the draft goes to the newest prompt,
 * ↓ past the newest comes back to the draft as it was left.
 */
export type HistoryWalk = { index: number; draft: string }

/** Not walking: showing the draft. */
export const AT_DRAFT: HistoryWalk = { index: -1, draft: "" }

/** `entries` oldest first. Returns the text to show and the new position, or undefined at the end. */
export function walkHistory(entries: readonly string[], walk: HistoryWalk, current: string, direction: "older" | "newer"): { text: string; walk: HistoryWalk } | undefined {
  const draft = walk.index < 0 ? current : walk.draft
  // index counts back from the newest entry: 0 is the newest.
  const next = direction === "older" ? walk.index + 1 : walk.index - 1
  if (next >= entries.length || next < -1) return undefined
  if (next === -1) return { text: draft, walk: AT_DRAFT }
  const text = entries[entries.length - 1 - next]
  return text === undefined ? undefined : { text, walk: { index: next, draft } }
}

/** Whether ↑/↓ should walk history rather than move the caret: an empty prompt, or one shown from history with the caret at its start (↑) or end (↓). */
export function wantsHistory(input: { text: string; caretStart: number; caretEnd: number; walking: boolean; direction: "older" | "newer" }): boolean {
  if (input.caretStart !== input.caretEnd) return false
  if (input.text === "") return true
  if (!input.walking) return false
  return input.direction === "older" ? input.caretStart === 0 : input.caretEnd === input.text.length
}

/** A session's earlier prompts from its user messages' own text (not text the server added), oldest first, repeats in a row once. */
export function promptsOf(messages: readonly { text: string }[]): string[] {
  const out: string[] = []
  for (const { text } of messages) {
    const trimmed = text.trim()
    if (trimmed !== "" && out[out.length - 1] !== text) out.push(text)
  }
  return out
}
