// The "fleet" figures' servers: the bench's three plus more real ones started for the group
// (no password, like gamma), each with its recent sessions, and closed loopback ports for the rest.
import { startOpencode, type OpencodeServer } from "../../e2e/support/opencode"
import { freePort } from "../../e2e/support/ports"
import type { Fleet, Registry } from "./fleet"
import { createSession } from "./seed"

/** What the portal lists per server on "All servers" (src/api/fleet.ts RECENT_SESSIONS). */
const RECENT_SESSIONS = 30
/** Starting servers in parallel on 2 cores: each takes several seconds of CPU. */
const START_TIMEOUT_MS = 120_000

export interface ExtraServers {
  servers: OpencodeServer[]
  stop(): Promise<void>
}

/** Starts `count` more real servers beside the fleet's three; any that fails stops the others. */
export async function startExtraServers(fleet: Fleet, count: number): Promise<ExtraServers> {
  const started = await Promise.allSettled(
    Array.from({ length: count }, (_, i) => startOpencode({ mockUrl: fleet.mock.url, name: `extra${i + 1}`, startTimeoutMs: START_TIMEOUT_MS })),
  )
  const servers = started.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []))
  const stop = async (): Promise<void> => {
    await Promise.allSettled(servers.map((server) => server.cleanup()))
  }
  const failed = started.find((result) => result.status === "rejected")
  if (failed?.status === "rejected") {
    await stop()
    throw failed.reason
  }
  return { servers, stop }
}

/** Root sessions the server lists, up to what the portal asks for. */
async function recentCount(server: OpencodeServer): Promise<number> {
  const response = await server.api(`/experimental/session?limit=${RECENT_SESSIONS}&roots=true`)
  const body: unknown = await response.json()
  if (!Array.isArray(body)) throw new Error(`list sessions on ${server.name}: unexpected answer`)
  return body.length
}

/** Gives each server at least `perServer` sessions; returns how many rows "All sessions" will show. */
export async function seedRecentSessions(servers: readonly OpencodeServer[], perServer: number): Promise<number> {
  const counts = await Promise.all(
    servers.map(async (server) => {
      const missing = perServer - (await recentCount(server))
      for (let i = 0; i < missing; i++) await createSession(server, `Fleet bench ${server.name} ${i + 1}`)
      return recentCount(server)
    }),
  )
  return counts.reduce((sum, count) => sum + count, 0)
}

/** Every real server once, then closed loopback ports up to `total` entries. */
export async function fleetRegistry(real: readonly OpencodeServer[], total: number): Promise<Registry> {
  const servers = real.map((server) => ({ id: server.name, name: server.name, url: server.url }))
  const passwords: Record<string, string> = {}
  for (const server of real) if (server.password !== undefined) passwords[server.name] = server.password
  while (servers.length < total) {
    const port = await freePort()
    servers.push({ id: `closed-${servers.length + 1}`, name: `closed ${servers.length + 1}`, url: `http://127.0.0.1:${port}` })
  }
  return { servers, passwords }
}
