import { createEffect, createMemo, createSignal, mapArray, onCleanup, type Accessor } from "solid-js"
import type { FleetSignal } from "../../lib/fleet/reducer"
import { attentionItems, byActivity, keepUnchanged, serverCounts, sessionRows, type AttentionItem, type ServerCounts, type ServerData, type SessionRow } from "../../lib/fleet/views"
import type { Session } from "../../lib/model"
import type { ServerEntry } from "../../lib/registry/server"
import type { LiveServer } from "../connection/live-server"
import { makeContext } from "../context"
import type { ReadMarksStore } from "./read-marks"
import { createServerFleet, type FleetApi, type ServerFleet } from "./server-fleet"

/** Something a person may want to hear about: a new request, or a run that ended. */
export type FleetAlert = { kind: "asked"; item: AttentionItem } | { kind: "finished"; serverId: string; session: Session }

export type OnScreen = { serverId: string; sessionId: string }

export type FleetDeps = {
  servers: Accessor<ServerEntry[]>
  /** The pool's `use`: the server's live stream, held while the calling owner lives. */
  use: (serverId: string) => LiveServer | undefined
  api: FleetApi
  /** Whether a server may answer (not found down by its health check): its first session list is read at once. */
  reachable?: (serverId: string) => boolean
  marks: ReadMarksStore
  now?: () => number
  /** Which of the ids to watch yet: the app adds servers a few per task, so start-up is not one long task. */
  createStage?: (ids: Accessor<string[]>) => Accessor<string[]>
}

/** `rows`: this server's "All sessions" rows, recomputed only when its own data changes. */
export type FleetServer = { id: string; fleet: ServerFleet | undefined; rows: Accessor<SessionRow[]> }

const NO_ROWS: Accessor<SessionRow[]> = () => []

const sameIds = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((id, i) => id === b[i])

/**
 * Every registered server's sessions and waiting requests, for the whole tab: one server fleet
 * per registry entry, under its own owner (removing a server drops its stream hold). Create once
 * in the app, under the pool's provider.
 */
export function createFleet(deps: FleetDeps) {
  const registered = createMemo(() => deps.servers().map((s) => s.id), [], { equals: sameIds })
  const ids = deps.createStage?.(registered) ?? registered
  const [onScreen, setOnScreen] = createSignal<OnScreen | undefined>(undefined)
  const [wantsFocus, setWantsFocus] = createSignal(false)
  const [stateViews, setStateViews] = createSignal(0)
  const wantsErrors = () => stateViews() > 0
  const listeners = new Set<(alert: FleetAlert) => void>()

  const signal = (serverId: string, fleet: ServerFleet, signals: FleetSignal[]) => {
    for (const s of signals) {
      if (s.kind === "finished") {
        const session = fleet.state.sessions[s.sessionID]
        if (!session) continue
        const screen = onScreen()
        if (screen?.serverId === serverId && screen.sessionId === s.sessionID) deps.marks.looked(serverId, session)
        else deps.marks.finished(serverId, session)
        for (const listen of listeners) listen({ kind: "finished", serverId, session })
      } else {
        const item = fleet.state.requests[s.requestID]
        if (!item) continue
        const full: AttentionItem = { ...item, serverId, session: fleet.state.sessions[item.request.sessionID] }
        for (const listen of listeners) listen({ kind: "asked", item: full })
      }
    }
  }

  const servers = createMemo(
    mapArray(ids, (id): FleetServer => {
      const live = deps.use(id)
      if (!live) return { id, fleet: undefined, rows: NO_ROWS }
      const reachable = deps.reachable
      const fleet: ServerFleet = createServerFleet({
        live,
        api: deps.api,
        wantsErrors,
        ...(reachable ? { reachable: () => reachable(id) } : {}),
        ...(deps.now ? { now: deps.now } : {}),
        onSignals: (signals) => signal(id, fleet, signals),
      })
      const rows = createMemo<SessionRow[]>((previous) => keepUnchanged(previous, sessionRows([{ serverId: id, state: fleet.state }], deps.marks.unread)), [])
      return { id, fleet, rows }
    }),
  )
  const byId = (id: string) => servers().find((s) => s.id === id)?.fleet
  const data = createMemo((): ServerData[] => servers().flatMap((s) => (s.fleet ? [{ serverId: s.id, state: s.fleet.state }] : [])))
  const items = createMemo(() => attentionItems(data()))
  // One server's bootstrap or event recomputes its own rows only; the merge keeps the others' objects.
  const rows = createMemo(() => byActivity(servers().flatMap((s) => s.rows())))

  // What is on screen is read as it changes.
  createEffect(() => {
    const screen = onScreen()
    const session = screen ? byId(screen.serverId)?.state.sessions[screen.sessionId] : undefined
    if (screen && session) deps.marks.looked(screen.serverId, session)
  })

  return {
    servers,
    byId,
    items,
    rows,
    /** Requests waiting on every server: the title's "(N)". */
    waiting: () => items().length,
    counts: (id: string): ServerCounts => {
      const fleet = byId(id)
      return fleet ? serverCounts(fleet.state) : { waiting: 0, working: 0 }
    },
    onScreen,
    /** The session page says which session is in view; undefined elsewhere. */
    setOnScreen,
    /** Hears new requests and finished runs (for notifications); returns the unsubscribe. */
    listen(listener: (alert: FleetAlert) => void): () => void {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    /**
     * Called by a view that shows the sessions' states, under its owner: while it lives, every
     * server also reads which replies failed (one read per recent session), now and after each reconnect.
     */
    showStates(): void {
      setStateViews((n) => n + 1)
      onCleanup(() => setStateViews((n) => n - 1))
    },
    /** True from the person's "next item" shortcut until the list has moved focus. */
    wantsFocus,
    focusNext: () => setWantsFocus(true),
    focusDone: () => setWantsFocus(false),
  }
}

export type Fleet = ReturnType<typeof createFleet>

const ctx = makeContext<Fleet>("Fleet")
export const useFleet = ctx.use
export const FleetProvider = ctx.Provider
