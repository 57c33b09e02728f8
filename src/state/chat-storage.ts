import type { LocalStore } from "../storage/drafts"
import { makeMemoryStore } from "../storage/memory-store"

/**
 * The browser's localStorage, or memory when the browser refuses it (some private modes throw on
 * access); `persistent` says which, so the chat can tell the person drafts will not survive.
 */
export function browserStore(): { store: LocalStore; persistent: boolean } {
  try {
    const store = window.localStorage
    const probe = "opencode-portal.probe"
    store.setItem(probe, "1")
    store.removeItem(probe)
    return { store, persistent: true }
  } catch {
    return { store: makeMemoryStore(), persistent: false }
  }
}
