/** What the log shows of a session's messages: the reverted tail hidden, the newest reply found, a prompt's text read back. */
import type { Message, Part, SessionRevert } from "../model"

/**
 * Messages before the revert point. The server keeps reverted messages until the next prompt (or
 * an unrevert), so the log hides them itself; ids sort in creation order.
 */
export function shownMessages(messages: readonly Message[], revert: SessionRevert | undefined): readonly Message[] {
  if (!revert) return messages
  const at = messages.findIndex((m) => m.id >= revert.messageID)
  return at < 0 ? messages : messages.slice(0, at)
}

/** How many loaded messages a revert hides. */
export function revertedCount(messages: readonly Message[], revert: SessionRevert | undefined): number {
  return messages.length - shownMessages(messages, revert).length
}

/** The id of the newest assistant message: the only one that can still be in progress. */
export function newestAssistantId(messages: readonly Message[]): string | undefined {
  return messages.findLast((m) => m.role === "assistant")?.id
}

/** The text a person typed in a prompt (synthetic and ignored parts left out), to refill the composer. */
export function promptText(parts: readonly Part[]): string {
  return parts
    .flatMap((p) => (p.type === "text" && !p.synthetic && !p.ignored ? [p.text] : []))
    .join("\n")
    .trim()
}

/**
 * Where "Fork from here" cuts: the server copies the messages before the id it is given, so the
 * cut is the next message's id (this one is kept); undefined (copy all) after the last one.
 */
export function forkPoint(messages: readonly Message[], messageId: string): string | undefined {
  const at = messages.findIndex((m) => m.id === messageId)
  return at < 0 ? undefined : messages[at + 1]?.id
}
