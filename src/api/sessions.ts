/** Sessions of one directory: list, create, rename, archive, fork, delete, messages and what is pending. */
import type { Message, Part, PermissionRequest, QuestionRequest, Session, SessionStatus, Todo } from "../lib/model"
import type { OpencodeClient } from "./client"
import { unwrap } from "./errors"

export type { Session }

type Opts = { signal?: AbortSignal }

/** Every session of the client's directory (children and archived included), as the server orders them. */
export function listSessions(client: OpencodeClient, serverName: string, opts: Opts = {}): Promise<Session[]> {
  return unwrap(client.session.list({}, { signal: opts.signal }), `list sessions on ${serverName}`)
}

export function createSession(client: OpencodeClient, serverName: string, input: { title?: string; parentID?: string } = {}): Promise<Session> {
  return unwrap(client.session.create(input), `create a session on ${serverName}`)
}

export function renameSession(client: OpencodeClient, serverName: string, sessionID: string, title: string): Promise<Session> {
  return unwrap(client.session.update({ sessionID, title }), `rename the session on ${serverName}`)
}

/** Archiving sets `time.archived`; 0 clears it (the server keeps archived sessions in the list). */
export function archiveSession(client: OpencodeClient, serverName: string, sessionID: string, archivedAt: number): Promise<Session> {
  return unwrap(client.session.update({ sessionID, time: { archived: archivedAt } }), `${archivedAt ? "archive" : "unarchive"} the session on ${serverName}`)
}

export function forkSession(client: OpencodeClient, serverName: string, sessionID: string, messageID?: string): Promise<Session> {
  return unwrap(client.session.fork({ sessionID, ...(messageID ? { messageID } : {}) }), `fork the session on ${serverName}`)
}

export async function deleteSession(client: OpencodeClient, serverName: string, sessionID: string): Promise<void> {
  await unwrap(client.session.delete({ sessionID }), `delete the session on ${serverName}`)
}

export type MessagesPage = { messages: { info: Message; parts: Part[] }[]; cursor: string | undefined }

/** One page, newest messages last; `cursor` (from `X-Next-Cursor`) asks for the page before it. */
export async function listMessages(client: OpencodeClient, serverName: string, sessionID: string, page: { limit: number; before?: string }, opts: Opts = {}): Promise<MessagesPage> {
  const call = client.session.messages({ sessionID, limit: page.limit, ...(page.before ? { before: page.before } : {}) }, { signal: opts.signal })
  const messages = await unwrap(call, `load messages on ${serverName}`)
  const cursor = (await call).response?.headers.get("x-next-cursor") ?? undefined
  return { messages, cursor: cursor || undefined }
}

export function sessionTodos(client: OpencodeClient, serverName: string, sessionID: string, opts: Opts = {}): Promise<Todo[]> {
  return unwrap(client.session.todo({ sessionID }, { signal: opts.signal }), `load todos on ${serverName}`)
}

/** Busy and retrying sessions of the directory; the rest are idle. */
export function sessionStatuses(client: OpencodeClient, serverName: string, opts: Opts = {}): Promise<Record<string, SessionStatus>> {
  return unwrap(client.session.status({}, { signal: opts.signal }), `read session statuses on ${serverName}`)
}

export function pendingPermissions(client: OpencodeClient, serverName: string, opts: Opts = {}): Promise<PermissionRequest[]> {
  return unwrap(client.permission.list({}, { signal: opts.signal }), `list permission requests on ${serverName}`)
}

export function pendingQuestions(client: OpencodeClient, serverName: string, opts: Opts = {}): Promise<QuestionRequest[]> {
  return unwrap(client.question.list({}, { signal: opts.signal }), `list questions on ${serverName}`)
}
