/** Owns the stored server registry (`registry.v1`) and the last active server (`active.v1`). */
import { isRecord } from "../lib/guards"
import type { ServerEntry } from "../lib/registry/server"
import { validateEntries } from "../lib/registry/server-list"
import type { Kv } from "./kv"

export const REGISTRY_KEY = "registry.v1"
export const ACTIVE_KEY = "active.v1"

/** 2 added the optional `group` per server; version 1 data reads unchanged (it has none). */
export const STORED_VERSION = 2

export type StoredRegistry = { version: typeof STORED_VERSION; servers: ServerEntry[]; legacyMigrated: boolean }

/** Reads whatever is stored (version 1 or 2) into the current shape; unreadable entries are dropped, never thrown. */
export function migrateRegistry(value: unknown): StoredRegistry | undefined {
  if (!isRecord(value) || !Array.isArray(value.servers)) return undefined
  const { servers } = validateEntries(value.servers)
  return { version: STORED_VERSION, servers: servers.map((s) => s.server), legacyMigrated: value.legacyMigrated === true }
}

export async function loadRegistry(kv: Kv): Promise<StoredRegistry | undefined> {
  return migrateRegistry(await kv.get(REGISTRY_KEY))
}

/** Applies `change` to the stored list (not a tab's stale copy) and returns the result. */
export async function updateRegistry(
  kv: Kv,
  change: (servers: ServerEntry[], current: StoredRegistry) => Partial<StoredRegistry>,
): Promise<StoredRegistry> {
  return kv.update(REGISTRY_KEY, (old) => {
    const current = migrateRegistry(old) ?? { version: STORED_VERSION, servers: [], legacyMigrated: false }
    return { ...current, ...change(current.servers, current), version: STORED_VERSION } satisfies StoredRegistry
  })
}

export async function loadLastActive(kv: Kv): Promise<string | undefined> {
  const value = await kv.get(ACTIVE_KEY)
  return typeof value === "string" ? value : undefined
}

export function saveLastActive(kv: Kv, id: string): Promise<void> {
  return kv.set(ACTIVE_KEY, id)
}
