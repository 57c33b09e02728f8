/**
 * The adapter every Web Storage user goes through: localStorage or sessionStorage, proven with a
 * probe write at boot, or this page's memory when the browser refuses it (private modes, quota,
 * storage disabled by policy), saying why.
 */
import { errorText } from "../lib/error-text"
import type { LocalStore } from "./drafts"
import { makeMemoryStore } from "./memory-store"

export type WebStorageKind = "localStorage" | "sessionStorage"

/** `store` is memory: it works, but ends with the page. `reason` is the browser's refusal. */
export type RefusedWebStore = { kind: WebStorageKind; store: LocalStore; persistent: false; reason: string }
export type WebStore = { kind: WebStorageKind; store: LocalStore; persistent: true } | RefusedWebStore

/** Where Web Storage lives: `window`, or a stand-in in tests. Reading a property may throw. */
export type StorageHost = Partial<Record<WebStorageKind, LocalStore | null>>

const PROBE_KEY = "opencode-portal.probe"

/**
 * Opens one Web Storage area. Some browsers throw on merely reading `window.localStorage`, others
 * only on the first write, so a probe write and remove happen here rather than mid-edit later.
 *
 * @example const local = openWebStore("localStorage", window); if (!local.persistent) warn(local.reason)
 */
export function openWebStore(kind: WebStorageKind, host: StorageHost): WebStore {
  try {
    const store = host[kind]
    if (!store) return { kind, store: makeMemoryStore(), persistent: false, reason: `this browser has no ${kind}` }
    store.setItem(PROBE_KEY, "1")
    store.removeItem(PROBE_KEY)
    return { kind, store, persistent: true }
  } catch (err) {
    return { kind, store: makeMemoryStore(), persistent: false, reason: errorText(err) }
  }
}

/** What the person loses when Web Storage is refused; undefined when both areas work. */
export function webStorageProblem(local: WebStore, session: WebStore): string | undefined {
  const refused = [local, session].filter((s): s is RefusedWebStore => !s.persistent)
  const [first] = refused
  if (!first) return undefined
  const lost = [
    ...(local.persistent ? [] : ["drafts", "picked models", "the list of open terminals"]),
    ...(session.persistent ? [] : ["passwords you did not ask to remember"]),
  ]
  return `Browser storage (${refused.map((s) => s.kind).join(" and ")}) is unavailable (${first.reason}). ${capitalize(andList(lost))} last only while this page is open.`
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)
const andList = (items: string[]) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`)
