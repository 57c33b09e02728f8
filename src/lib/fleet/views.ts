/** What the "All servers" page lists, read from every server's fleet data: items, rows, counts, filters. */
import { errorMessage, type Session } from "../model"
import type { FleetRequest, ServerFleetState } from "./reducer"
import { sessionState, type SessionState } from "./session-state"

export type ServerData = { serverId: string; state: ServerFleetState }

export type AttentionItem = FleetRequest & { serverId: string; session: Session | undefined }

/** Every waiting request of every server, newest first (ties by id, which grows with time). */
export function attentionItems(servers: readonly ServerData[]): AttentionItem[] {
  const items = servers.flatMap(({ serverId, state }) => Object.values(state.requests).map((item) => ({ ...item, serverId, session: state.sessions[item.request.sessionID] })))
  return items.sort((a, b) => b.seenAt - a.seenAt || (a.request.id < b.request.id ? 1 : -1))
}

export type SessionRow = { serverId: string; session: Session; state: SessionState; unread: boolean; detail: string | undefined }

function waitingFor(state: ServerFleetState, sessionID: string): { permissions: number; questions: number } {
  let permissions = 0
  let questions = 0
  for (const item of Object.values(state.requests)) {
    if (item.request.sessionID !== sessionID) continue
    if (item.kind === "permission") permissions += 1
    else questions += 1
  }
  return { permissions, questions }
}

/** One session's state on its server. */
export function stateOf(state: ServerFleetState, sessionID: string): SessionState {
  return sessionState({ status: state.status[sessionID], error: state.errors[sessionID], ...waitingFor(state, sessionID) })
}

function detailOf(state: ServerFleetState, sessionID: string): string | undefined {
  const status = state.status[sessionID]
  if (status?.type === "retry") return `retrying (attempt ${status.attempt}): ${status.message}`
  const error = state.errors[sessionID]
  return error ? errorMessage(error) : undefined
}

/**
 * Top-level sessions of every server (sub-agent sessions show through their parent), most
 * recently active first. `unread` says whether an idle session finished since it was last looked at.
 */
export function sessionRows(servers: readonly ServerData[], unread: (serverId: string, session: Session, state: SessionState) => boolean): SessionRow[] {
  const rows = servers.flatMap(({ serverId, state }) =>
    Object.values(state.sessions)
      .filter((session) => session.parentID === undefined)
      .map((session) => {
        const current = stateOf(state, session.id)
        return { serverId, session, state: current, unread: unread(serverId, session, current), detail: detailOf(state, session.id) }
      }),
  )
  return byActivity(rows)
}

/** Sorts `rows` in place, most recently active first (ties by id, so the order is stable). */
export function byActivity(rows: SessionRow[]): SessionRow[] {
  return rows.sort((a, b) => b.session.time.updated - a.session.time.updated || (a.session.id < b.session.id ? -1 : 1))
}

const sameRow = (a: SessionRow, b: SessionRow) => a.serverId === b.serverId && a.session === b.session && a.state === b.state && a.unread === b.unread && a.detail === b.detail

/**
 * `next` with every row that equals its previous version replaced by that version. A list keyed
 * by row then keeps the DOM of every unchanged row when one server's sessions arrive or change,
 * instead of redrawing all of them.
 */
export function keepUnchanged(previous: readonly SessionRow[], next: SessionRow[]): SessionRow[] {
  const known = new Map(previous.map((row) => [row.session.id, row]))
  return next.map((row) => {
    const before = known.get(row.session.id)
    return before && sameRow(before, row) ? before : row
  })
}

export const UNREAD_FILTER = "Done, unread"
export type StateFilter = SessionState | typeof UNREAD_FILTER | "all"
export type RowFilter = { state: StateFilter; serverId: string }

export function filterRows(rows: readonly SessionRow[], filter: RowFilter): SessionRow[] {
  return rows.filter((row) => {
    if (filter.serverId !== "all" && row.serverId !== filter.serverId) return false
    if (filter.state === "all") return true
    if (filter.state === UNREAD_FILTER) return row.unread
    return row.state === filter.state
  })
}

export type ServerCounts = { waiting: number; working: number }

/** Requests waiting and sessions at work (busy or retrying) on one server. */
export function serverCounts(state: ServerFleetState): ServerCounts {
  const working = Object.values(state.status).filter((s) => s.type !== "idle").length
  return { waiting: Object.keys(state.requests).length, working }
}

/** "2 waiting · 1 working", or undefined when nothing is going on. */
export function countsText(counts: ServerCounts): string | undefined {
  const parts = [counts.waiting > 0 ? `${counts.waiting} waiting` : "", counts.working > 0 ? `${counts.working} working` : ""].filter(Boolean)
  return parts.length > 0 ? parts.join(" · ") : undefined
}

/** `document.title` with the waiting count in front: "(3) Alpha · OpenCode Portal". */
export function titleWithCount(title: string, waiting: number): string {
  const bare = title.replace(/^\(\d+\) /, "")
  return waiting > 0 ? `(${waiting}) ${bare}` : bare
}
