/** Owns the recently opened directories per server (`recent-dirs.v1`), newest first. */
import { isRecord } from "../lib/guards"
import type { Kv } from "./kv"

export const RECENT_DIRS_KEY = "recent-dirs.v1"
/** Enough to find a handful of working projects again without turning into a file browser. */
export const MAX_RECENT = 8

export type RecentDir = { directory: string; openedAt: number }
export type StoredRecentDirs = { version: 1; servers: Record<string, RecentDir[]> }

const empty = (): StoredRecentDirs => ({ version: 1, servers: {} })

function isRecentDir(value: unknown): value is RecentDir {
  return isRecord(value) && typeof value.directory === "string" && value.directory !== "" && typeof value.openedAt === "number"
}

/** Reads whatever is stored into the current shape; unreadable entries are dropped, never thrown. */
export function migrateRecentDirs(value: unknown): StoredRecentDirs {
  if (!isRecord(value) || !isRecord(value.servers)) return empty()
  const servers: Record<string, RecentDir[]> = {}
  for (const [id, list] of Object.entries(value.servers)) {
    if (Array.isArray(list)) servers[id] = list.filter(isRecentDir).slice(0, MAX_RECENT)
  }
  return { version: 1, servers }
}

export async function loadRecentDirs(kv: Kv, serverId: string): Promise<RecentDir[]> {
  return migrateRecentDirs(await kv.get(RECENT_DIRS_KEY)).servers[serverId] ?? []
}

async function change(kv: Kv, serverId: string, fn: (list: RecentDir[]) => RecentDir[]): Promise<RecentDir[]> {
  const next = await kv.update(RECENT_DIRS_KEY, (old) => {
    const stored = migrateRecentDirs(old)
    stored.servers[serverId] = fn(stored.servers[serverId] ?? [])
    return stored
  })
  return next.servers[serverId] ?? []
}

/** Moves `directory` to the front (or adds it), keeping at most MAX_RECENT. */
export function rememberDirectory(kv: Kv, serverId: string, directory: string, openedAt: number): Promise<RecentDir[]> {
  return change(kv, serverId, (list) => [{ directory, openedAt }, ...list.filter((d) => d.directory !== directory)].slice(0, MAX_RECENT))
}
