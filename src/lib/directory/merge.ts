/**
 * Folds fetched lists (sessions, statuses, pending requests, message pages) into the live
 * DirectoryState. A fetch can answer after events about the same things arrived; `fresh(key)` says
 * which local entries changed since the fetch started (keys from `touchedKeys`), and those are kept.
 */
import type { DirectoryEvent } from "../events/parse"
import { assignInPlace, removeMessage, removeSession, upsertPart, type DirectoryState } from "./reducer"
import { getById, insertAllById } from "../sorted"
import type { Message, Part, PermissionRequest, QuestionRequest, Session, SessionStatus, Todo } from "../model"

export type MessagePage = { info: Message; parts: Part[] }[]
export type Fresh = (key: string) => boolean

export const keys = {
  session: (id: string) => `session:${id}`,
  status: (sessionID: string) => `status:${sessionID}`,
  requests: (sessionID: string) => `requests:${sessionID}`,
  todos: (sessionID: string) => `todos:${sessionID}`,
  message: (id: string) => `message:${id}`,
  part: (id: string) => `part:${id}`,
}

/** What an event changed, in `keys` terms. */
export function touchedKeys(event: DirectoryEvent): string[] {
  switch (event.type) {
    case "session.created":
    case "session.updated":
      return [keys.session(event.session.id)]
    case "session.deleted":
      return [keys.session(event.sessionID)]
    case "session.status":
    case "session.idle":
      return [keys.status(event.sessionID)]
    case "message.updated":
      return [keys.message(event.message.id)]
    case "message.removed":
      return [keys.message(event.messageID)]
    case "message.part.updated":
      return [keys.part(event.part.id)]
    case "message.part.delta":
    case "message.part.removed":
      return [keys.part(event.partID)]
    case "permission.asked":
    case "question.asked":
      return [keys.requests(event.request.sessionID)]
    case "permission.replied":
    case "question.replied":
    case "question.rejected":
      return [keys.requests(event.sessionID)]
    case "todo.updated":
      return [keys.todos(event.sessionID)]
    default:
      return []
  }
}

/** The fetched list is the whole truth for this directory: sessions missing from it were deleted. */
export function replaceSessions(draft: DirectoryState, sessions: readonly Session[], fresh: Fresh): void {
  const fetched = new Set(sessions.map((s) => s.id))
  for (const id of Object.keys(draft.sessions)) if (!fetched.has(id) && !fresh(keys.session(id))) removeSession(draft, id)
  for (const session of sessions) {
    if (fresh(keys.session(session.id))) continue
    const existing = draft.sessions[session.id]
    if (existing) assignInPlace(existing, session)
    else draft.sessions[session.id] = session
  }
}

/** `GET /session/status` lists busy and retrying sessions only; the others are idle. */
export function replaceStatuses(draft: DirectoryState, statuses: Record<string, SessionStatus>, fresh: Fresh): void {
  const next: Record<string, SessionStatus> = { ...statuses }
  for (const [id, status] of Object.entries(draft.status)) if (fresh(keys.status(id))) next[id] = status
  for (const id of Object.keys(next)) if (fresh(keys.status(id)) && !draft.status[id]) delete next[id]
  draft.status = next
}

function group<T extends { sessionID: string }>(list: readonly T[], local: Record<string, T[]>, fresh: Fresh): Record<string, T[]> {
  const table: Record<string, T[]> = {}
  for (const item of list) if (!fresh(keys.requests(item.sessionID))) (table[item.sessionID] ??= []).push(item)
  for (const [id, items] of Object.entries(local)) if (fresh(keys.requests(id))) table[id] = items
  return table
}

export function replaceRequests(draft: DirectoryState, permissions: readonly PermissionRequest[], questions: readonly QuestionRequest[], fresh: Fresh): void {
  draft.permissions = group(permissions, draft.permissions, fresh)
  draft.questions = group(questions, draft.questions, fresh)
}

export function replaceTodos(draft: DirectoryState, sessionID: string, todos: Todo[], fresh: Fresh): void {
  if (!fresh(keys.todos(sessionID))) draft.todos[sessionID] = todos
}

/**
 * Merges one page of a session's messages. Each fetched message's parts are authoritative. The
 * newest page also covers everything after its oldest message, so local messages in that range
 * that the server no longer has are dropped.
 */
export function mergeMessagePage(draft: DirectoryState, sessionID: string, page: MessagePage, newest: boolean, fresh: Fresh): void {
  const ids = new Set(page.map((m) => m.info.id))
  const oldest = page.reduce<string | undefined>((min, m) => (min === undefined || m.info.id < min ? m.info.id : min), undefined)
  if (newest) {
    const stale = (draft.messages[sessionID] ?? []).filter((m) => (oldest === undefined || m.id >= oldest) && !ids.has(m.id) && !fresh(keys.message(m.id)))
    for (const m of stale) removeMessage(draft, sessionID, m.id)
  }
  const list = draft.messages[sessionID] ?? []
  const added: Message[] = []
  for (const { info, parts } of page) {
    if (!fresh(keys.message(info.id))) {
      const known = getById(list, info.id)
      if (known) assignInPlace(known, info)
      else added.push(info)
    }
    const local = draft.parts[info.id]
    if (!local) {
      // A message new to this tab: its parts go in as one array.
      draft.parts[info.id] = insertAllById([], parts.filter((part) => !fresh(keys.part(part.id))))
      continue
    }
    const fetched = new Set(parts.map((p) => p.id))
    for (let i = local.length - 1; i >= 0; i--) {
      const part = local[i]
      if (part && !fetched.has(part.id) && !fresh(keys.part(part.id))) local.splice(i, 1)
    }
    for (const part of parts) if (!fresh(keys.part(part.id))) upsertPart(draft, part)
  }
  // One write for the page: an older page prepended item by item shifts the whole list each time.
  draft.messages[sessionID] = added.length > 0 ? insertAllById(list, added) : list
}
