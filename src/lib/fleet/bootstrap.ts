/** Replaces one server's fleet data with what its list calls returned, keeping what lists cannot tell. */
import type { PermissionRequest, QuestionRequest, Session, SessionError, SessionStatus } from "../model"
import type { FleetRequest, FleetSignal, ServerFleetState } from "./reducer"

/** What one directory's list calls returned. */
export type DirectorySnapshot = { directory: string; permissions: PermissionRequest[]; questions: QuestionRequest[]; status: Record<string, SessionStatus> }

/** `errors`: sessions whose last reply failed (read from their newest message; no list reports errors). */
export type FleetSnapshot = { sessions: Session[]; directories: DirectorySnapshot[]; errors?: Record<string, SessionError> }

/**
 * The next state from a fresh snapshot. Requests keep their first-seen time (the list order stays
 * put across reconnects); errors stay (and those read from newest messages join them); a session that was running and
 * is idle now finished while the stream was down. `first` is the page's first bootstrap: what
 * waits then is not news, so it signals nothing.
 */
export function bootstrapFleet(previous: ServerFleetState, snapshot: FleetSnapshot, now: number, first: boolean): { state: ServerFleetState; signals: FleetSignal[] } {
  const sessions: Record<string, Session> = {}
  for (const session of snapshot.sessions) if (!session.time.archived) sessions[session.id] = session
  const status: Record<string, SessionStatus> = {}
  const requests: Record<string, FleetRequest> = {}
  for (const dir of snapshot.directories) {
    Object.assign(status, dir.status)
    const base = (id: string) => ({ directory: dir.directory, seenAt: previous.requests[id]?.seenAt ?? now })
    for (const request of dir.permissions) requests[request.id] = { kind: "permission", request, ...base(request.id) }
    for (const request of dir.questions) requests[request.id] = { kind: "question", request, ...base(request.id) }
  }
  const errors = Object.fromEntries(Object.entries(previous.errors).filter(([id]) => id in sessions))
  const signals: FleetSignal[] = []
  if (!first) {
    for (const [id, was] of Object.entries(previous.status)) if (was.type !== "idle" && (status[id] ?? { type: "idle" }).type === "idle") signals.push({ kind: "finished", sessionID: id })
    for (const id of Object.keys(requests)) if (!previous.requests[id]) signals.push({ kind: "asked", requestID: id })
  }
  const state = { sessions, status, errors, requests }
  mergeErrors(state, snapshot.errors ?? {})
  return { state, signals }
}

/** Failed replies join the state, for sessions it lists that are not at work again (that is past its last failure). */
export function mergeErrors(draft: ServerFleetState, errors: Record<string, SessionError>): void {
  for (const [id, error] of Object.entries(errors)) if (id in draft.sessions && draft.status[id]?.type !== "busy") draft.errors[id] = error
}

/** The directories whose requests and statuses to list: every directory a listed session lives in. */
export function directoriesOf(sessions: readonly Session[], extra: readonly string[] = []): string[] {
  return [...new Set([...extra, ...sessions.map((s) => s.directory)])]
}
