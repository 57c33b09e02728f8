import { batch, createEffect, createSignal, onCleanup, untrack, type Accessor } from "solid-js"
import { createStore, produce, reconcile, unwrap } from "solid-js/store"
import type { Scope, Connection } from "../../api/connection"
import type { PermissionReply } from "../../api/fleet"
import { errorText } from "../../lib/error-text"
import { parseEvent, type DirectoryEvent } from "../../lib/events/parse"
import type { Session, SessionError } from "../../lib/model"
import { bootstrapFleet, mergeErrors, type FleetSnapshot } from "../../lib/fleet/bootstrap"
import { applyFleetEvent, emptyFleetState, type FleetSignal, type ServerFleetState } from "../../lib/fleet/reducer"
import type { LiveServer } from "../connection/live-server"

/** The API calls one server's fleet makes; tests pass fakes. */
export type FleetApi = {
  sessions: (connection: Connection, opts: { signal: AbortSignal }) => Promise<Session[]>
  snapshot: (connection: Connection, opts: { extra: readonly string[]; signal: AbortSignal; sessions?: Promise<Session[]>; errors: boolean }) => Promise<FleetSnapshot>
  /** Which of `sessions` (newest first) ended on a failed reply. */
  errors: (connection: Connection, sessions: readonly Session[], opts: { signal: AbortSignal }) => Promise<Record<string, SessionError>>
  replyPermission: (scope: Scope, requestID: string, reply: PermissionReply, message?: string) => Promise<void>
  replyQuestion: (scope: Scope, requestID: string, answers: string[][]) => Promise<void>
  rejectQuestion: (scope: Scope, requestID: string) => Promise<void>
}

export type ServerFleetDeps = {
  live: LiveServer
  api: FleetApi
  /**
   * Whether the server may answer: its health check has not found it down. The first session list
   * is read from the start, beside the health check; without this, it waits for the stream.
   */
  reachable?: Accessor<boolean>
  /**
   * Whether a view shows the sessions' states ("All sessions"): only that needs to know which
   * replies failed, one read per session. Without it, the other pages' counts cost no such reads.
   */
  wantsErrors?: Accessor<boolean>
  now?: () => number
  /** What the events meant (a run finished, a request arrived), after the state has them. */
  onSignals?: (signals: FleetSignal[]) => void
}

/** How long before its stream turned live a session list still serves the first bootstrap. */
export const READ_AHEAD_MS = 2000

/** "loading" until the first bootstrap; `error` says why the last one failed (the stream may still be live). */
export type FleetLoad = { kind: "loading" } | { kind: "ready" } | { kind: "error"; message: string }

/**
 * One server's sessions and waiting requests: bootstrapped with list calls each time its stream
 * turns live, then kept by events (no polling). Answers go to the request's own directory; an
 * answered request leaves when the server's event confirms it, and a failure stays on the item.
 * Create under a reactive owner (the fleet's per-server one).
 */
export function createServerFleet(deps: ServerFleetDeps) {
  const now = deps.now ?? Date.now
  const [state, setState] = createStore<ServerFleetState>(emptyFleetState())
  const [load, setLoad] = createSignal<FleetLoad>({ kind: "loading" })
  const [pending, setPending] = createSignal<ReadonlySet<string>>(new Set())
  const [failures, setFailures] = createStore<Record<string, string | undefined>>({})
  let controller: AbortController | undefined
  let buffered: { event: DirectoryEvent; directory: string | undefined }[] | undefined
  let bootstrapped = false
  const wantsErrors = deps.wantsErrors ?? (() => true)
  // The last bootstrap's session list, newest first, and whether its failed replies were read.
  let listed: readonly Session[] = []
  const [errorsRead, setErrorsRead] = createSignal(false)
  // The first session list waits neither for the health check nor for the stream: read beside
  // both, it saves a busy or distant server a round trip. What waits and what runs is read only
  // once the stream is live, so no request is missed; a session created in between joins with its
  // next event. A list read long before the stream came up is read again, and a read still on its
  // way when the health check finds the server down is dropped (a firewalled host never answers).
  let ahead: { sessions: Promise<Session[]>; at: number } | undefined
  let readAhead: AbortController | undefined
  createEffect(() => {
    // Once the stream was live, the bootstrap reads its own lists.
    if (controller || !deps.reachable) return
    if (!deps.reachable()) {
      readAhead?.abort()
      ahead = undefined
      return
    }
    if (ahead) return
    readAhead = new AbortController()
    const sessions = deps.api.sessions(deps.live.connection, { signal: readAhead.signal })
    // A failure is the bootstrap's to handle: it reads the list again.
    sessions.catch(() => undefined)
    ahead = { sessions, at: now() }
  })

  const apply = (event: DirectoryEvent, directory: string | undefined) => {
    let signals: FleetSignal[] = []
    setState(produce((draft) => (signals = applyFleetEvent(draft, event, directory, now()))))
    if (event.type === "permission.replied" || event.type === "question.replied" || event.type === "question.rejected") setFailures(event.requestID, undefined)
    if (signals.length > 0) deps.onSignals?.(signals)
  }

  const bootstrap = async () => {
    controller?.abort()
    const current = new AbortController()
    controller = current
    // Events that arrive while the lists load are applied again on top of them, so none is lost.
    buffered = []
    const extra = [...new Set(Object.values(state.requests).map((r) => r.directory))]
    try {
      const sessions = ahead && now() - ahead.at <= READ_AHEAD_MS ? ahead.sessions : undefined
      ahead = undefined
      const errors = untrack(wantsErrors)
      const snapshot = await deps.api.snapshot(deps.live.connection, { extra, signal: current.signal, errors, ...(sessions ? { sessions } : {}) })
      if (current !== controller) return
      listed = snapshot.sessions
      const next = bootstrapFleet(unwrap(state), snapshot, now(), !bootstrapped)
      const replay = buffered
      buffered = undefined
      bootstrapped = true
      batch(() => {
        setState(reconcile(next.state))
        for (const { event, directory } of replay) apply(event, directory)
        setErrorsRead(errors)
        setLoad({ kind: "ready" })
      })
      if (next.signals.length > 0) deps.onSignals?.(next.signals)
    } catch (err) {
      if (current !== controller || current.signal.aborted) return
      buffered = undefined
      setLoad({ kind: "error", message: errorText(err) })
    }
  }

  // A view that shows states opened after the bootstrap: read the failed replies now.
  createEffect(() => {
    if (!wantsErrors() || errorsRead() || load().kind !== "ready") return
    const current = controller
    if (!current) return
    deps.api
      .errors(deps.live.connection, listed, { signal: current.signal })
      .then((errors) => {
        if (current !== controller) return
        setState(produce((draft) => mergeErrors(draft, errors)))
        setErrorsRead(true)
      })
      .catch((err: unknown) => {
        if (current === controller && !current.signal.aborted) setLoad({ kind: "error", message: errorText(err) })
      })
  })

  const stop = deps.live.listen({
    onEvent: (payload, directory) => {
      const event = parseEvent(payload)
      if (!event) return
      buffered?.push({ event, directory })
      apply(event, directory)
    },
    onLive: () => void bootstrap(),
  })
  onCleanup(() => {
    stop()
    controller?.abort()
    readAhead?.abort()
  })

  const mark = (id: string, on: boolean) =>
    setPending((set) => {
      const next = new Set(set)
      if (on) next.add(id)
      else next.delete(id)
      return next
    })

  /** Runs one answer; false when another is on its way or it failed (the failure shows on the item). */
  async function answer(requestID: string, send: (scope: Scope) => Promise<void>): Promise<boolean> {
    const item = state.requests[requestID]
    if (!item || pending().has(requestID)) return false
    mark(requestID, true)
    setFailures(requestID, undefined)
    try {
      await send(deps.live.connection.at(item.directory))
      return true
    } catch (err) {
      setFailures(requestID, errorText(err))
      return false
    } finally {
      mark(requestID, false)
    }
  }

  return {
    live: deps.live,
    state,
    /** "loading" also while a view that shows states waits for the failed replies. */
    load: (): FleetLoad => {
      const current = load()
      return current.kind === "ready" && wantsErrors() && !errorsRead() ? { kind: "loading" } : current
    },
    /** Reads the lists again now (the Retry of a failed bootstrap). */
    refresh: () => void bootstrap(),
    pending: (requestID: string) => pending().has(requestID),
    failure: (requestID: string): string | undefined => failures[requestID],
    replyPermission: (requestID: string, reply: PermissionReply, message?: string) => answer(requestID, (scope) => deps.api.replyPermission(scope, requestID, reply, message)),
    replyQuestion: (requestID: string, answers: string[][]) => answer(requestID, (scope) => deps.api.replyQuestion(scope, requestID, answers)),
    rejectQuestion: (requestID: string) => answer(requestID, (scope) => deps.api.rejectQuestion(scope, requestID)),
  }
}

export type ServerFleet = ReturnType<typeof createServerFleet>
