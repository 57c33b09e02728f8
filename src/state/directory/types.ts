import type { Accessor } from "solid-js"
import type { Message, Part, PermissionRequest, QuestionRequest, Session, SessionError, SessionStatus, Todo } from "../../lib/model"
import type { StreamState } from "../events/event-stream"

export type { Message, Part, PermissionRequest, QuestionRequest, Session, SessionError, SessionStatus, Todo }
export type { StreamState }

/** Where a list came from: not asked yet, on its way, here, or failed (with a message naming the server). */
export type LoadState = { state: "idle" | "loading" | "ready" | "error"; error?: string }

/** Paging state of one session's messages; `cursor` is set while older messages remain on the server. */
export type HistoryState = LoadState & { cursor?: string; loadingOlder?: boolean }

export type NewSession = { title?: string; parentID?: string }

/**
 * Live data of one directory on one server: sessions, their statuses, messages and parts, pending
 * permissions and questions, todos. Fed by the server's one event stream (the connection pool's,
 * shared with every other view of that server) through the pure reducer in lib/directory/reducer.ts;
 * refetched after every reconnect.
 *
 * Getters are reactive (read them inside JSX or effects). Actions throw a PortalError whose message
 * names the server and the action; callers show it.
 *
 * @example
 * const data = useDirectoryData()
 * onMount(() => void data.loadMessages(sessionId))
 * <For each={data.messages(sessionId)}>{(m) => <For each={data.parts(m.id)}>…</For>}</For>
 */
export type DirectoryData = {
  directory: Accessor<string>
  /** Every known session of this directory (archived and children included), newest first. */
  sessions: Accessor<Session[]>
  session(id: string): Session | undefined
  sessionsLoad: Accessor<LoadState>
  /** Defaults to idle for sessions the server reported nothing for. */
  status(sessionId: string): SessionStatus
  /** The last `session.error` of a session; cleared when it turns busy again. */
  error(sessionId: string): SessionError | undefined
  /** Loaded messages, oldest first. */
  messages(sessionId: string): Message[]
  message(sessionId: string, messageId: string): Message | undefined
  /** Parts of a message in order. */
  parts(messageId: string): Part[]
  history(sessionId: string): HistoryState
  /** Pending permission requests; all of this directory's without an id. */
  permissions(sessionId?: string): PermissionRequest[]
  questions(sessionId?: string): QuestionRequest[]
  todos(sessionId: string): Todo[]
  streamState: Accessor<StreamState>
  /** A clock (ms) that ticks each second, for countdowns such as a retry's next attempt. */
  now: Accessor<number>

  loadSessions(): Promise<void>
  /**
   * Loads the newest page of a session's messages (and its todos), or with `before` (a cursor from
   * `history(id).cursor`) the page before it. Errors land in `history(id).error` and are rethrown.
   */
  loadMessages(sessionId: string, opts?: { before?: string; limit?: number }): Promise<void>
  /** Loads the page before the oldest loaded message, if any. */
  loadOlder(sessionId: string): Promise<void>
  /** Pages back to the session's first message (Home in the message log). */
  loadAllOlder(sessionId: string): Promise<void>
  createSession(input?: NewSession): Promise<Session>
  renameSession(sessionId: string, title: string): Promise<Session>
  deleteSession(sessionId: string): Promise<void>
  /** Without `messageId` the whole session is copied; with it, the messages before it. */
  forkSession(sessionId: string, messageId?: string): Promise<Session>
  archiveSession(sessionId: string, archived?: boolean): Promise<Session>
  /** Takes a session the server returned from an action (revert, share, …) before its event arrives. */
  putSession(session: Session): void
  /** Drops the current stream and connects again now (e.g. a Retry button). */
  reconnect(): void
  /** `POST /instance/dispose` for this directory; the server ends the stream, sessions stay. */
  dispose(): Promise<void>
}
