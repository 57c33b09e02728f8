// The Playwright `test` for portal journeys: a mock LLM and the built portal per worker, plus
// helpers to start the real opencode servers a spec needs.
import { existsSync } from "node:fs"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { test as base } from "@playwright/test"
import { startMockLlm, type MockLlm } from "./support/mock-llm"
import { startOpencode, type OpencodeServer, type StartOpencodeOptions } from "./support/opencode"
import { startStaticServer, type StaticServer } from "./support/static-server"

export { expect } from "@playwright/test"
export type { MockLlm } from "./support/mock-llm"
export type { OpencodeServer } from "./support/opencode"
export type { StaticServer } from "./support/static-server"

/** The build under test; PORTAL_DIST points elsewhere to test one build while another is made. */
export const distDir = process.env.PORTAL_DIST ?? fileURLToPath(new URL("../dist", import.meta.url))

interface WorkerFixtures {
  /** One mock LLM per worker; filter its request log by your own prompt text. */
  mockLlm: MockLlm
  /** The production build served from dist/ (run `npm run build` first). */
  portal: StaticServer
}

export const test = base.extend<Record<never, never>, WorkerFixtures>({
  mockLlm: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructured first argument.
    async ({}, use) => {
      const mock = await startMockLlm()
      await use(mock)
      await mock.stop()
    },
    { scope: "worker" },
  ],
  portal: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires a destructured first argument.
    async ({}, use) => {
      if (!existsSync(join(distDir, "index.html"))) {
        throw new Error(`${distDir}/index.html is missing: run npm run build first`)
      }
      const server = await startStaticServer({ root: distDir })
      await use(server)
      await server.stop()
    },
    { scope: "worker" },
  ],
})

export type ServerSpec = Omit<StartOpencodeOptions, "mockUrl"> & { name: string }

export interface ServerFleet {
  readonly all: readonly OpencodeServer[]
  /** The server started from the spec with this name; throws for unknown names. */
  get(name: string): OpencodeServer
  cleanup(): Promise<void>
}

/**
 * Starts one isolated opencode server per spec, in parallel, all using `mockLlm`. If any fails to
 * start, the others are cleaned up and the first error is thrown.
 */
export async function launchServers(mockLlm: Pick<MockLlm, "url">, specs: ServerSpec[]): Promise<ServerFleet> {
  const names = new Set(specs.map((spec) => spec.name))
  if (names.size !== specs.length) throw new Error("launchServers: server names must be unique")
  const results = await Promise.allSettled(specs.map((spec) => startOpencode({ ...spec, mockUrl: mockLlm.url })))
  const started = results.flatMap((r) => (r.status === "fulfilled" ? [r.value] : []))
  const cleanup = async (): Promise<void> => {
    await Promise.all(started.map((server) => server.cleanup()))
  }
  const failure = results.find((r) => r.status === "rejected")
  if (failure !== undefined) {
    await cleanup()
    throw failure.reason
  }
  return {
    all: started,
    get(name) {
      const server = started.find((s) => s.name === name)
      if (server === undefined) throw new Error(`launchServers: no server named "${name}"`)
      return server
    },
    cleanup,
  }
}

/**
 * Registers beforeAll/afterAll in the current file or describe block that start `specs` and clean
 * them up. Call the returned function inside tests to get the fleet.
 */
export function useServers(specs: ServerSpec[]): () => ServerFleet {
  let fleet: ServerFleet | undefined
  test.beforeAll(async ({ mockLlm }) => {
    // A spec that allows its servers longer to start gives the hook that long too.
    const longest = Math.max(...specs.map((spec) => spec.startTimeoutMs ?? 0))
    if (longest > 0) test.setTimeout(longest + 30_000)
    fleet = await launchServers(mockLlm, specs)
  })
  test.afterAll(async () => {
    await fleet?.cleanup()
    fleet = undefined
  })
  return () => {
    if (fleet === undefined) throw new Error("useServers: servers are not running (beforeAll failed?)")
    return fleet
  }
}
