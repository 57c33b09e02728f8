/**
 * What the prompt's caret is in: an `@mention` being typed (anywhere, after a space or at the
 * start) or a `/command` name (only as the prompt's first word). Offsets are UTF-16 indexes into
 * the text, as a textarea's selection gives them.
 */
export type Trigger = { kind: "mention" | "command"; query: string; start: number; end: number }

export function triggerAt(text: string, caret: number): Trigger | undefined {
  const before = text.slice(0, caret)
  const command = /^\/(\S*)$/.exec(before)
  if (command) return { kind: "command", query: command[1] ?? "", start: 0, end: caret + tokenRest(text, caret) }
  const mention = /(?:^|\s)@(\S*)$/.exec(before)
  if (!mention) return undefined
  const query = mention[1] ?? ""
  return { kind: "mention", query, start: caret - query.length - 1, end: caret + tokenRest(text, caret) }
}

/** How far the word under the caret goes on after it, so a pick replaces the whole word. */
function tokenRest(text: string, caret: number): number {
  return /^\S*/.exec(text.slice(caret))?.[0].length ?? 0
}

/** `text` with the trigger's word replaced by `insert` and a space; the caret lands after it. */
export function applyPick(text: string, trigger: Trigger, insert: string): { text: string; caret: number } {
  const after = text.slice(trigger.end)
  const spaced = after.startsWith(" ") ? insert : `${insert} `
  const head = text.slice(0, trigger.start) + spaced
  return { text: head + after, caret: head.length + (after.startsWith(" ") ? 1 : 0) }
}

/** `/name rest of line` → the command and its arguments; anything else is a plain prompt. */
export function parseCommandLine(text: string): { name: string; arguments: string } | undefined {
  const match = /^\/(\S+)(?:\s+([\s\S]*))?$/.exec(text.trim())
  if (!match?.[1]) return undefined
  return { name: match[1], arguments: (match[2] ?? "").trim() }
}
