import { createRoot } from "solid-js"
import { describe, expect, it } from "vitest"
import type { ServerHealth } from "../../lib/connection/health"
import { createScan } from "./scan"

const answers: Record<string, ServerHealth> = {
  "http://localhost:4001": { kind: "online", version: "1.18.33", rttMs: 2 },
  "http://localhost:4002": { kind: "offline", detail: "nothing answers at this address" },
  "http://localhost:4003": { kind: "unauthorized" },
  "http://localhost:4004": { kind: "not-opencode", detail: "HTTP 404" },
  "http://localhost:4005": { kind: "cors", origin: "http://portal.example" },
}
const probe = async (url: string): Promise<ServerHealth> => answers[url] ?? { kind: "offline", detail: "none" }

const inRoot = <T,>(fn: () => Promise<T>) => createRoot(async (dispose) => {
  try {
    return await fn()
  } finally {
    dispose()
  }
})

describe("createScan", () => {
  it("lists what answered like OpenCode, sorted by port, and counts every probe", () =>
    inRoot(async () => {
      const scan = createScan({ probe })
      await scan.start("localhost", "4005, 4001-4004")
      expect(scan.found().map((f) => [f.port, f.health.kind])).toEqual([
        [4001, "online"],
        [4003, "unauthorized"],
        [4005, "cors"],
      ])
      expect(scan.progress()).toEqual({ done: 5, total: 5 })
      expect(scan.running()).toBe(false)
    }))

  it.each([
    ["", "4001", "Give a host, e.g. localhost."],
    ["localhost", "nope", `"nope" is not a port or a range like 4000-4010.`],
  ])("refuses host %j ports %j without probing", (host, ports, error) =>
    inRoot(async () => {
      let calls = 0
      const scan = createScan({ probe: async (url) => (calls++, probe(url)) })
      await scan.start(host, ports)
      expect(scan.error()).toBe(error)
      expect(calls).toBe(0)
    }))

  it("stops on cancel: no new probes start and late answers are ignored", () =>
    inRoot(async () => {
      const started: string[] = []
      const scan = createScan({
        probe: async (url) => {
          started.push(url)
          if (started.length === 1) scan.cancel()
          return answers["http://localhost:4001"] ?? { kind: "checking" }
        },
      })
      await scan.start("localhost", "1-100")
      expect(started.length).toBeLessThanOrEqual(8)
      expect(scan.found()).toEqual([])
    }))
})
