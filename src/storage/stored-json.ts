import type { LocalStore } from "./drafts"

/**
 * The JSON kept under `key`: null when nothing is there, the browser refuses the read, or the text
 * is not JSON. It stays `unknown`; each store's own migrate step decides what of it is usable.
 */
export function readStoredJson(store: LocalStore | undefined, key: string): unknown {
  try {
    return JSON.parse(store?.getItem(key) ?? "null")
  } catch {
    return null
  }
}
