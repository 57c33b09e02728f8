/** Sessions of one directory: list, create, rename, archive, fork, delete, messages and what is pending. */
import type { Message, Part, PermissionRequest, QuestionRequest, Session, SessionStatus, Todo } from "../lib/model"
import { onServer, type Scope } from "./connection"
import { unwrap } from "./errors"

export type { Session }

type Opts = { signal?: AbortSignal }

/** Every session of the directory (children and archived included), as the server orders them. */
export async function listSessions(scope: Scope, opts: Opts = {}): Promise<Session[]> {
  return unwrap((await scope.client()).session.list({}, { signal: opts.signal }), onServer(scope, "list sessions"))
}

export async function createSession(scope: Scope, input: { title?: string; parentID?: string } = {}): Promise<Session> {
  return unwrap((await scope.client()).session.create(input), onServer(scope, "create a session"))
}

export async function renameSession(scope: Scope, sessionID: string, title: string): Promise<Session> {
  return unwrap((await scope.client()).session.update({ sessionID, title }), onServer(scope, "rename the session"))
}

/** Archiving sets `time.archived`; 0 clears it (the server keeps archived sessions in the list). */
export async function archiveSession(scope: Scope, sessionID: string, archivedAt: number): Promise<Session> {
  return unwrap((await scope.client()).session.update({ sessionID, time: { archived: archivedAt } }), onServer(scope, `${archivedAt ? "archive" : "unarchive"} the session`))
}

export async function forkSession(scope: Scope, sessionID: string, messageID?: string): Promise<Session> {
  return unwrap((await scope.client()).session.fork({ sessionID, ...(messageID ? { messageID } : {}) }), onServer(scope, "fork the session"))
}

export async function deleteSession(scope: Scope, sessionID: string): Promise<void> {
  await unwrap((await scope.client()).session.delete({ sessionID }), onServer(scope, "delete the session"))
}

export type MessagesPage = { messages: { info: Message; parts: Part[] }[]; cursor: string | undefined }

/** One page, newest messages last; `cursor` (from `X-Next-Cursor`) asks for the page before it. */
export async function listMessages(scope: Scope, sessionID: string, page: { limit: number; before?: string }, opts: Opts = {}): Promise<MessagesPage> {
  const call = (await scope.client()).session.messages({ sessionID, limit: page.limit, ...(page.before ? { before: page.before } : {}) }, { signal: opts.signal })
  const messages = await unwrap(call, onServer(scope, "load messages"))
  const cursor = (await call).response?.headers.get("x-next-cursor") ?? undefined
  return { messages, cursor: cursor || undefined }
}

export async function sessionTodos(scope: Scope, sessionID: string, opts: Opts = {}): Promise<Todo[]> {
  return unwrap((await scope.client()).session.todo({ sessionID }, { signal: opts.signal }), onServer(scope, "load todos"))
}

/** Busy and retrying sessions of the directory; the rest are idle. */
export async function sessionStatuses(scope: Scope, opts: Opts = {}): Promise<Record<string, SessionStatus>> {
  return unwrap((await scope.client()).session.status({}, { signal: opts.signal }), onServer(scope, "read session statuses"))
}

export async function pendingPermissions(scope: Scope, opts: Opts = {}): Promise<PermissionRequest[]> {
  return unwrap((await scope.client()).permission.list({}, { signal: opts.signal }), onServer(scope, "list permission requests"))
}

export async function pendingQuestions(scope: Scope, opts: Opts = {}): Promise<QuestionRequest[]> {
  return unwrap((await scope.client()).question.list({}, { signal: opts.signal }), onServer(scope, "list questions"))
}
