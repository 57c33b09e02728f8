/**
 * Owns prompt drafts: one per (server, directory, session) in localStorage under `draft.v1` keys,
 * so a draft survives a reload and a server switch. Reads are synchronous on purpose: the prompt
 * shows its draft on the first frame. Writes may throw (quota, disabled storage); callers say so.
 */
import { isRecord } from "../lib/guards"

/** The slice of the Web Storage API drafts need; tests pass an in-memory one. */
export type LocalStore = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">

export type DraftKey = { serverId: string; directory: string; sessionId: string }

export const DRAFT_PREFIX = "opencode-portal.draft.v1:"
/** Enough for every session a person works in; the oldest beyond it are dropped. */
export const MAX_DRAFTS = 200

type StoredDraft = { text: string; updated: number }

export function draftStorageKey({ serverId, directory, sessionId }: DraftKey): string {
  return DRAFT_PREFIX + JSON.stringify([serverId, directory, sessionId])
}

function parseDraft(raw: string | null): StoredDraft | undefined {
  if (raw === null) return undefined
  try {
    const value: unknown = JSON.parse(raw)
    if (!isRecord(value) || typeof value.text !== "string") return undefined
    return { text: value.text, updated: typeof value.updated === "number" ? value.updated : 0 }
  } catch {
    return undefined
  }
}

export function loadDraft(store: LocalStore, key: DraftKey): string {
  return parseDraft(store.getItem(draftStorageKey(key)))?.text ?? ""
}

/** Saves `text`, or forgets the draft when it is blank. */
export function saveDraft(store: LocalStore, key: DraftKey, text: string, now: number): void {
  const storageKey = draftStorageKey(key)
  if (text.trim() === "") store.removeItem(storageKey)
  else store.setItem(storageKey, JSON.stringify({ text, updated: now } satisfies StoredDraft))
}

/** Drops the least recently edited drafts beyond `max`; returns how many went. */
export function pruneDrafts(store: LocalStore, max = MAX_DRAFTS): number {
  const drafts: { key: string; updated: number }[] = []
  for (let i = 0; i < store.length; i++) {
    const key = store.key(i)
    if (key?.startsWith(DRAFT_PREFIX)) drafts.push({ key, updated: parseDraft(store.getItem(key))?.updated ?? 0 })
  }
  const excess = drafts.sort((a, b) => b.updated - a.updated).slice(max)
  for (const { key } of excess) store.removeItem(key)
  return excess.length
}
