/** What a session is doing, in words, for the session list. */
import { errorMessage, type SessionError, type SessionStatus } from "../model"

export type SessionActivity = { kind: "idle" | "busy" | "retry" | "permission" | "error"; text: string }

export type ActivityInput = { status: SessionStatus; pendingPermissions: number; error: SessionError | undefined; now: number }

/** A pending permission outranks everything: the agent waits for the person. */
export function sessionActivity({ status, pendingPermissions, error, now }: ActivityInput): SessionActivity {
  if (pendingPermissions > 0) return { kind: "permission", text: "Waiting for permission" }
  if (status.type === "retry") {
    const seconds = Math.max(0, Math.ceil((status.next - now) / 1000))
    return { kind: "retry", text: `Retrying (attempt ${status.attempt}) in ${seconds} s: ${status.message}` }
  }
  if (status.type === "busy") return { kind: "busy", text: "Busy" }
  // Stopping a run on purpose is not an error worth showing in the list.
  if (error && error.name !== "MessageAbortedError") return { kind: "error", text: `Error: ${errorMessage(error)}` }
  return { kind: "idle", text: "Idle" }
}
