/**
 * Owns the model and agent picked per session (server + session id; ids are global on a server),
 * in localStorage under `session-prefs.v1` keys. Writes may throw (quota); callers say so.
 */
import { isRecord } from "../lib/guards"
import type { LocalStore } from "./drafts"
import { readStoredJson } from "./stored-json"

/** `variant` (thinking effort) belongs to the picked model and is dropped with it. */
export type SessionPrefs = { model?: { providerID: string; modelID: string }; agent?: string; variant?: string }

export const PREFS_PREFIX = "opencode-portal.session-prefs.v1:"

export function prefsStorageKey(serverId: string, sessionId: string): string {
  return PREFS_PREFIX + JSON.stringify([serverId, sessionId])
}

/** Keeps only well-formed fields of whatever was stored. */
export function migratePrefs(value: unknown): SessionPrefs {
  if (!isRecord(value)) return {}
  const prefs: SessionPrefs = {}
  const model = value.model
  if (isRecord(model) && typeof model.providerID === "string" && typeof model.modelID === "string") {
    prefs.model = { providerID: model.providerID, modelID: model.modelID }
  }
  if (typeof value.agent === "string" && value.agent !== "") prefs.agent = value.agent
  if (typeof value.variant === "string" && value.variant !== "") prefs.variant = value.variant
  return prefs
}

export function loadPrefs(store: LocalStore, serverId: string, sessionId: string): SessionPrefs {
  return migratePrefs(readStoredJson(store, prefsStorageKey(serverId, sessionId)))
}

export function savePrefs(store: LocalStore, serverId: string, sessionId: string, prefs: SessionPrefs): void {
  const key = prefsStorageKey(serverId, sessionId)
  const clean = migratePrefs(prefs)
  if (!clean.model && !clean.agent && !clean.variant) store.removeItem(key)
  else store.setItem(key, JSON.stringify(clean))
}
