/**
 * The directory's live data and how each event changes it. `applyEvent` edits a draft in place
 * (Solid's `produce` in the store, a plain object in tests) and does no I/O, so the same event on the
 * same state always gives the same result.
 */
import type { DirectoryEvent } from "../events/parse"
import type { Message, Part, PermissionRequest, QuestionRequest, Session, SessionError, SessionStatus, Todo } from "../model"
import { findById, getById, removeById, upsertById } from "../sorted"

export type DirectoryState = {
  sessions: Record<string, Session>
  status: Record<string, SessionStatus>
  errors: Record<string, SessionError>
  /** Per session, sorted by id (oldest first). */
  messages: Record<string, Message[]>
  /** Per message, sorted by id. */
  parts: Record<string, Part[]>
  permissions: Record<string, PermissionRequest[]>
  questions: Record<string, QuestionRequest[]>
  todos: Record<string, Todo[]>
}

export function emptyDirectoryState(): DirectoryState {
  return { sessions: {}, status: {}, errors: {}, messages: {}, parts: {}, permissions: {}, questions: {}, todos: {} }
}

/** Overwrites `target` with `source` key by key, so a store keeps the object (and its subscribers). */
export function assignInPlace<T extends object>(target: T, source: T): void {
  for (const key of Object.keys(target)) if (!(key in source)) Reflect.deleteProperty(target, key)
  Object.assign(target, source)
}

function upsertInPlace<T extends { id: string }>(list: T[], item: T): void {
  const existing = getById(list, item.id)
  if (existing) assignInPlace(existing, item)
  else upsertById(list, item)
}

export function upsertMessage(draft: DirectoryState, message: Message): void {
  upsertInPlace((draft.messages[message.sessionID] ??= []), message)
}

export function upsertPart(draft: DirectoryState, part: Part): void {
  upsertInPlace((draft.parts[part.messageID] ??= []), part)
}

export function removeMessage(draft: DirectoryState, sessionID: string, messageID: string): void {
  const list = draft.messages[sessionID]
  if (list) removeById(list, messageID)
  delete draft.parts[messageID]
}

export function removeSession(draft: DirectoryState, sessionID: string): void {
  for (const message of draft.messages[sessionID] ?? []) delete draft.parts[message.id]
  for (const table of [draft.sessions, draft.status, draft.errors, draft.messages, draft.permissions, draft.questions, draft.todos]) delete table[sessionID]
}

function upsertRequest<T extends { id: string; sessionID: string }>(table: Record<string, T[]>, request: T): void {
  const list = (table[request.sessionID] ??= [])
  const at = list.findIndex((r) => r.id === request.id)
  if (at >= 0) list[at] = request
  else list.push(request)
}

function removeRequest(table: Record<string, { id: string }[]>, sessionID: string, requestID: string): void {
  const list = table[sessionID]
  if (!list) return
  const at = list.findIndex((r) => r.id === requestID)
  if (at >= 0) list.splice(at, 1)
  if (list.length === 0) delete table[sessionID]
}

/** Appends a streamed chunk to a text field of a known part; unknown parts wait for their update. */
function applyDelta(draft: DirectoryState, messageID: string, partID: string, field: string, delta: string): void {
  const list = draft.parts[messageID]
  const at = list ? findById(list, partID) : -1
  const part = list?.[at]
  if (!part) return
  const current: unknown = Reflect.get(part, field)
  if (typeof current === "string" || current === undefined) Reflect.set(part, field, (current ?? "") + delta)
}

export function applyEvent(draft: DirectoryState, event: DirectoryEvent): void {
  switch (event.type) {
    case "session.created":
    case "session.updated": {
      const existing = draft.sessions[event.session.id]
      if (existing) assignInPlace(existing, event.session)
      else draft.sessions[event.session.id] = event.session
      return
    }
    case "session.deleted":
      return removeSession(draft, event.sessionID)
    case "session.status":
      if (event.status.type === "busy") delete draft.errors[event.sessionID]
      draft.status[event.sessionID] = event.status
      return
    case "session.idle":
      draft.status[event.sessionID] = { type: "idle" }
      return
    case "session.error":
      if (event.sessionID) draft.errors[event.sessionID] = event.error
      return
    case "message.updated":
      return upsertMessage(draft, event.message)
    case "message.removed":
      return removeMessage(draft, event.sessionID, event.messageID)
    case "message.part.updated":
      return upsertPart(draft, event.part)
    case "message.part.delta":
      return applyDelta(draft, event.messageID, event.partID, event.field, event.delta)
    case "message.part.removed": {
      const list = draft.parts[event.messageID]
      if (list) removeById(list, event.partID)
      return
    }
    case "permission.asked":
      return upsertRequest(draft.permissions, event.request)
    case "permission.replied":
      return removeRequest(draft.permissions, event.sessionID, event.requestID)
    case "question.asked":
      return upsertRequest(draft.questions, event.request)
    case "question.replied":
    case "question.rejected":
      return removeRequest(draft.questions, event.sessionID, event.requestID)
    case "todo.updated":
      draft.todos[event.sessionID] = event.todos
      return
    case "server.instance.disposed":
      // The instance's runs and pending prompts ended with it; its sessions and messages stay.
      draft.status = {}
      draft.permissions = {}
      draft.questions = {}
      return
    case "server.connected":
    case "server.heartbeat":
      return
  }
}
