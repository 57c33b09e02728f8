import { nextColor, type ServerEntry } from "./server"
import { checkServerFields, type FieldErrors } from "./server-fields"
import { normalizeServerUrl, sameServerUrl } from "./url"
import { SLUG_PATTERN, uniqueSlug } from "./slug"
import { normalizeGroup, MAX_GROUP_LENGTH } from "./groups"

/**
 * What the server form submits. `id` is the server being edited, or for a new server the id a
 * deep link asked for (kept when it is a free, valid slug, so the link works once added).
 */
export type ServerDraft = { id?: string; name: string; url: string; color?: string; username?: string; group?: string }


export type DraftResult = { ok: true; server: ServerEntry } | { ok: false; errors: FieldErrors }

/**
 * Validates a draft against the registry and returns the entry to store. A new server gets a
 * unique slug from its name; an edited one keeps its id so bookmarks stay valid.
 */
export function validateDraft(draft: ServerDraft, servers: readonly ServerEntry[]): DraftResult {
  const checked = checkServerFields(draft)
  const errors: FieldErrors = checked.ok ? {} : { ...checked.errors }
  // Every problem at once: a duplicate URL is said even while the name is still missing.
  const url = normalizeServerUrl(draft.url)
  const dup = url.ok ? servers.find((s) => s.id !== draft.id && sameServerUrl(s.url, url.url)) : undefined
  if (url.ok && dup) errors.url = `${url.url} is already registered as "${dup.name}".`
  if ((draft.group?.trim().length ?? 0) > MAX_GROUP_LENGTH) errors.group = `Group is too long (${MAX_GROUP_LENGTH} characters at most).`
  if (!checked.ok || Object.keys(errors).length > 0) return { ok: false, errors }
  const { name, color, username } = checked.fields
  const group = normalizeGroup(draft.group)
  const existing = draft.id ? servers.find((s) => s.id === draft.id) : undefined
  const server: ServerEntry = {
    id: existing?.id ?? (draft.id && SLUG_PATTERN.test(draft.id) ? draft.id : uniqueSlug(name, servers.map((s) => s.id))),
    name,
    url: checked.fields.url,
    color: color ?? existing?.color ?? nextColor(servers.map((s) => s.color)),
    ...(username ? { username } : {}),
    ...(group ? { group } : {}),
  }
  return { ok: true, server }
}

/** Inserts or replaces by id, keeping the registry's order. */
export function upsertServer(servers: readonly ServerEntry[], server: ServerEntry): ServerEntry[] {
  const index = servers.findIndex((s) => s.id === server.id)
  if (index === -1) return [...servers, server]
  return servers.map((s, i) => (i === index ? server : s))
}

export function removeServer(servers: readonly ServerEntry[], id: string): ServerEntry[] {
  return servers.filter((s) => s.id !== id)
}

/** Puts a removed server back where it was, for undo. */
export function restoreServer(servers: readonly ServerEntry[], server: ServerEntry, index: number): ServerEntry[] {
  if (servers.some((s) => s.id === server.id)) return [...servers]
  const at = Math.max(0, Math.min(index, servers.length))
  return [...servers.slice(0, at), server, ...servers.slice(at)]
}

/**
 * The server to activate after `removedId` goes: the active one if it stays, otherwise the
 * neighbour that took its place in the list, otherwise none.
 */
export function nextActiveAfterRemoval(
  before: readonly ServerEntry[],
  activeId: string | undefined,
  removedId: string,
): string | undefined {
  if (activeId !== removedId) return activeId
  const index = before.findIndex((s) => s.id === removedId)
  const rest = before.filter((s) => s.id !== removedId)
  return (rest[index] ?? rest[index - 1])?.id
}
