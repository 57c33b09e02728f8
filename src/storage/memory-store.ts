/** An in-memory stand-in for localStorage: for tests, and when the browser refuses storage. */
import type { LocalStore } from "./drafts"

export function makeMemoryStore(initial: Record<string, string> = {}): LocalStore {
  const data = new Map(Object.entries(initial))
  return {
    get length() {
      return data.size
    },
    key: (index) => [...data.keys()][index] ?? null,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, String(value)),
    removeItem: (key) => void data.delete(key),
  }
}
