/** The key-value adapter every persistence module goes through: IndexedDB, or memory as a fallback. */
import { createStore, get, set, del, update } from "idb-keyval"

export type Kv = {
  get(key: string): Promise<unknown>
  set(key: string, value: unknown): Promise<void>
  del(key: string): Promise<void>
  /** Read-modify-write in one transaction, so two tabs editing never overwrite each other. */
  update<T>(key: string, fn: (old: unknown) => T): Promise<T>
  readonly persistent: boolean
}

export function makeMemoryKv(): Kv {
  const data = new Map<string, unknown>()
  return {
    persistent: false,
    get: async (key) => structuredClone(data.get(key)),
    set: async (key, value) => void data.set(key, structuredClone(value)),
    del: async (key) => void data.delete(key),
    update: async (key, fn) => {
      const next = fn(structuredClone(data.get(key)))
      data.set(key, structuredClone(next))
      return next
    },
  }
}

/**
 * Opens the portal's IndexedDB store and proves it works with a write and a read: private modes
 * and blocked storage fail here, not later in the middle of an edit.
 */
export async function openIdbKv(): Promise<Kv> {
  const store = createStore("opencode-portal", "kv")
  const probe = `probe.${Date.now()}`
  await set(probe, 1, store)
  if ((await get(probe, store)) !== 1) throw new Error("IndexedDB did not return what was written.")
  await del(probe, store)
  return {
    persistent: true,
    get: (key) => get(key, store),
    set: (key, value) => set(key, value, store),
    del: (key) => del(key, store),
    update: async <T>(key: string, fn: (old: unknown) => T) => {
      const results: T[] = []
      await update(key, (old: unknown) => {
        const next = fn(old)
        results.push(next)
        return next
      }, store)
      if (!isSingle(results)) throw new Error(`IndexedDB update of ${key} did not run exactly once.`)
      return results[0]
    },
  }
}

function isSingle<T>(items: T[]): items is [T] {
  return items.length === 1
}
