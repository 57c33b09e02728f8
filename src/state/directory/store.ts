import { createMemo, createSignal } from "solid-js"
import { createStore, produce } from "solid-js/store"
import { onServer, type Scope } from "../../api/connection"
import { toPortalError } from "../../api/errors"
import { disposeInstance } from "../../api/projects"
import * as api from "../../api/sessions"
import { replaceRequests, replaceSessions, replaceStatuses, touchedKeys } from "../../lib/directory/merge"
import { makeFrameBatch, type FlushScheduler } from "../../lib/events/frame-batch"
import { parseEvent, type DirectoryEvent } from "../../lib/events/parse"
import { applyEvent, emptyDirectoryState, removeSession, type DirectoryState } from "../../lib/directory/reducer"
import type { Session } from "../../lib/model"
import { getById } from "../../lib/sorted"
import { makeTouchLog } from "../../lib/directory/touch-log"
import type { DirectoryData, LoadState } from "./types"
import type { LiveServer } from "../connection/live-server"
import { createMessageHistory } from "./history"
import { createRetryClock } from "../events/retry-clock"
import { frameScheduler } from "../events/frame-scheduler"

export type DirectoryStoreDeps = {
  scope: Scope
  /** The server's one event stream; this store hears its directory's events. */
  live: Pick<LiveServer, "listen" | "streamState" | "reconnect">
  /** Messages per page; the newest page is loaded first. */
  pageSize?: number
  /** Messages per older page (scrolling up). */
  olderPageSize?: number
  /** When queued text deltas are applied (the next animation frame); tests play frames by hand. */
  schedule?: FlushScheduler
}

/** Enough for a screenful and a bit of scroll; older pages load on demand. */
export const PAGE_SIZE = 50
/**
 * Older pages are asked for screens ahead of the scroll: 200 messages answer in about the time of
 * 50 (80–130 ms against 50–60 ms, measured on a busy 2-core machine) and cover a fast fling's
 * ~0.7 s, so reaching the first of 2,000 messages takes 10 requests instead of 40.
 */
export const OLDER_PAGE_SIZE = 200
const IDLE = { type: "idle" } as const

/** The store behind useDirectoryData(); see DirectoryData for the contract. Runs under a reactive owner. */
export function createDirectoryStore(deps: DirectoryStoreDeps): { data: DirectoryData; close: () => void } {
  const pageSize = deps.pageSize ?? PAGE_SIZE
  const [state, setState] = createStore<DirectoryState>(emptyDirectoryState())
  const [sessionsLoad, setSessionsLoad] = createSignal<LoadState>({ state: "idle" })
  const touch = makeTouchLog()
  // A burst of deltas (a fast model, a replayed reply) is one store write per frame, so the reply's
  // Markdown renders once per frame rather than once per word; every other event goes at once.
  const events = makeFrameBatch<DirectoryEvent>({
    schedule: deps.schedule ?? frameScheduler(),
    canWait: (event) => event.type === "message.part.delta",
    apply: (batch) => setState(produce((draft) => batch.forEach((event) => applyEvent(draft, event)))),
  })
  // Waiting deltas go first, so a fetched page or a local action lands after them, as before.
  const update = (fn: (draft: DirectoryState) => void) => {
    events.flush()
    setState(produce(fn))
  }
  const scope = deps.scope
  const messageOf = (err: unknown, action: string) => toPortalError(err, onServer(scope, action)).message
  const messages = createMessageHistory({ scope, update, touch, pageSize, olderPageSize: deps.olderPageSize ?? OLDER_PAGE_SIZE })

  const onData = (raw: unknown) => {
    const event = parseEvent(raw)
    if (!event || (event.type === "server.instance.disposed" && event.directory !== scope.directory)) return
    touch.mark(touchedKeys(event))
    events.push(event)
  }

  async function loadSessions() {
    const start = touch.start()
    setSessionsLoad((prev) => ({ state: prev.state === "ready" ? "ready" : "loading" }))
    try {
      const list = await api.listSessions(scope)
      update((draft) => replaceSessions(draft, list, touch.since(start)))
      setSessionsLoad({ state: "ready" })
    } catch (err) {
      setSessionsLoad({ state: "error", error: messageOf(err, "list sessions") })
    }
  }

  async function loadPending() {
    const start = touch.start()
    const [statuses, permissions, questions] = await Promise.all([api.sessionStatuses(scope), api.pendingPermissions(scope), api.pendingQuestions(scope)])
    update((draft) => {
      replaceStatuses(draft, statuses, touch.since(start))
      replaceRequests(draft, permissions, questions, touch.since(start))
    })
  }

  const upsertSession = (session: Session) => update((draft) => applyEvent(draft, { type: "session.updated", session }))
  let refetched = false
  const refetch = () => {
    refetched = true
    void loadSessions()
    void loadPending().catch((err: unknown) => setSessionsLoad({ state: "error", error: messageOf(err, "read session statuses") }))
    messages.refetchOpened()
  }

  const stopListening = deps.live.listen({ directory: scope.directory, onEvent: onData, onLive: refetch })
  const now = createRetryClock(() => deps.live.streamState().kind === "offline" || Object.values(state.status).some((s) => s.type === "retry"))
  const sessions = createMemo(() => Object.values(state.sessions).sort((a, b) => b.time.created - a.time.created || (a.id < b.id ? 1 : -1)))
  const all = <T,>(table: Record<string, T[]>, id?: string): T[] => (id === undefined ? Object.values(table).flat() : (table[id] ?? []))

  const data: DirectoryData = {
    directory: () => scope.directory,
    sessions,
    session: (id) => state.sessions[id],
    sessionsLoad,
    status: (id) => state.status[id] ?? IDLE,
    error: (id) => state.errors[id],
    messages: (id) => state.messages[id] ?? [],
    message: (sessionId, messageId) => getById(state.messages[sessionId] ?? [], messageId),
    parts: (messageId) => state.parts[messageId] ?? [],
    history: messages.history,
    permissions: (id) => all(state.permissions, id),
    questions: (id) => all(state.questions, id),
    todos: (id) => state.todos[id] ?? [],
    streamState: deps.live.streamState,
    now,
    loadSessions,
    loadMessages: messages.loadMessages,
    loadOlder: messages.loadOlder,
    loadAllOlder: messages.loadAllOlder,
    async createSession(input = {}) {
      const session = await api.createSession(scope, input)
      upsertSession(session)
      return session
    },
    async renameSession(sessionId, title) {
      const session = await api.renameSession(scope, sessionId, title)
      upsertSession(session)
      return session
    },
    async deleteSession(sessionId) {
      await api.deleteSession(scope, sessionId)
      update((draft) => removeSession(draft, sessionId))
    },
    async forkSession(sessionId, messageId) {
      const session = await api.forkSession(scope, sessionId, messageId)
      upsertSession(session)
      return session
    },
    async archiveSession(sessionId, archived = true) {
      const session = await api.archiveSession(scope, sessionId, archived ? Date.now() : 0)
      upsertSession(session)
      return session
    },
    putSession: upsertSession,
    reconnect: deps.live.reconnect,
    // The server's stream is not this directory's, so closing the instance leaves it running for the rest.
    dispose: () => disposeInstance(scope),
  }
  // A stream already live (another view holds the server) refetched on listen: one list is enough.
  if (!refetched) void loadSessions()
  const close = () => {
    stopListening()
    events.cancel()
  }
  return { data, close }
}
