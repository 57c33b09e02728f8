import { createEffect, on, onCleanup, onMount, type ParentProps } from "solid-js"
import { createStore, produce } from "solid-js/store"
import { PortalError } from "../../api/errors"
import { ptyApi, type PtyApi, type PtySize } from "../../api/terminal/pty"
import { connectPty, type PtySocket, type PtySocketOptions } from "../../api/terminal/pty-socket"
import { parsePtyEvent, type PtyEvent } from "../../lib/terminal/pty-events"
import { isFinal, type LinkState } from "../../lib/terminal/pty-link"
import { memoryKey, reattachable, type RememberedTerminals } from "../../lib/terminal/memory"
import { checkTerminalTitle, nextTerminalTitle } from "../../lib/terminal/title"
import type { LocalStore } from "../../storage/drafts"
import { loadTerminals, saveTerminals } from "../../storage/terminals"
import { useBrowserStores } from "../browser-stores"
import { makeContext } from "../context"
import { useDirectory } from "../directory/active-directory"
import { useHealth } from "../connection/health"
import { useActiveServer } from "../connection/active-server"
import { useToasts } from "../toasts"
import { errorText } from "../../lib/error-text"

export type TerminalTab = {
  id: string
  title: string
  /** `idle` until a view attaches; a tab shown nowhere holds no socket. */
  link: LinkState | { kind: "idle" }
  exitCode?: number
  /** Closed by another client (pty.deleted) rather than ended by its shell. */
  deleted?: boolean
  closing?: boolean
}

export type TerminalSink = { write(text: string): void; reset(): void }
export type TerminalPort = { input(data: string): void; resize(size: PtySize): void; detach(): void }

export type TerminalsDeps = {
  serverId: string
  directory: string
  api: Pick<PtyApi, "list" | "create" | "rename" | "resize" | "remove">
  /** Opens the reconnecting socket (api/pty-socket connectPty, with ticket and URL bound). */
  connect(id: string, handlers: Pick<PtySocketOptions, "onOutput" | "onReset" | "onState">): PtySocket
  /** Hears the directory's PTY events (exits, renames, removals); the returned function stops. */
  watch(onEvent: (event: PtyEvent) => void): () => void
  /** localStorage: which PTYs are ours, across reloads and tabs. */
  storage: LocalStore | undefined
  notify(message: string): void
  online: () => boolean
}

/** Resizes come in bursts while a window is dragged; the PTY only needs the last one. */
export const RESIZE_DEBOUNCE_MS = 150

/**
 * The terminal tabs of one directory on one server. Only PTYs this portal opened are shown, and
 * remembered, so a reload or a later visit reattaches to them. Must run under a reactive owner:
 * leaving the view closes the sockets (the shells keep running).
 */
export function createTerminals(deps: TerminalsDeps) {
  const [state, setState] = createStore<{ tabs: TerminalTab[]; active?: string; loading: boolean; error?: string; creating: boolean }>({ tabs: [], loading: true, creating: false })
  const key = memoryKey(deps.serverId, deps.directory)
  let storageWarned = false
  const links = new Map<string, PtySocket>()
  const sinks = new Map<string, TerminalSink>()
  const sizes = new Map<string, PtySize>()
  const resizeTimers = new Map<string, ReturnType<typeof setTimeout>>()

  const tab = (id: string) => state.tabs.find((t) => t.id === id)
  const ended = (id: string) => {
    const link = tab(id)?.link
    return link !== undefined && link.kind !== "idle" && isFinal(link)
  }
  const update = (id: string, fn: (t: TerminalTab) => void) => setState("tabs", (t) => t.id === id, produce(fn))
  const remember = () => {
    const entry: RememberedTerminals = { ids: state.tabs.map((t) => t.id), ...(state.active ? { active: state.active } : {}) }
    try {
      saveTerminals(deps.storage, key, entry)
    } catch (err) {
      if (!storageWarned) deps.notify(`This browser did not keep the list of open terminals (${errorText(err)}); after a reload they will not reattach.`)
      storageWarned = true
    }
  }

  const create = async () => {
    if (state.creating) return
    setState("creating", true)
    try {
      const pty = await deps.api.create(nextTerminalTitle(state.tabs.map((t) => t.title)))
      setState(produce((s) => (s.tabs.push({ id: pty.id, title: pty.title, link: { kind: "idle" } }), (s.active = pty.id))))
      remember()
    } catch (err) {
      deps.notify(errorText(err))
    } finally {
      setState("creating", false)
    }
  }

  const load = async () => {
    setState({ loading: true, error: undefined })
    try {
      const remembered = loadTerminals(deps.storage, key)
      const mine = reattachable(remembered, await deps.api.list())
      setState({ tabs: mine.map((p) => ({ id: p.id, title: p.title, link: { kind: "idle" } })), active: mine.find((p) => p.id === remembered?.active)?.id ?? mine[0]?.id, loading: false })
      remember()
      if (mine.length === 0) await create()
    } catch (err) {
      setState({ loading: false, error: errorText(err) })
    }
  }

  const drop = (id: string) => {
    links.get(id)?.close()
    links.delete(id)
    const index = state.tabs.findIndex((t) => t.id === id)
    setState(produce((s) => {
      s.tabs = s.tabs.filter((t) => t.id !== id)
      if (s.active === id) s.active = (s.tabs[index] ?? s.tabs[index - 1])?.id
    }))
    remember()
  }

  const onEvent = (event: PtyEvent) => {
    if (!tab(event.id)) return
    if (event.type === "exited") update(event.id, (t) => void (t.exitCode = event.exitCode))
    else if (event.type === "deleted") update(event.id, (t) => void (t.deleted = true))
    else update(event.id, (t) => void (t.title = event.title))
  }

  const connect = (id: string) => {
    links.get(id)?.close()
    const link = deps.connect(id, {
      onOutput: (text) => sinks.get(id)?.write(text),
      onReset: () => sinks.get(id)?.reset(),
      onState(next) {
        update(id, (t) => void (t.link = next))
        // Another viewer may have resized the PTY meanwhile; this view's size wins again.
        if (next.kind === "open") sendSize(id)
      },
    })
    links.set(id, link)
  }

  const sendSize = (id: string) => {
    const size = sizes.get(id)
    if (!size) return
    deps.api.resize(id, size).catch((err: unknown) => {
      // A PTY that ended or a server that is down is already shown on the tab itself.
      if (err instanceof PortalError && ["not-found", "unreachable", "timeout"].includes(err.kind)) return
      deps.notify(errorText(err))
    })
  }

  createEffect(on(deps.online, (online, before) => online && before === false && links.forEach((link) => link.retryNow())))
  let unwatch: (() => void) | undefined
  onMount(() => {
    unwatch = deps.watch(onEvent)
    void load()
  })
  onCleanup(() => {
    unwatch?.()
    links.forEach((link) => link.close())
    resizeTimers.forEach((timer) => clearTimeout(timer))
  })

  return {
    tabs: () => state.tabs,
    active: () => state.active,
    loading: () => state.loading,
    error: () => state.error,
    creating: () => state.creating,
    reload: load,
    create,
    select(id: string) {
      if (!tab(id)) return
      setState("active", id)
      remember()
    },
    /** Resolves to an error for the rename field, or undefined once renamed. */
    async rename(id: string, input: string): Promise<string | undefined> {
      const checked = checkTerminalTitle(input, state.tabs.filter((t) => t.id !== id).map((t) => t.title))
      if (!checked.ok) return checked.error
      try {
        await deps.api.rename(id, checked.title)
      } catch (err) {
        return errorText(err)
      }
      update(id, (t) => void (t.title = checked.title))
      return undefined
    },
    /** Ends the PTY (its shell and everything running in it), then removes the tab. */
    async close(id: string) {
      const current = tab(id)
      if (!current || current.closing) return
      if (ended(id)) return drop(id)
      update(id, (t) => void (t.closing = true))
      try {
        await deps.api.remove(id)
      } catch (err) {
        if (!(err instanceof PortalError && err.kind === "not-found")) {
          update(id, (t) => void (t.closing = false))
          return deps.notify(errorText(err))
        }
      }
      drop(id)
    },
    /** Skips the wait of a reconnecting link; starts over after a failure. */
    retry(id: string) {
      if (tab(id)?.link.kind !== "failed") return links.get(id)?.retryNow()
      sinks.get(id)?.reset()
      connect(id)
    },
    /** Connects a view to the PTY; output goes to `sink` until `detach()`. */
    attach(id: string, sink: TerminalSink): TerminalPort {
      sinks.set(id, sink)
      connect(id)
      return {
        input: (data) => void links.get(id)?.send(data),
        resize(size) {
          sizes.set(id, size)
          clearTimeout(resizeTimers.get(id))
          resizeTimers.set(id, setTimeout(() => sendSize(id), RESIZE_DEBOUNCE_MS))
        },
        detach() {
          if (sinks.get(id) !== sink) return
          sinks.delete(id)
          links.get(id)?.close()
          links.delete(id)
          clearTimeout(resizeTimers.get(id))
          if (tab(id) && !ended(id)) update(id, (t) => void (t.link = { kind: "idle" }))
        },
      }
    },
  }
}

export type Terminals = ReturnType<typeof createTerminals>

const ctx = makeContext<Terminals>("Terminals")
export const useTerminals = ctx.use

/** The terminals of the directory in scope; mounted by the terminal page, so leaving it detaches. */
export function TerminalsProvider(props: ParentProps) {
  const active = useActiveServer()
  const dir = useDirectory()
  const toasts = useToasts()
  const health = useHealth()
  const stores = useBrowserStores()
  const server = active.server
  const directory = dir.directory()
  const api = ptyApi(dir.scope)
  const terminals = createTerminals({
    serverId: server().id,
    directory,
    api,
    connect: (id, handlers) => connectPty({ scope: dir.scope, ptyId: id, ticket: (signal) => api.ticket(id, signal), ...handlers }),
    // The server's one stream carries the PTY events too: no second stream per terminal view.
    watch: (onEvent) =>
      active.live.listen({
        directory,
        onEvent(payload) {
          const event = parsePtyEvent(payload)
          if (event) onEvent(event)
        },
      }),
    storage: stores.local.store,
    notify: (text) => toasts.push({ kind: "error", message: text }),
    online: () => health.of(server().id).kind === "online",
  })
  return <ctx.Provider value={terminals}>{props.children}</ctx.Provider>
}
