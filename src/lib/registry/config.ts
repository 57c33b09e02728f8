import { isRecord, optionalString } from "../guards"
import { validateEntries, type IncomingServer } from "./server-list"
import type { EnvServer } from "./env-servers"

export type RuntimeConfig = { servers: IncomingServer[]; defaultServerId?: string; problems: string[] }

/** The embedded default: `opencode serve` started by `npm start` listens here. */
export const DEFAULT_SERVER = { id: "local", name: "Local OpenCode", url: "http://localhost:4000" } as const

/**
 * Validates `config.json`. A broken file never stops the portal: what is valid is kept and every
 * problem is named, so the app can show it.
 */
export function parseRuntimeConfig(data: unknown): RuntimeConfig {
  if (!isRecord(data)) return { servers: [], problems: ["config.json must be an object like {\"servers\": [...]}."] }
  const problems: string[] = []
  let servers: IncomingServer[] = []
  if (data.servers !== undefined) {
    if (Array.isArray(data.servers)) {
      const result = validateEntries(data.servers)
      servers = result.servers
      problems.push(...result.rejected.map((r) => `config.json server ${r.label}: ${r.reason}`))
    } else problems.push(`config.json "servers" must be a list.`)
  }
  const defaultServerId = optionalString(data, "defaultServerId")
  const known = defaultServerId !== undefined && servers.some((s) => s.server.id === defaultServerId)
  if (defaultServerId !== undefined && !known) {
    problems.push(`config.json "defaultServerId" names "${defaultServerId}", which is not among its servers.`)
  }
  return { servers, problems, ...(known ? { defaultServerId } : {}) }
}

export type Sources = {
  stored: IncomingServer[] | undefined
  runtime: RuntimeConfig | undefined
  build: readonly EnvServer[]
}

export type InitialRegistry = { servers: IncomingServer[]; activeId?: string; source: "stored" | "config" | "build" | "default"; problems: string[] }

/** The registry on load: IndexedDB, else config.json, else build-time env, else localhost:4000. */
export function initialRegistry({ stored, runtime, build }: Sources): InitialRegistry {
  const problems = [...(runtime?.problems ?? [])]
  // A stored list wins even when empty: the person deleted every server on purpose.
  if (stored) return { servers: stored, source: "stored", problems }
  if (runtime && runtime.servers.length > 0) {
    return { servers: runtime.servers, source: "config", problems, ...(runtime.defaultServerId ? { activeId: runtime.defaultServerId } : {}) }
  }
  const fromBuild = validateEntries(build)
  problems.push(...fromBuild.rejected.map((r) => `Build-time server ${r.label}: ${r.reason}`))
  if (fromBuild.servers.length > 0) return { servers: fromBuild.servers, source: "build", problems }
  return { servers: validateEntries([DEFAULT_SERVER]).servers, source: "default", problems }
}
