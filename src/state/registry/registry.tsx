import { createSignal } from "solid-js"
import { initialRegistry, type RuntimeConfig } from "../../lib/registry/config"
import type { EnvServer } from "../../lib/registry/env-servers"
import type { ImportMode, PreviewRow } from "../../lib/registry/transfer"
import { nextActiveAfterRemoval, removeServer, restoreServer, upsertServer, validateDraft, type DraftResult, type ServerDraft } from "../../lib/registry/registry"
import type { ServerEntry } from "../../lib/registry/server"
import { validateEntries, type IncomingServer } from "../../lib/registry/server-list"
import type { Kv } from "../../storage/kv"
import type { LegacyRegistry } from "../../storage/legacy"
import { loadLastActive, loadRegistry, saveLastActive, updateRegistry, type StoredRegistry } from "../../storage/registry"
import { makeContext } from "../context"

/** The subset of BroadcastChannel the registry needs; tests pass a fake pair. */
export type Channel = {
  postMessage(message: unknown): void
  addEventListener(type: "message", listener: () => void): void
  removeEventListener(type: "message", listener: () => void): void
}

export type RegistryDeps = {
  kv: Kv
  channel?: Channel
  runtimeConfig?: RuntimeConfig
  buildServers?: readonly EnvServer[]
  legacy?: LegacyRegistry
}

export type RegistryInit = {
  /** Passwords that came with config.json (the local `npm start` path); held for this tab only. */
  passwords: Record<string, string>
  problems: string[]
  defaultActiveId?: string
}

/**
 * The server registry: what IndexedDB holds, kept in step across tabs. Every change is applied to
 * the stored list inside one transaction, then announced to the other tabs.
 */
export async function createRegistry(deps: RegistryDeps) {
  const { kv, channel } = deps
  const passwords: Record<string, string> = {}
  const stored = await loadRegistry(kv)
  const init = initialRegistry({ stored: stored?.servers.map((server) => ({ server })), runtime: deps.runtimeConfig, build: deps.buildServers ?? [] })
  // config.json may carry a password (only `npm start` writes one, for its own local server); it
  // applies to the matching registered server even when the registry came from IndexedDB.
  const keepPasswords = (list: readonly IncomingServer[], registered: readonly ServerEntry[]) => {
    for (const { server, password } of list) {
      const match = registered.find((r) => r.id === server.id && r.url === server.url)
      if (password && match) passwords[match.id] = password
    }
  }

  let legacyActive: string | undefined
  const problems = [...init.problems]
  // The import code is needed at start only to migrate an older portal's list.
  const transfer = deps.legacy ? await import("../../lib/registry/transfer") : undefined
  const first = await updateRegistry(kv, (servers, current) => {
    const legacy = current.legacyMigrated ? undefined : deps.legacy
    const migrated = legacy ? validateEntries(legacy.servers, { repair: true }) : undefined
    // With an older portal's servers to migrate, the localhost:4000 placeholder is not needed.
    const placeholder = init.source === "default" && (migrated?.servers.length ?? 0) > 0
    let next = stored || servers.length > 0 ? servers : placeholder ? [] : init.servers.map((s) => s.server)
    if (legacy && migrated && transfer) {
      problems.push(...migrated.rejected.map((r) => `An older portal's server ${r.label} could not be migrated: ${r.reason}`))
      const incoming = migrated.servers
      const rows = transfer.previewImport(next, incoming)
      next = transfer.applyImport(next, rows, "merge")
      // An entry may change id on the way in (matched by URL, or its id was taken): follow it.
      const activeRow = rows[incoming.findIndex((s) => s.server.id === legacy.activeId)]
      legacyActive = activeRow?.status === "rejected" ? undefined : activeRow?.server.id
    }
    return { servers: next, legacyMigrated: current.legacyMigrated || deps.legacy !== undefined }
  })

  keepPasswords(deps.runtimeConfig?.servers ?? [], first.servers)
  const [servers, setServers] = createSignal<ServerEntry[]>(first.servers)
  const [lastActive, setLastActiveSignal] = createSignal<string | undefined>((await loadLastActive(kv)) ?? legacyActive ?? init.activeId)

  const commit = async (change: (servers: ServerEntry[]) => ServerEntry[]): Promise<StoredRegistry> => {
    const next = await updateRegistry(kv, (list) => ({ servers: change(list) }))
    setServers(next.servers)
    channel?.postMessage({ type: "registry-changed" })
    return next
  }

  const onRemoteChange = () => {
    // A failed read keeps this tab's list; the next change, or a reload, reads again.
    loadRegistry(kv).then((next) => next && setServers(next.servers), () => undefined)
  }
  channel?.addEventListener("message", onRemoteChange)

  const setLastActive = (id: string) => {
    setLastActiveSignal(id)
    void saveLastActive(kv, id).catch(() => undefined)
  }

  const init$: RegistryInit = { passwords, problems, ...(init.activeId ? { defaultActiveId: init.activeId } : {}) }

  return {
    init: init$,
    dispose: () => channel?.removeEventListener("message", onRemoteChange),
    persistent: kv.persistent,
    servers,
    byId: (id: string) => servers().find((s) => s.id === id),
    lastActive,
    setLastActive,
    validate: (draft: ServerDraft): DraftResult => validateDraft(draft, servers()),
    /** Validates against the stored list (another tab may have added the same URL meanwhile). */
    async save(draft: ServerDraft): Promise<DraftResult> {
      let result: DraftResult = validateDraft(draft, servers())
      if (!result.ok) return result
      await commit((list) => {
        result = validateDraft(draft, list)
        return result.ok ? upsertServer(list, result.server) : list
      })
      return result
    },
    /** Removes a server and returns how to put it back. */
    async remove(id: string): Promise<{ server: ServerEntry; index: number; nextActive: string | undefined } | undefined> {
      const before = servers()
      const index = before.findIndex((s) => s.id === id)
      const server = before[index]
      if (!server) return undefined
      await commit((list) => removeServer(list, id))
      const nextActive = nextActiveAfterRemoval(before, lastActive(), id)
      if (nextActive !== lastActive() && nextActive) setLastActive(nextActive)
      return { server, index, nextActive }
    },
    restore: (server: ServerEntry, index: number) => commit((list) => restoreServer(list, server, index)),
    /** Applies an import's preview (lib/registry/transfer previewImport); the import code loads with its dialog, not with the page. */
    importRows: async (rows: PreviewRow[], mode: ImportMode) => {
      const { applyImport } = await import("../../lib/registry/transfer")
      return commit((list) => applyImport(list, rows, mode))
    },
    /** Puts back a whole list, to undo an import. */
    replaceAll: (list: ServerEntry[]) => commit(() => list),
  }
}

export type Registry = Awaited<ReturnType<typeof createRegistry>>

const ctx = makeContext<Registry>("Registry")
export const useRegistry = ctx.use
export const RegistryProvider = ctx.Provider
