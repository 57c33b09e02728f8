/**
 * Whether an assistant reply is still being written, done, failed, or will never finish. A server
 * that dies mid-reply keeps the message without `time.completed` or `error` while it reports the
 * session idle, so the message alone cannot tell "streaming" from "interrupted".
 */
import { errorMessage, type AssistantMessage, type SessionError, type SessionStatus } from "../model"

export type ReplyState =
  | { kind: "streaming" }
  | { kind: "done" }
  | { kind: "failed"; message: string }
  | { kind: "interrupted"; reason?: string }

export type ReplyContext = {
  status: SessionStatus
  /** The session's last `session.error`, if any. */
  sessionError?: SessionError | undefined
  /** Only the session's newest assistant message can still be in progress. */
  newest: boolean
}

const ABORTED = "MessageAbortedError"

export function replyState(message: AssistantMessage, context: ReplyContext): ReplyState {
  if (message.error) return message.error.name === ABORTED ? { kind: "interrupted", reason: "Stopped" } : { kind: "failed", message: errorMessage(message.error) }
  if (message.time.completed !== undefined) return { kind: "done" }
  if (context.newest && context.status.type !== "idle") return { kind: "streaming" }
  const error = context.newest ? context.sessionError : undefined
  if (!error) return { kind: "interrupted" }
  return { kind: "interrupted", reason: error.name === ABORTED ? "Stopped" : errorMessage(error) }
}
