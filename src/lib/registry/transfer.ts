import { isRecord } from "../guards"
import type { ServerEntry } from "./server"
import { validateEntries, type IncomingServer, type Rejected } from "./server-list"
import { sameServerUrl } from "./url"
import { uniqueSlug } from "./slug"
import { errorText } from "../error-text"

export const EXPORT_FORMAT = "opencode-portal.servers"
/** 2 added `group`; version 1 files are still read (see migrateExport). */
export const EXPORT_VERSION = 2
/** Server lists are tiny; anything this large is not one, and parsing it would stall the tab. */
export const MAX_IMPORT_BYTES = 1_000_000

export type ExportedServer = ServerEntry & { password?: string }
export type ExportFile = { format: typeof EXPORT_FORMAT; version: typeof EXPORT_VERSION; exportedAt: string; servers: ExportedServer[] }

/** Builds the export file. Passwords are included only for the servers given in `passwords`. */
export function buildExport(servers: readonly ServerEntry[], passwords: Readonly<Record<string, string>> = {}, now = new Date()): ExportFile {
  return {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    servers: servers.map((s) => {
      const password = passwords[s.id]
      return password ? { ...s, password } : { ...s }
    }),
  }
}

export type ParseResult = { ok: true; incoming: IncomingServer[]; rejected: Rejected[] } | { ok: false; error: string }

/**
 * Reads an import: the versioned export file, or a bare array of `{id, name, url, color}` (what
 * older portals kept in localStorage under `opencode-servers`).
 */
export function parseImport(text: string): ParseResult {
  if (text.length > MAX_IMPORT_BYTES) {
    return { ok: false, error: `The file is too large (${Math.round(text.length / 1024)} KB); a server list is at most ${MAX_IMPORT_BYTES / 1000} KB.` }
  }
  if (!text.trim()) return { ok: false, error: "The file is empty." }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (err) {
    return { ok: false, error: `This is not JSON: ${errorText(err)}` }
  }
  let entries: unknown[]
  if (Array.isArray(data)) entries = data
  else if (isRecord(data) && data.format === EXPORT_FORMAT) {
    const migrated = migrateExport(data)
    if (!migrated.ok) return migrated
    entries = migrated.entries
  } else {
    return { ok: false, error: `Not a server list: expected {"format": "${EXPORT_FORMAT}", …} or an array of servers.` }
  }
  const { servers, rejected } = validateEntries(entries)
  if (servers.length === 0 && rejected.length === 0) return { ok: false, error: "The file lists no servers." }
  return { ok: true, incoming: servers, rejected }
}

/**
 * Brings an export file of any known version to the current entries. Version 1 had no groups,
 * so a `group` key in one is not ours and is dropped.
 */
export function migrateExport(data: Record<string, unknown>): { ok: true; entries: unknown[] } | { ok: false; error: string } {
  if (data.version !== 1 && data.version !== EXPORT_VERSION) {
    return { ok: false, error: `Unsupported version ${JSON.stringify(data.version) ?? "(none)"}; this portal reads versions 1 to ${EXPORT_VERSION}.` }
  }
  if (!Array.isArray(data.servers)) return { ok: false, error: `"servers" must be a list.` }
  if (data.version === EXPORT_VERSION) return { ok: true, entries: data.servers }
  return { ok: true, entries: data.servers.map((entry: unknown) => (isRecord(entry) ? withoutGroup(entry) : entry)) }
}

function withoutGroup(entry: Record<string, unknown>): Record<string, unknown> {
  const copy = { ...entry }
  delete copy.group
  return copy
}

export type PreviewRow =
  | { status: "added" | "updated" | "unchanged"; server: ServerEntry; password?: string }
  | { status: "rejected"; label: string; reason: string }

function sameEntry(a: ServerEntry, b: ServerEntry): boolean {
  return a.id === b.id && a.name === b.name && a.url === b.url && a.color === b.color && (a.username ?? "") === (b.username ?? "") && (a.group ?? "") === (b.group ?? "")
}

/**
 * Compares incoming servers with the registry. An entry matches an existing server by id, or
 * else by URL (then it keeps the existing id so bookmarks survive). A new entry whose id is taken
 * by a server with another URL gets a fresh slug.
 */
export function previewImport(existing: readonly ServerEntry[], incoming: readonly IncomingServer[], rejected: readonly Rejected[] = []): PreviewRow[] {
  const taken = new Set(existing.map((s) => s.id))
  const rows: PreviewRow[] = incoming.map(({ server, password }) => {
    const extra = password ? { password } : {}
    const match = existing.find((s) => s.id === server.id && sameServerUrl(s.url, server.url)) ?? existing.find((s) => sameServerUrl(s.url, server.url))
    if (match) {
      const merged = { ...server, id: match.id }
      return { status: sameEntry(match, merged) ? "unchanged" : "updated", server: merged, ...extra }
    }
    const id = taken.has(server.id) ? uniqueSlug(server.name, taken) : server.id
    taken.add(id)
    return { status: "added", server: { ...server, id }, ...extra }
  })
  return [...rows, ...rejected.map((r) => ({ status: "rejected" as const, label: r.label, reason: r.reason }))]
}

export type ImportMode = "merge" | "replace"

/** The registry after an import. `replace` keeps only the imported servers, in the file's order. */
export function applyImport(existing: readonly ServerEntry[], rows: readonly PreviewRow[], mode: ImportMode): ServerEntry[] {
  const accepted = rows.flatMap((r) => (r.status === "rejected" ? [] : [r.server]))
  if (mode === "replace") return accepted
  const byId = new Map(accepted.map((s) => [s.id, s]))
  const kept = existing.map((s) => byId.get(s.id) ?? s)
  const added = accepted.filter((s) => !existing.some((e) => e.id === s.id))
  return [...kept, ...added]
}
