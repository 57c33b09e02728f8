/** The one state a session shows on the "All servers" page, and the words for it. */
import type { SessionError, SessionStatus } from "../model"

export const SESSION_STATES = ["Working", "Needs permission", "Needs answer", "Error", "Idle"] as const
export type SessionState = (typeof SESSION_STATES)[number]

export type StateInputs = {
  status: SessionStatus | undefined
  error: SessionError | undefined
  permissions: number
  questions: number
}

/**
 * What waits for a person comes first (a waiting session is also busy), then a failure, then
 * work. A provider retry loop never ends by itself (opencode retries forever), so it is an error.
 */
export function sessionState(inputs: StateInputs): SessionState {
  if (inputs.permissions > 0) return "Needs permission"
  if (inputs.questions > 0) return "Needs answer"
  if (inputs.status?.type === "retry" || inputs.error) return "Error"
  if (inputs.status?.type === "busy") return "Working"
  return "Idle"
}

/** A stop the person asked for is not a failure to report. */
export function isReportable(error: SessionError): boolean {
  return error.name !== "MessageAbortedError"
}
