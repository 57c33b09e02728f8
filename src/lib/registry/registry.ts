import { isColor, nextColor, type ServerEntry } from "./server"
import { normalizeServerUrl, sameServerUrl } from "./url"
import { SLUG_PATTERN, uniqueSlug } from "./slug"
import { normalizeGroup, MAX_GROUP_LENGTH } from "./groups"

/**
 * What the server form submits. `id` is the server being edited, or for a new server the id a
 * deep link asked for (kept when it is a free, valid slug, so the link works once added).
 */
export type ServerDraft = { id?: string; name: string; url: string; color?: string; username?: string; group?: string }

export type FieldErrors = Partial<Record<"name" | "url" | "color" | "group", string>>

export type DraftResult = { ok: true; server: ServerEntry } | { ok: false; errors: FieldErrors }

/**
 * Validates a draft against the registry and returns the entry to store. A new server gets a
 * unique slug from its name; an edited one keeps its id so bookmarks stay valid.
 */
export function validateDraft(draft: ServerDraft, servers: readonly ServerEntry[]): DraftResult {
  const errors: FieldErrors = {}
  const name = draft.name.trim()
  if (!name) errors.name = "Name is required."
  else if (name.length > 80) errors.name = "Name is too long (80 characters at most)."
  const url = normalizeServerUrl(draft.url)
  if (!url.ok) errors.url = url.error
  const others = servers.filter((s) => s.id !== draft.id)
  if (url.ok) {
    const dup = others.find((s) => sameServerUrl(s.url, url.url))
    if (dup) errors.url = `${url.url} is already registered as "${dup.name}".`
  }
  if (draft.color !== undefined && draft.color !== "" && !isColor(draft.color)) {
    errors.color = "Color must look like #1a2b3c."
  }
  if ((draft.group?.trim().length ?? 0) > MAX_GROUP_LENGTH) errors.group = `Group is too long (${MAX_GROUP_LENGTH} characters at most).`
  if (!url.ok || Object.keys(errors).length > 0) return { ok: false, errors }
  const existing = draft.id ? servers.find((s) => s.id === draft.id) : undefined
  const username = draft.username?.trim()
  const group = normalizeGroup(draft.group)
  const server: ServerEntry = {
    id: existing?.id ?? (draft.id && SLUG_PATTERN.test(draft.id) ? draft.id : uniqueSlug(name, servers.map((s) => s.id))),
    name,
    url: url.url,
    color: draft.color && isColor(draft.color) ? draft.color.toLowerCase() : (existing?.color ?? nextColor(servers.map((s) => s.color))),
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
