import { createSignal, onCleanup, onMount, type Accessor } from "solid-js"
import { isMac, isTypingTarget, matches, usesModifier, type Shortcut } from "../../lib/keys/shortcut"
import { makeContext } from "../context"

/** One thing a person can do from the command palette, and maybe a shortcut. */
export type Action = {
  /** Stable and unique; registering the same id again replaces the entry (the newest scope wins). */
  id: string
  title: string
  /** Groups the palette and the shortcut list: "Go to", "Server", "Session", … */
  group: string
  shortcut?: Shortcut
  run: () => void
}

export type ActionsDeps = { target: Pick<Window, "addEventListener" | "removeEventListener">; mac: boolean }

/**
 * The registry every feature adds its actions to, for as long as the feature is on screen: a
 * server's actions leave with the server, a session's with the session. It owns the one global
 * key listener, so shortcuts are matched in one place and never fire while the person types in a
 * field unless they use Ctrl, ⌘ or Alt.
 *
 * @example useAction({ id: "new-session", title: "New session", group: "Session", shortcut: "n", run: create })
 */
export function createActions(deps: ActionsDeps) {
  const [entries, setEntries] = createSignal<Action[]>([])
  const register = (action: Action) => {
    setEntries((list) => [...list.filter((a) => a.id !== action.id), action])
    return () => setEntries((list) => list.filter((a) => a !== action))
  }
  const onKey = (e: KeyboardEvent) => {
    if (e.defaultPrevented || e.isComposing) return
    const typing = isTypingTarget(e.target)
    const hit = entries().findLast((a) => a.shortcut !== undefined && matches(a.shortcut, e, deps.mac) && (!typing || usesModifier(a.shortcut)))
    if (!hit) return
    e.preventDefault()
    hit.run()
  }
  deps.target.addEventListener("keydown", onKey)
  onCleanup(() => deps.target.removeEventListener("keydown", onKey))
  const list: Accessor<Action[]> = () => [...entries()].sort((a, b) => GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group))
  return { list, register, mac: deps.mac, run: (id: string) => entries().find((a) => a.id === id)?.run() }
}

/** The palette's order of groups; a group not listed goes last. */
export const GROUPS = ["Go to", "Server", "Directory", "Session", "Servers", "Help"]

export type Actions = ReturnType<typeof createActions>

const ctx = makeContext<Actions>("Actions")
export const useActions = ctx.use
export const ActionsProvider = ctx.Provider

/** Registers `action` while the calling component is mounted. */
export function useAction(action: Action | (() => Action)) {
  const actions = useActions()
  onMount(() => onCleanup(actions.register(typeof action === "function" ? action() : action)))
}

export const browserMac = () => isMac(navigator.platform || navigator.userAgent)
