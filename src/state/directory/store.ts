import { createMemo, createSignal } from "solid-js"
import { createStore, produce } from "solid-js/store"
import type { OpencodeClient } from "../../api/client"
import { toPortalError } from "../../api/errors"
import { streamEvents } from "../../api/events"
import { disposeInstance } from "../../api/projects"
import * as api from "../../api/sessions"
import { replaceRequests, replaceSessions, replaceStatuses, touchedKeys } from "../../lib/directory/merge"
import { parseEvent } from "../../lib/events/parse"
import { applyEvent, emptyDirectoryState, removeSession, type DirectoryState } from "../../lib/directory/reducer"
import type { Session } from "../../lib/model"
import { getById } from "../../lib/sorted"
import { makeTouchLog } from "../../lib/directory/touch-log"
import type { DirectoryData, LoadState } from "./types"
import { createEventStream, type EventStreamDeps } from "../events/event-stream"
import { createMessageHistory } from "./history"
import { createRetryClock } from "../events/retry-clock"

export type DirectoryStoreDeps = {
  directory: string
  serverName: () => string
  client: () => OpencodeClient
  /** Messages per page; the newest page is loaded first. */
  pageSize?: number
} & Pick<EventStreamDeps, "window" | "document">

/** Enough for a screenful and a bit of scroll; older pages load on demand. */
export const PAGE_SIZE = 50
const IDLE = { type: "idle" } as const

/** The store behind useDirectoryData(); see DirectoryData for the contract. Runs under a reactive owner. */
export function createDirectoryStore(deps: DirectoryStoreDeps): { data: DirectoryData; close: () => void } {
  const pageSize = deps.pageSize ?? PAGE_SIZE
  const [state, setState] = createStore<DirectoryState>(emptyDirectoryState())
  const [sessionsLoad, setSessionsLoad] = createSignal<LoadState>({ state: "idle" })
  const touch = makeTouchLog()
  const update = (fn: (draft: DirectoryState) => void) => setState(produce(fn))
  const name = () => deps.serverName()
  const messageOf = (err: unknown, action: string) => toPortalError(err, `${action} on ${name()}`).message
  const messages = createMessageHistory({ client: deps.client, serverName: deps.serverName, update, touch, pageSize })

  const onData = (raw: unknown) => {
    const event = parseEvent(raw)
    if (!event || (event.type === "server.instance.disposed" && event.directory !== deps.directory)) return
    touch.mark(touchedKeys(event))
    update((draft) => applyEvent(draft, event))
  }

  async function loadSessions() {
    const start = touch.start()
    setSessionsLoad((prev) => ({ state: prev.state === "ready" ? "ready" : "loading" }))
    try {
      const list = await api.listSessions(deps.client(), name())
      update((draft) => replaceSessions(draft, list, touch.since(start)))
      setSessionsLoad({ state: "ready" })
    } catch (err) {
      setSessionsLoad({ state: "error", error: messageOf(err, "list sessions") })
    }
  }

  async function loadPending() {
    const start = touch.start()
    const client = deps.client()
    const [statuses, permissions, questions] = await Promise.all([api.sessionStatuses(client, name()), api.pendingPermissions(client, name()), api.pendingQuestions(client, name())])
    update((draft) => {
      replaceStatuses(draft, statuses, touch.since(start))
      replaceRequests(draft, permissions, questions, touch.since(start))
    })
  }

  const upsertSession = (session: Session) => update((draft) => applyEvent(draft, { type: "session.updated", session }))
  const refetch = () => {
    void loadSessions()
    void loadPending().catch((err: unknown) => setSessionsLoad({ state: "error", error: messageOf(err, "read session statuses") }))
    messages.refetchOpened()
  }

  const stream = createEventStream({
    connect: (signal, onEvent) => streamEvents(deps.client(), { serverName: name(), signal, onData: onEvent }),
    onData,
    onLive: refetch,
    ...(deps.window ? { window: deps.window } : {}),
    ...(deps.document ? { document: deps.document } : {}),
  })
  const now = createRetryClock(() => stream.state().kind === "offline" || Object.values(state.status).some((s) => s.type === "retry"))
  const sessions = createMemo(() => Object.values(state.sessions).sort((a, b) => b.time.created - a.time.created || (a.id < b.id ? 1 : -1)))
  const all = <T,>(table: Record<string, T[]>, id?: string): T[] => (id === undefined ? Object.values(table).flat() : (table[id] ?? []))

  const data: DirectoryData = {
    directory: () => deps.directory,
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
    streamState: stream.state,
    now,
    loadSessions,
    loadMessages: messages.loadMessages,
    loadOlder: messages.loadOlder,
    async createSession(input = {}) {
      const session = await api.createSession(deps.client(), name(), input)
      upsertSession(session)
      return session
    },
    async renameSession(sessionId, title) {
      const session = await api.renameSession(deps.client(), name(), sessionId, title)
      upsertSession(session)
      return session
    },
    async deleteSession(sessionId) {
      await api.deleteSession(deps.client(), name(), sessionId)
      update((draft) => removeSession(draft, sessionId))
    },
    async forkSession(sessionId, messageId) {
      const session = await api.forkSession(deps.client(), name(), sessionId, messageId)
      upsertSession(session)
      return session
    },
    async archiveSession(sessionId, archived = true) {
      const session = await api.archiveSession(deps.client(), name(), sessionId, archived ? Date.now() : 0)
      upsertSession(session)
      return session
    },
    putSession: upsertSession,
    reconnect: stream.reconnect,
    async dispose() {
      // Stop first: a stream that resubscribed after the server closed it would boot the instance again.
      stream.stop()
      try {
        await disposeInstance(deps.client(), name())
      } catch (err) {
        stream.reconnect()
        throw err
      }
    },
  }
  void loadSessions()
  return { data, close: stream.dispose }
}
