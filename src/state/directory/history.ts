import { batch } from "solid-js"
import { createStore } from "solid-js/store"
import { onServer, type Scope } from "../../api/connection"
import { toPortalError } from "../../api/errors"
import * as api from "../../api/sessions"
import { mergeMessagePage, replaceTodos } from "../../lib/directory/merge"
import type { DirectoryState } from "../../lib/directory/reducer"
import type { TouchLog } from "../../lib/directory/touch-log"
import type { HistoryState } from "./types"

export type MessageHistoryDeps = {
  scope: Scope
  update: (fn: (draft: DirectoryState) => void) => void
  touch: TouchLog
  pageSize: number
  /** Messages per older page: bigger, since they are fetched ahead of the scroll and render only when reached. */
  olderPageSize: number
}

/** After a reconnect only the sessions opened last are refetched; the others reload when opened again. */
const REFETCH_OPENED = 3

/** Paged loading of sessions' messages (newest page first, then older by cursor) and their todos. */
export function createMessageHistory(deps: MessageHistoryDeps) {
  const [history, setHistory] = createStore<Record<string, HistoryState>>({})
  /** Sessions whose newest page was fetched, least recently first. */
  const opened = new Set<string>()
  const olderPaged = new Set<string>()
  const inFlight = new Map<string, Promise<void>>()

  async function fetchPage(sessionId: string, opts: { before?: string; limit?: number }) {
    const older = opts.before !== undefined
    const start = deps.touch.start()
    const prev: HistoryState = history[sessionId] ?? { state: "idle" }
    setHistory(sessionId, older ? { ...prev, loadingOlder: true, error: undefined } : { ...prev, state: prev.state === "ready" ? "ready" : "loading", error: undefined })
    try {
      let todoError: string | undefined
      // Asked first: a server answers about in the order requests come, and the messages are what shows.
      const pageCall = api.listMessages(deps.scope, sessionId, { limit: opts.limit ?? deps.pageSize, ...(opts.before ? { before: opts.before } : {}) })
      // Todos are extra: when only they fail, the messages still show and the error is noted.
      const todosCall = older ? undefined : api.sessionTodos(deps.scope, sessionId).catch((err: unknown) => void (todoError = toPortalError(err, onServer(deps.scope, "load todos")).message))
      const [page, todos] = await Promise.all([pageCall, todosCall])
      if (older) olderPaged.add(sessionId)
      else {
        opened.delete(sessionId)
        opened.add(sessionId)
      }
      // A refetch of the newest page must not forget how far back the user already paged.
      const cursor = older || !olderPaged.has(sessionId) ? page.cursor : history[sessionId]?.cursor
      // One batch: the list sees the page and the next cursor together, so a view still near the
      // top asks for the next older page at once instead of at the next scroll event.
      batch(() => {
        deps.update((draft) => {
          mergeMessagePage(draft, sessionId, page.messages, !older, deps.touch.since(start))
          if (todos) replaceTodos(draft, sessionId, todos, deps.touch.since(start))
        })
        // setStore merges objects, so every field is written (an absent cursor must become undefined).
        setHistory(sessionId, { state: "ready", cursor, loadingOlder: undefined, error: todoError })
      })
    } catch (err) {
      const error = toPortalError(err, onServer(deps.scope, "load messages"))
      setHistory(sessionId, older ? { ...prev, loadingOlder: false, error: error.message } : { ...prev, state: "error", error: error.message })
      throw error
    }
  }

  async function refetchAfter(running: Promise<void>, sessionId: string): Promise<void> {
    await running.catch(() => undefined)
    await loadMessages(sessionId).catch(() => undefined)
  }

  /** The newest page's key is the session's id; an older page's adds its cursor. */
  const keyOf = (sessionId: string, before?: string) => (before === undefined ? sessionId : `${sessionId} ${before}`)
  const isNewest = (key: string) => !key.includes(" ")

  function loadMessages(sessionId: string, opts: { before?: string; limit?: number } = {}): Promise<void> {
    const key = keyOf(sessionId, opts.before)
    const running = inFlight.get(key)
    if (running) return running
    const run = fetchPage(sessionId, opts).finally(() => inFlight.delete(key))
    inFlight.set(key, run)
    return run
  }

  return {
    history: (sessionId: string): HistoryState => history[sessionId] ?? { state: "idle" },
    loadMessages,
    async loadOlder(sessionId: string) {
      const h = history[sessionId]
      if (h?.cursor && !h.loadingOlder) await loadMessages(sessionId, { before: h.cursor, limit: deps.olderPageSize })
    },
    /** Every older page, one after another (each needs the cursor the one before returned). */
    async loadAllOlder(sessionId: string) {
      for (let cursor = history[sessionId]?.cursor; cursor !== undefined; ) {
        await loadMessages(sessionId, { before: cursor, limit: deps.olderPageSize })
        const next = history[sessionId]?.cursor
        if (next === cursor) return
        cursor = next
      }
    },
    /**
     * Refetches the newest page of the sessions opened last; failures land in their history error.
     * A newest page still on its way was asked for before the stream was live, so it may miss what
     * happened before then (a reply that ended, stored in full): it is asked for again once it lands.
     */
    refetchOpened() {
      // Taken before the refetches below join the pages on their way.
      const pending = [...inFlight].filter(([key]) => isNewest(key))
      for (const id of [...opened].slice(-REFETCH_OPENED)) if (!inFlight.has(keyOf(id))) void loadMessages(id).catch(() => undefined)
      for (const [id, running] of pending) void refetchAfter(running, id)
    },
  }
}
