/**
 * Owns the fleet's server-wide reads (recent sessions of every project, and per directory what
 * waits and what runs) and the answers to requests. Requests are answered in their session's
 * directory: without it the server only knows its cwd's requests and answers 404 (docs/fleet.md).
 */
import type { DirectorySnapshot, FleetSnapshot } from "../lib/fleet/bootstrap"
import { directoriesOf } from "../lib/fleet/bootstrap"
import type { Session, SessionError } from "../lib/model"
import { isReportable } from "../lib/fleet/session-state"
import { onServer, type Connection, type Scope } from "./connection"
import { unwrap } from "./errors"

export type { PermissionReply } from "./prompt"

type Opts = { signal?: AbortSignal }

/** The issue asks for at least 20 recent sessions per server; a few more cover sessions that scroll away. */
export const RECENT_SESSIONS = 30

/** Top-level sessions of every directory and project of the server, most recently updated first. */
export async function listRecentSessions(connection: Connection, opts: Opts & { limit?: number } = {}): Promise<Session[]> {
  const call = (await connection.client()).experimental.session.list({ limit: opts.limit ?? RECENT_SESSIONS, roots: true }, { signal: opts.signal })
  return unwrap(call, onServer(connection, "list recent sessions"))
}

/** Waiting permissions, questions and running sessions of one directory. */
export async function directorySnapshot(scope: Scope, opts: Opts = {}): Promise<DirectorySnapshot> {
  const client = await scope.client()
  const [permissions, questions, status] = await Promise.all([
    unwrap(client.permission.list({}, { signal: opts.signal }), onServer(scope, `list permission requests in ${scope.directory}`)),
    unwrap(client.question.list({}, { signal: opts.signal }), onServer(scope, `list questions in ${scope.directory}`)),
    unwrap(client.session.status({}, { signal: opts.signal }), onServer(scope, `read session statuses in ${scope.directory}`)),
  ])
  return { directory: scope.directory, permissions, questions, status }
}

/** Idle sessions whose newest reply failed are checked this far down the list; older failures are old news. */
export const ERROR_CHECKS = 10

/** The sessions (of `sessions`, newest first) whose newest message is a failed reply; one small read each. */
export async function lastErrors(connection: Connection, sessions: readonly Session[], opts: Opts = {}): Promise<Record<string, SessionError>> {
  const found: Record<string, SessionError> = {}
  await Promise.all(
    sessions.slice(0, ERROR_CHECKS).map(async (session) => {
      const call = (await connection.client(session.directory)).session.messages({ sessionID: session.id, limit: 1 }, { signal: opts.signal })
      const [last] = await unwrap(call, onServer(connection, "read the newest message"))
      const info = last?.info
      if (info?.role === "assistant" && info.error && isReportable(info.error)) found[session.id] = info.error
    }),
  )
  return found
}

/**
 * Everything the fleet shows of one server: one session list (or `sessions`, read ahead), then each
 * of its directories (`extra` adds directories known otherwise, e.g. of requests seen live), and
 * which replies failed unless `errors` is false.
 */
export async function fleetSnapshot(connection: Connection, opts: Opts & { extra?: readonly string[]; sessions?: Promise<Session[]>; errors?: boolean } = {}): Promise<FleetSnapshot> {
  // A list read ahead that failed (the server was down then) is read again now.
  const sessions = await (opts.sessions?.catch(() => listRecentSessions(connection, opts)) ?? listRecentSessions(connection, opts))
  const [directories, errors] = await Promise.all([
    Promise.all(directoriesOf(sessions, opts.extra).map((dir) => directorySnapshot(connection.at(dir), opts))),
    opts.errors === false ? undefined : lastErrors(connection, sessions, opts),
  ])
  return { sessions, directories, ...(errors ? { errors } : {}) }
}

// Answers go through the same calls as the session page, in the request's own directory. That
// module loads on the first answer: start-up watches every server but answers nothing yet.
type Prompt = typeof import("./prompt")
const prompt = (): Promise<Prompt> => import("./prompt")

export const replyPermission: Prompt["replyPermission"] = async (...args) => (await prompt()).replyPermission(...args)
export const replyQuestion: Prompt["replyQuestion"] = async (...args) => (await prompt()).replyQuestion(...args)
export const rejectQuestion: Prompt["rejectQuestion"] = async (...args) => (await prompt()).rejectQuestion(...args)
