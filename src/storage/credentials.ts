/**
 * Owns passwords. Remembered ones live in IndexedDB (`credentials.v1`) only when the person ticks
 * "Remember password"; the others live in sessionStorage, which ends with the tab.
 */
import { isRecord } from "../lib/guards"
import type { LocalStore } from "./drafts"
import type { Kv } from "./kv"

export const CREDENTIALS_KEY = "credentials.v1"
const SESSION_KEY = "opencode-portal.passwords"

export type PasswordMap = Record<string, string>

function asPasswordMap(value: unknown): PasswordMap {
  if (!isRecord(value)) return {}
  const out: PasswordMap = {}
  for (const [id, pw] of Object.entries(value)) if (typeof pw === "string") out[id] = pw
  return out
}

export async function loadRemembered(kv: Kv): Promise<PasswordMap> {
  return asPasswordMap(await kv.get(CREDENTIALS_KEY))
}

export function setRemembered(kv: Kv, id: string, password: string | undefined): Promise<PasswordMap> {
  return kv.update(CREDENTIALS_KEY, (old) => {
    const next = asPasswordMap(old)
    if (password === undefined) delete next[id]
    else next[id] = password
    return next
  })
}

export function loadSessionPasswords(storage: LocalStore): PasswordMap {
  try {
    return asPasswordMap(JSON.parse(storage.getItem(SESSION_KEY) ?? "{}"))
  } catch {
    return {}
  }
}

/** Throws what the browser throws (quota), so the caller can say so. */
export function saveSessionPasswords(storage: LocalStore, map: PasswordMap): void {
  storage.setItem(SESSION_KEY, JSON.stringify(map))
}
