/**
 * One server's fleet data (sessions, their run status and errors, and the requests that wait for
 * a person) and how each event changes it. `applyFleetEvent` edits a draft in place (Solid's
 * `produce` in the store, a plain object in tests) and does no I/O.
 */
import type { DirectoryEvent } from "../events/parse"
import type { PermissionRequest, QuestionRequest, Session, SessionError, SessionStatus } from "../model"
import { isReportable } from "./session-state"

/** A request knows its directory: the server answers it only there (docs/fleet.md). */
export type FleetRequest =
  | { kind: "permission"; request: PermissionRequest; directory: string; seenAt: number }
  | { kind: "question"; request: QuestionRequest; directory: string; seenAt: number }

export type ServerFleetState = {
  sessions: Record<string, Session>
  status: Record<string, SessionStatus>
  errors: Record<string, SessionError>
  /** By request id. */
  requests: Record<string, FleetRequest>
}

export function emptyFleetState(): ServerFleetState {
  return { sessions: {}, status: {}, errors: {}, requests: {} }
}

/** What an event meant beyond the data: a run ended, or a request arrived (for notifications). */
export type FleetSignal = { kind: "finished"; sessionID: string } | { kind: "asked"; requestID: string }

const running = (status: SessionStatus | undefined) => status !== undefined && status.type !== "idle"

function dropSession(draft: ServerFleetState, sessionID: string): void {
  delete draft.sessions[sessionID]
  delete draft.status[sessionID]
  delete draft.errors[sessionID]
  for (const [id, item] of Object.entries(draft.requests)) if (item.request.sessionID === sessionID) delete draft.requests[id]
}

function setIdle(draft: ServerFleetState, sessionID: string): FleetSignal[] {
  const was = draft.status[sessionID]
  draft.status[sessionID] = { type: "idle" }
  return running(was) ? [{ kind: "finished", sessionID }] : []
}

type Placed = { directory: string; seenAt: number }

/** A request asked again (after a reconnect) keeps its place; one with no known directory cannot be answered, so it waits for the bootstrap. */
function putRequest(draft: ServerFleetState, request: { id: string; sessionID: string }, directory: string | undefined, now: number, make: (base: Placed) => FleetRequest): FleetSignal[] {
  const known = draft.requests[request.id]
  const where = directory ?? known?.directory ?? draft.sessions[request.sessionID]?.directory
  if (where === undefined) return []
  draft.requests[request.id] = make({ directory: where, seenAt: known?.seenAt ?? now })
  return known ? [] : [{ kind: "asked", requestID: request.id }]
}

/**
 * `directory` is the `/global/event` envelope's; `now` stamps arriving requests so the newest
 * shows first across servers. Returns what the event signals.
 */
export function applyFleetEvent(draft: ServerFleetState, event: DirectoryEvent, directory: string | undefined, now: number): FleetSignal[] {
  switch (event.type) {
    case "session.created":
    case "session.updated":
      // The list leaves archived sessions out (as `/experimental/session` does).
      if (event.session.time.archived) dropSession(draft, event.session.id)
      else draft.sessions[event.session.id] = event.session
      return []
    case "session.deleted":
      dropSession(draft, event.sessionID)
      return []
    case "session.status":
      if (event.status.type === "idle") return setIdle(draft, event.sessionID)
      if (event.status.type === "busy") delete draft.errors[event.sessionID]
      draft.status[event.sessionID] = event.status
      return []
    case "session.idle":
      return setIdle(draft, event.sessionID)
    case "session.error":
      if (event.sessionID && isReportable(event.error)) draft.errors[event.sessionID] = event.error
      return []
    case "message.updated":
      if (event.message.role === "assistant" && event.message.error && isReportable(event.message.error)) draft.errors[event.message.sessionID] = event.message.error
      return []
    case "permission.asked":
      return putRequest(draft, event.request, directory, now, (base) => ({ kind: "permission", request: event.request, ...base }))
    case "question.asked":
      return putRequest(draft, event.request, directory, now, (base) => ({ kind: "question", request: event.request, ...base }))
    case "permission.replied":
    case "question.replied":
    case "question.rejected":
      delete draft.requests[event.requestID]
      return []
    case "server.instance.disposed":
      // The instance's runs and waiting requests ended with it; its sessions stay.
      for (const [id, item] of Object.entries(draft.requests)) if (item.directory === event.directory) delete draft.requests[id]
      for (const session of Object.values(draft.sessions)) if (session.directory === event.directory) delete draft.status[session.id]
      return []
    default:
      return []
  }
}
