import { pruneDrafts, type LocalStore } from "../../storage/drafts"
import { makeMemoryStore } from "../../storage/memory-store"

let opened: { store: LocalStore; persistent: boolean } | undefined

/**
 * The browser's localStorage, or memory when the browser refuses it (some private modes throw on
 * access); `persistent` says which, so the chat can tell the person drafts will not survive.
 * Old drafts beyond the cap are dropped the first time it is opened in a page.
 */
export function browserStore(): { store: LocalStore; persistent: boolean } {
  opened ??= open()
  return opened
}

function open(): { store: LocalStore; persistent: boolean } {
  try {
    const store = window.localStorage
    const probe = "opencode-portal.probe"
    store.setItem(probe, "1")
    store.removeItem(probe)
    pruneDrafts(store)
    return { store, persistent: true }
  } catch {
    return { store: makeMemoryStore(), persistent: false }
  }
}
