/**
 * Owns the terminal memory: in localStorage (`opencode-portal.terminals.v1`) which PTYs this portal
 * opened per server and directory. Writes re-read first, so another tab's directories are not lost.
 */
import { parseTerminalMemory, serializeTerminalMemory, withEntry, type RememberedTerminals } from "../lib/terminal/memory"
import type { LocalStore } from "./drafts"
import { readStoredJson } from "./stored-json"

export const TERMINALS_KEY = "opencode-portal.terminals.v1"


export function loadTerminals(storage: LocalStore | undefined, key: string): RememberedTerminals | undefined {
  return parseTerminalMemory(readStoredJson(storage, TERMINALS_KEY))[key]
}

/** Throws what the browser throws (quota, private mode), so the caller can say so. */
export function saveTerminals(storage: LocalStore | undefined, key: string, entry: RememberedTerminals): void {
  const next = withEntry(parseTerminalMemory(readStoredJson(storage, TERMINALS_KEY)), key, entry)
  storage?.setItem(TERMINALS_KEY, JSON.stringify(serializeTerminalMemory(next)))
}
