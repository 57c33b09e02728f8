// Everything the bench measures against: the built portal on loopback, a mock LLM, and real,
// isolated `opencode serve` processes from the pinned package (the e2e harness, reused).
import { existsSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { startMockLlm, type MockLlm } from "../../e2e/support/mock-llm"
import { startOpencode, type OpencodeServer } from "../../e2e/support/opencode"
import { freePort } from "../../e2e/support/ports"
import { startStaticServer, type StaticServer } from "../../e2e/support/static-server"
import type { SeedServer } from "../../e2e/support/portal-helpers"

export interface Fleet {
  portal: StaticServer
  mock: MockLlm
  /** Password-protected, like a real deployment; the portal talks to these. */
  alpha: OpencodeServer
  beta: OpencodeServer
  /** No password: its own web app at / loads without a basic-auth dialog. Loopback only, for minutes. */
  gamma: OpencodeServer
  stop(): Promise<void>
}

export interface Registry {
  servers: SeedServer[]
  passwords: Record<string, string>
}

/** Three servers starting at once on a busy 2-core machine can take well over the e2e default. */
const START_TIMEOUT_MS = 90_000

// bench/run.mjs builds into its own directory (see there); dist/ only when run some other way.
const distDir = process.env.BENCH_DIST ?? fileURLToPath(new URL("../../dist", import.meta.url))

export async function startFleet(): Promise<Fleet> {
  if (!existsSync(join(distDir, "index.html"))) throw new Error(`${distDir}/index.html is missing: build first (npm run bench builds it)`)
  const stops: (() => Promise<void>)[] = []
  const stopAll = async (): Promise<void> => {
    await Promise.allSettled(stops.reverse().map((stop) => stop()))
  }
  try {
    const portal = await startStaticServer({ root: distDir })
    stops.push(() => portal.stop())
    const mock = await startMockLlm()
    stops.push(() => mock.stop())
    const started = await Promise.allSettled([
      startOpencode({ mockUrl: mock.url, name: "alpha", password: "bench-alpha-pw", startTimeoutMs: START_TIMEOUT_MS }),
      startOpencode({ mockUrl: mock.url, name: "beta", password: "bench-beta-pw", startTimeoutMs: START_TIMEOUT_MS }),
      startOpencode({ mockUrl: mock.url, name: "gamma", startTimeoutMs: START_TIMEOUT_MS }),
    ])
    for (const result of started) if (result.status === "fulfilled") stops.push(() => result.value.cleanup())
    const servers = started.map((result) => {
      if (result.status === "rejected") throw result.reason
      return result.value
    })
    const [alpha, beta, gamma] = servers
    if (!alpha || !beta || !gamma) throw new Error("bench: fewer opencode servers than asked for")
    return { portal, mock, alpha, beta, gamma, stop: stopAll }
  } catch (error) {
    await stopAll()
    throw error
  }
}

const entry = (id: string, server: OpencodeServer, url = server.url): SeedServer => ({ id, name: id, url })

/** The three servers as a person would register them, with their passwords typed in this tab. */
export function threeServers(fleet: Fleet): Registry {
  const servers = [entry("alpha", fleet.alpha), entry("beta", fleet.beta), entry("gamma", fleet.gamma)]
  const passwords: Record<string, string> = {}
  for (const [id, server] of [["alpha", fleet.alpha], ["beta", fleet.beta]] as const) {
    if (server.password !== undefined) passwords[id] = server.password
  }
  return { servers, passwords }
}

/**
 * `count` servers: each real one under 127.0.0.1 and under localhost (distinct URLs to the
 * portal), the rest loopback ports where nothing listens (refused at once, reported Offline).
 */
export async function manyServers(fleet: Fleet, count: number): Promise<Registry> {
  const real = [fleet.alpha, fleet.beta, fleet.gamma]
  const servers: SeedServer[] = []
  const passwords: Record<string, string> = {}
  for (const host of ["127.0.0.1", "localhost"]) {
    for (const server of real) {
      if (servers.length >= count) break
      const id = `${server.name}-${host === "localhost" ? "lh" : "ip"}`
      servers.push(entry(id, server, `http://${host}:${server.port}`))
      if (server.password !== undefined) passwords[id] = server.password
    }
  }
  while (servers.length < count) {
    const port = await freePort()
    servers.push({ id: `closed-${servers.length + 1}`, name: `closed ${servers.length + 1}`, url: `http://127.0.0.1:${port}` })
  }
  return { servers, passwords }
}
