/**
 * Owns which servers' "No password" notice this browser dismissed, in localStorage
 * (`opencode-portal.no-password-notice.v1`, a list of server ids): dismissed once, it stays away
 * on the server list and the terminal alike, across reloads.
 */
import type { LocalStore } from "./drafts"
import { readStoredJson } from "./stored-json"

export const NOTICE_KEY = "opencode-portal.no-password-notice.v1"

export function loadDismissedNotices(store: LocalStore | undefined): string[] {
  const stored = readStoredJson(store, NOTICE_KEY)
  return Array.isArray(stored) ? stored.filter((id): id is string => typeof id === "string") : []
}

/** Re-reads first, so another tab's dismissals are kept. Throws what the browser throws (quota). */
export function saveDismissedNotice(store: LocalStore | undefined, serverId: string): string[] {
  const next = [...new Set([...loadDismissedNotices(store), serverId])]
  store?.setItem(NOTICE_KEY, JSON.stringify(next))
  return next
}
