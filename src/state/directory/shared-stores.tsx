import { createContext, createRoot, useContext, type ParentProps } from "solid-js"
import type { DirectoryData } from "./types"

type Made = { data: DirectoryData; close: () => void }
type Held = { data: DirectoryData; users: number; dispose: () => void }

export type DirectoryStores = {
  /** The store of `key` (a server and a directory), made on first use; `release` when done with it. */
  acquire(key: string, make: () => Made): { data: DirectoryData; release: () => void }
  /** How many stores are open (for tests). */
  size(): number
}

/**
 * One directory store per server and directory for every view showing it, so two panes of one
 * directory show the same loaded messages and drafts of state, and load them once. A store lives
 * in its own reactive root, closed when the last view releases it.
 */
export function createDirectoryStores(): DirectoryStores {
  const held = new Map<string, Held>()
  return {
    acquire(key, make) {
      let entry = held.get(key)
      if (!entry) {
        const made = createRoot((dispose) => {
          const store = make()
          return { data: store.data, users: 0, dispose: () => (store.close(), dispose()) }
        })
        held.set(key, made)
        entry = made
      }
      const mine = entry
      mine.users++
      let released = false
      return {
        data: mine.data,
        release() {
          if (released) return
          released = true
          if (--mine.users > 0) return
          held.delete(key)
          mine.dispose()
        },
      }
    },
    size: () => held.size,
  }
}

const Context = createContext<DirectoryStores | undefined>(undefined)

/** Optional: without it, every DirectoryDataProvider keeps a store of its own. */
export function DirectoryStoresProvider(props: ParentProps<{ value: DirectoryStores }>) {
  // eslint-disable-next-line solid/reactivity -- the registry is created once
  return <Context.Provider value={props.value}>{props.children}</Context.Provider>
}

export const useDirectoryStores = (): DirectoryStores | undefined => useContext(Context)
