import { createRoot, createSignal } from "solid-js"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import type { Credentials } from "../../api/auth"
import type { ProbeOptions } from "../../api/health"
import type { ServerHealth } from "../../lib/connection/health"
import type { ServerEntry } from "../../lib/registry/server"
import { createHealth, PROBES_AT_ONCE, type HealthDeps } from "./health"

const INTERVAL = 1000
const PAGE = "http://portal.example.com"
const makeServer = (id: string): ServerEntry => ({ id, name: id, url: `http://${id}.example.com`, color: "#123456" })
const alpha = makeServer("alpha")
const beta = makeServer("beta")
const ONLINE: ServerHealth = { kind: "online", version: "1.18.33", rttMs: 3 }

type Call = { opts: ProbeOptions; answer: (status: ServerHealth) => void }

/** A probe that answers only when told to, and rejects when its signal aborts (like a real fetch). */
function makeProbe() {
  const calls: Call[] = []
  const probe = vi.fn(
    (opts: ProbeOptions) =>
      new Promise<ServerHealth>((resolve, reject) => {
        calls.push({ opts, answer: resolve })
        opts.signal?.addEventListener("abort", () => reject(new DOMException("aborted", "AbortError")), { once: true })
      }),
  )
  const forServer = (id: string) => calls.filter((c) => c.opts.url === `http://${id}.example.com`)
  return {
    probe,
    calls,
    forServer,
    /** Answers the latest probe of a server. */
    answer: async (id: string, status: ServerHealth) => {
      forServer(id).at(-1)?.answer(status)
      await flush()
    },
    inFlight: (id: string) => forServer(id).filter((c) => !c.opts.signal?.aborted).length,
  }
}

/** A document whose visibility the test controls. */
function makeDocument() {
  const listeners = new Set<() => void>()
  let state: DocumentVisibilityState = "visible"
  const doc = {
    get visibilityState() {
      return state
    },
    addEventListener: (_type: string, listener: () => void) => void listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => void listeners.delete(listener),
  }
  return {
    doc: doc as NonNullable<HealthDeps["document"]>,
    listeners,
    set(next: DocumentVisibilityState) {
      state = next
      listeners.forEach((l) => l())
    },
  }
}

const flush = async () => {
  for (let i = 0; i < 5; i++) await Promise.resolve()
}

function setup(options: { servers?: ServerEntry[]; credentials?: Record<string, Credentials> } = {}) {
  const probe = makeProbe()
  const visibility = makeDocument()
  const [servers, setServers] = createSignal(options.servers ?? [alpha, beta])
  let dispose = () => {}
  const health = createRoot((d) => {
    dispose = d
    return createHealth({
      servers,
      credentialsFor: (s) => options.credentials?.[s.id],
      probe: probe.probe,
      pageOrigin: PAGE,
      intervalMs: INTERVAL,
      document: visibility.doc,
    })
  })
  return { health, probe, visibility, setServers, dispose }
}

beforeEach(() => {
  vi.useFakeTimers()
})
afterEach(() => {
  vi.useRealTimers()
})

describe("createHealth polling", () => {
  it("checks every server once on sync, with its URL, credentials and this page's origin", async () => {
    const creds = { username: "opencode", password: "pw" }
    const { health, probe } = setup({ credentials: { beta: creds } })
    expect(health.of("alpha")).toEqual({ kind: "checking" })
    health.sync()
    expect(probe.calls.map((c) => [c.opts.url, c.opts.credentials, c.opts.pageOrigin])).toEqual([
      ["http://alpha.example.com", undefined, PAGE],
      ["http://beta.example.com", creds, PAGE],
    ])
    expect(probe.calls.every((c) => c.opts.signal instanceof AbortSignal)).toBe(true)
  })

  it("starts a few probes at once and the rest one per task, so many servers cost no long task", async () => {
    const many = Array.from({ length: PROBES_AT_ONCE + 3 }, (_, i) => makeServer(`s${i}`))
    const { health, probe } = setup({ servers: many })
    health.sync()
    expect(probe.calls).toHaveLength(PROBES_AT_ONCE)
    health.sync()
    expect(probe.calls).toHaveLength(PROBES_AT_ONCE)
    await vi.advanceTimersByTimeAsync(0)
    expect(probe.calls.map((c) => c.opts.url)).toEqual(many.map((s) => s.url))
  })

  it("shows Checking until the answer, then the answer", async () => {
    const { health, probe } = setup()
    health.sync()
    expect(health.of("alpha")).toEqual({ kind: "checking" })
    await probe.answer("alpha", ONLINE)
    expect(health.of("alpha")).toEqual(ONLINE)
    expect(health.of("beta")).toEqual({ kind: "checking" })
  })

  it("checks again one interval after each answer", async () => {
    const { health, probe } = setup({ servers: [alpha] })
    health.sync()
    await probe.answer("alpha", ONLINE)
    vi.advanceTimersByTime(INTERVAL - 1)
    expect(probe.forServer("alpha")).toHaveLength(1)
    vi.advanceTimersByTime(1)
    expect(probe.forServer("alpha")).toHaveLength(2)
    await probe.answer("alpha", { kind: "offline", detail: "nothing answers at this address" })
    expect(health.of("alpha")).toEqual({ kind: "offline", detail: "nothing answers at this address" })
    vi.advanceTimersByTime(INTERVAL)
    expect(probe.forServer("alpha")).toHaveLength(3)
  })

  it("never has two checks of one server in flight, however slow it is and however often sync runs", async () => {
    const { health, probe } = setup()
    health.sync()
    for (let i = 0; i < 10; i++) {
      await probe.answer("beta", ONLINE)
      health.sync()
      vi.advanceTimersByTime(INTERVAL)
      await flush()
    }
    expect(probe.forServer("alpha")).toHaveLength(1)
    expect(probe.forServer("beta")).toHaveLength(11)
    await probe.answer("alpha", ONLINE)
    expect(probe.forServer("alpha")).toHaveLength(1)
    vi.advanceTimersByTime(INTERVAL)
    expect(probe.forServer("alpha")).toHaveLength(2)
  })

  it("updates lastChecked after each answer", async () => {
    vi.setSystemTime(new Date("2026-01-01T00:00:00Z"))
    const { health, probe } = setup({ servers: [alpha] })
    expect(health.lastChecked()).toBe(0)
    health.sync()
    await probe.answer("alpha", ONLINE)
    expect(health.lastChecked()).toBe(Date.parse("2026-01-01T00:00:00Z"))
  })
})

describe("createHealth and the tab's visibility", () => {
  it("pauses while hidden and checks every server as soon as the tab is visible again", async () => {
    const { health, probe, visibility } = setup()
    health.sync()
    await probe.answer("alpha", ONLINE)
    await probe.answer("beta", ONLINE)
    visibility.set("hidden")
    vi.advanceTimersByTime(INTERVAL * 20)
    expect(probe.calls).toHaveLength(2)
    visibility.set("visible")
    expect(probe.calls).toHaveLength(4)
    await probe.answer("alpha", ONLINE)
    await probe.answer("beta", ONLINE)
    vi.advanceTimersByTime(INTERVAL)
    expect(probe.calls).toHaveLength(6)
  })

  it("does not schedule the next check when an answer arrives while hidden", async () => {
    const { health, probe, visibility } = setup({ servers: [alpha] })
    health.sync()
    visibility.set("hidden")
    await probe.answer("alpha", ONLINE)
    expect(health.of("alpha")).toEqual(ONLINE)
    vi.advanceTimersByTime(INTERVAL * 20)
    expect(probe.calls).toHaveLength(1)
  })

  it("does not start checks for servers added while hidden until the tab is visible", async () => {
    const { health, probe, visibility, setServers } = setup({ servers: [alpha] })
    health.sync()
    await probe.answer("alpha", ONLINE)
    visibility.set("hidden")
    setServers([alpha, beta])
    health.sync()
    expect(probe.forServer("beta")).toHaveLength(0)
    visibility.set("visible")
    expect(probe.forServer("beta")).toHaveLength(1)
  })

  it("stops listening and polling when its owner is disposed", async () => {
    const { health, probe, visibility, dispose } = setup({ servers: [alpha] })
    health.sync()
    const first = probe.calls[0]
    dispose()
    expect(first?.opts.signal?.aborted).toBe(true)
    expect(visibility.listeners.size).toBe(0)
    vi.advanceTimersByTime(INTERVAL * 5)
    await flush()
    expect(probe.calls).toHaveLength(1)
  })
})

describe("createHealth recheck", () => {
  it("shows Checking at once, drops the old check and starts a new one", async () => {
    const { health, probe } = setup({ servers: [alpha] })
    health.sync()
    await probe.answer("alpha", { kind: "unauthorized" })
    vi.advanceTimersByTime(INTERVAL)
    const stale = probe.calls[1]
    health.recheck("alpha")
    expect(health.of("alpha")).toEqual({ kind: "checking" })
    expect(stale?.opts.signal?.aborted).toBe(true)
    expect(probe.calls).toHaveLength(3)
    await flush()
    expect(health.of("alpha")).toEqual({ kind: "checking" })
    await probe.answer("alpha", ONLINE)
    expect(health.of("alpha")).toEqual(ONLINE)
  })

  it("ignores the answer of a replaced check that arrived just before the recheck", async () => {
    const { health, probe } = setup({ servers: [alpha] })
    health.sync()
    probe.calls[0]?.answer({ kind: "unauthorized" })
    health.recheck("alpha")
    await flush()
    expect(health.of("alpha")).toEqual({ kind: "checking" })
    expect(probe.inFlight("alpha")).toBe(1)
    await probe.answer("alpha", ONLINE)
    expect(health.of("alpha")).toEqual(ONLINE)
  })

  it("keeps one check in flight after rechecks, and the next one an interval later", async () => {
    const { health, probe } = setup({ servers: [alpha] })
    health.sync()
    health.recheck("alpha")
    await flush()
    health.recheck("alpha")
    await flush()
    expect(probe.calls).toHaveLength(3)
    expect(probe.inFlight("alpha")).toBe(1)
    vi.advanceTimersByTime(INTERVAL * 3)
    await flush()
    expect(probe.calls).toHaveLength(3)
    await probe.answer("alpha", ONLINE)
    expect(health.of("alpha")).toEqual(ONLINE)
    vi.advanceTimersByTime(INTERVAL)
    expect(probe.calls).toHaveLength(4)
  })

  it("checks an address once with test(), without touching the statuses", async () => {
    const { health, probe } = setup({ servers: [] })
    const creds = { username: "opencode", password: "pw" }
    const pending = health.test("http://new.example.com", creds)
    expect(probe.calls.map((c) => [c.opts.url, c.opts.credentials, c.opts.pageOrigin])).toEqual([["http://new.example.com", creds, PAGE]])
    probe.calls[0]?.answer(ONLINE)
    expect(await pending).toEqual(ONLINE)
    vi.advanceTimersByTime(INTERVAL * 3)
    expect(probe.calls).toHaveLength(1)
  })
})

describe("createHealth when servers go away", () => {
  it("stops polling a removed server and aborts its check", async () => {
    const { health, probe, setServers } = setup()
    health.sync()
    await probe.answer("alpha", ONLINE)
    await probe.answer("beta", ONLINE)
    vi.advanceTimersByTime(INTERVAL)
    const inFlight = probe.forServer("beta").at(-1)
    setServers([alpha])
    health.sync()
    expect(inFlight?.opts.signal?.aborted).toBe(true)
    await flush()
    for (let i = 0; i < 5; i++) {
      await probe.answer("alpha", ONLINE)
      vi.advanceTimersByTime(INTERVAL)
    }
    expect(probe.forServer("beta")).toHaveLength(2)
    expect(probe.forServer("alpha")).toHaveLength(7)
  })

  it("ignores the answer of a server removed while it was being checked", async () => {
    const { health, probe, setServers } = setup({ servers: [alpha] })
    health.sync()
    setServers([])
    await probe.answer("alpha", ONLINE)
    expect(health.of("alpha")).toEqual({ kind: "checking" })
  })

  it.each([
    ["during its first check", false],
    ["between checks", true],
  ])("polls a server again when it comes back (undo) after being removed %s", async (_label, answeredFirst) => {
    const { health, probe, setServers } = setup({ servers: [alpha] })
    health.sync()
    if (answeredFirst) {
      await probe.answer("alpha", ONLINE)
      vi.advanceTimersByTime(INTERVAL)
    }
    const before = probe.calls.length
    setServers([])
    health.sync()
    await flush()
    vi.advanceTimersByTime(INTERVAL * 3)
    await flush()
    setServers([alpha])
    health.sync()
    expect(probe.calls).toHaveLength(before + 1)
    await probe.answer("alpha", { kind: "offline", detail: "x" })
    expect(health.of("alpha")).toEqual({ kind: "offline", detail: "x" })
    vi.advanceTimersByTime(INTERVAL)
    expect(probe.calls).toHaveLength(before + 2)
  })
})
