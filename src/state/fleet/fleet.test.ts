import { createRoot, createSignal } from "solid-js"
import { describe, expect, it } from "vitest"
import type { FleetSnapshot } from "../../lib/fleet/bootstrap"
import type { ServerEntry } from "../../lib/registry/server"
import { makeMemoryStore } from "../../storage/memory-store"
import { makeFakeLive } from "../../../tests/builders/live-server"
import { makeServer } from "../../../tests/builders/server"
import { createFleet, type FleetAlert, type FleetDeps } from "./fleet"
import { createReadMarks } from "./read-marks"
import { READ_AHEAD_MS, type FleetApi } from "./server-fleet"

const O = "/srv/other"
const session = (id: string, updated = 20) => ({ id, directory: O, title: `title ${id}`, time: { created: 1, updated } })
const permission = (id: string, sessionID: string) => ({ id, sessionID, permission: "bash", patterns: ["echo hi"], metadata: { command: "echo hi" }, always: ["echo *"] })
const flush = () => new Promise((resolve) => setTimeout(resolve, 0))

/** A fleet of one server, alpha, whose stream the test drives. */
function alphaFleet(api: FleetApi, deps: Pick<FleetDeps, "reachable" | "now"> = {}) {
  let alpha: ReturnType<typeof makeFakeLive> | undefined
  const { fleet, dispose } = createRoot((dispose) => {
    const marks = createReadMarks({ store: makeMemoryStore(), report: () => undefined })
    const use = (id: string) => {
      alpha = makeFakeLive(makeServer(id))
      return alpha.live
    }
    return { fleet: createFleet({ servers: () => [makeServer("alpha")], use, api, marks, ...deps }), dispose }
  })
  if (!alpha) throw new Error("no fake for alpha")
  return { fleet, alpha, dispose }
}

function setup(snapshots: Record<string, FleetSnapshot>, overrides: Partial<FleetApi> = {}) {
  const calls: string[] = []
  const fakes = new Map<string, ReturnType<typeof makeFakeLive>>()
  const [servers, setServers] = createSignal<ServerEntry[]>([makeServer("alpha"), makeServer("beta")])
  const alerts: FleetAlert[] = []
  const api: FleetApi = {
    sessions: async (connection) => snapshots[connection.server().id]?.sessions ?? [],
    errors: async (connection) => snapshots[connection.server().id]?.errors ?? {},
    snapshot: async (connection) => snapshots[connection.server().id] ?? { sessions: [], directories: [] },
    replyPermission: async (scope, id, reply, message) => void calls.push(`${scope.connection.server().id} ${scope.directory} ${id} ${reply}${message ? ` ${message}` : ""}`),
    replyQuestion: async (scope, id, answers) => void calls.push(`${scope.directory} ${id} ${JSON.stringify(answers)}`),
    rejectQuestion: async (scope, id) => void calls.push(`${scope.directory} ${id} reject`),
    ...overrides,
  }
  const { fleet, dispose } = createRoot((dispose) => {
    const marks = createReadMarks({ store: makeMemoryStore(), report: () => undefined })
    const use = (id: string) => {
      const server = servers().find((s) => s.id === id)
      if (!server) return undefined
      const fake = makeFakeLive(server)
      fakes.set(id, fake)
      return fake.live
    }
    const fleet = createFleet({ servers, use, api, marks, now: () => 1000 })
    fleet.listen((alert) => void alerts.push(alert))
    return { fleet, dispose }
  })
  const fake = (id: string) => {
    const f = fakes.get(id)
    if (!f) throw new Error(`no fake for ${id}`)
    return f
  }
  return { fleet, dispose, fake, calls, alerts, setServers }
}

const alphaSnapshot: FleetSnapshot = { sessions: [session("ses_a")], directories: [{ directory: O, permissions: [permission("per_1", "ses_a")], questions: [], status: { ses_a: { type: "busy" } } }] }

describe("createFleet", () => {
  it("bootstraps each server when its stream turns live, then follows events", async () => {
    const { fleet, fake, alerts, dispose } = setup({ alpha: alphaSnapshot })
    expect(fleet.byId("alpha")?.load()).toEqual({ kind: "loading" })
    fake("alpha").goLive()
    fake("beta").goLive()
    await flush()
    expect([fleet.waiting(), fleet.counts("alpha"), fleet.rows().map((r) => r.state), alerts]).toEqual([1, { waiting: 1, working: 1 }, ["Needs permission"], []])

    fake("beta").emit("session.created", { sessionID: "ses_b", info: session("ses_b", 30) }, O)
    fake("beta").emit("permission.asked", permission("per_2", "ses_b"), O)
    expect(fleet.items().map((i) => [i.serverId, i.request.id, i.session?.title])).toEqual([["beta", "per_2", "title ses_b"], ["alpha", "per_1", "title ses_a"]])
    expect(alerts.map((a) => a.kind)).toEqual(["asked"])

    fake("alpha").emit("permission.replied", { sessionID: "ses_a", requestID: "per_1", reply: "once" }, O)
    fake("alpha").emit("session.idle", { sessionID: "ses_a" }, O)
    expect([fleet.waiting(), fleet.rows().find((r) => r.session.id === "ses_a")?.unread, alerts.map((a) => a.kind)]).toEqual([1, true, ["asked", "finished"]])
    dispose()
  })

  it("answers in the request's directory; the item stays until the server confirms", async () => {
    const { fleet, fake, calls, dispose } = setup({ alpha: alphaSnapshot })
    fake("alpha").goLive()
    await flush()
    const alpha = fleet.byId("alpha")
    expect(await alpha?.replyPermission("per_1", "reject", "not now")).toBe(true)
    expect([calls, fleet.waiting()]).toEqual([["alpha /srv/other per_1 reject not now"], 1])
    dispose()
  })

  it("a failed answer says why on the item", async () => {
    const { fleet, fake, dispose } = setup({ alpha: alphaSnapshot }, { replyPermission: async () => Promise.reject(new Error("Could not answer the permission request on ALPHA: not found.")) })
    fake("alpha").goLive()
    await flush()
    const alpha = fleet.byId("alpha")
    expect(await alpha?.replyPermission("per_1", "once")).toBe(false)
    expect([alpha?.failure("per_1"), alpha?.pending("per_1")]).toEqual(["Could not answer the permission request on ALPHA: not found.", false])
    dispose()
  })

  it("a failed bootstrap says why and leaves other servers alone", async () => {
    const { fleet, fake, dispose } = setup({ beta: alphaSnapshot }, { snapshot: async (c) => (c.server().id === "alpha" ? Promise.reject(new Error("Could not list recent sessions on ALPHA: unreachable.")) : alphaSnapshot) })
    fake("alpha").goLive()
    fake("beta").goLive()
    await flush()
    expect([fleet.byId("alpha")?.load(), fleet.byId("beta")?.load(), fleet.waiting()]).toEqual([{ kind: "error", message: "Could not list recent sessions on ALPHA: unreachable." }, { kind: "ready" }, 1])
    dispose()
  })

  it("events that arrive while the lists load are not lost", async () => {
    let release = () => {}
    const { fleet, fake, dispose } = setup({}, { snapshot: () => new Promise((resolve) => (release = () => resolve(alphaSnapshot))) })
    fake("alpha").goLive()
    fake("alpha").emit("permission.replied", { sessionID: "ses_a", requestID: "per_1", reply: "once" }, O)
    release()
    await flush()
    expect(fleet.counts("alpha").waiting).toBe(0)
    dispose()
  })

  it("a session on screen is read when it finishes", async () => {
    const { fleet, fake, dispose } = setup({ alpha: alphaSnapshot })
    fake("alpha").goLive()
    await flush()
    fleet.setOnScreen({ serverId: "alpha", sessionId: "ses_a" })
    fake("alpha").emit("session.idle", { sessionID: "ses_a" }, O)
    fake("alpha").emit("permission.replied", { sessionID: "ses_a", requestID: "per_1", reply: "once" }, O)
    expect(fleet.rows()[0]?.unread).toBe(false)
    dispose()
  })

  it("keeps a server's row objects when another server's sessions arrive, and replaces a changed one", async () => {
    const betaSnapshot: FleetSnapshot = { sessions: [session("ses_b", 30)], directories: [{ directory: O, permissions: [], questions: [], status: {} }] }
    const { fleet, fake, dispose } = setup({ alpha: alphaSnapshot, beta: betaSnapshot })
    fake("alpha").goLive()
    await flush()
    const before = fleet.rows()[0]
    fake("beta").goLive()
    await flush()
    expect([fleet.rows().map((r) => r.session.id), fleet.rows()[1] === before]).toEqual([["ses_b", "ses_a"], true])
    fake("alpha").emit("permission.replied", { sessionID: "ses_a", requestID: "per_1", reply: "once" }, O)
    expect([fleet.rows()[1]?.state, fleet.rows()[1] === before]).toEqual(["Working", false])
    dispose()
  })

  it("watches the servers its stage gives, as the stage adds them", async () => {
    const [staged, setStaged] = createSignal<string[]>(["alpha"])
    const { fleet, dispose } = createRoot((dispose) => {
      const marks = createReadMarks({ store: makeMemoryStore(), report: () => undefined })
      const api: FleetApi = { sessions: async () => [], errors: async () => ({}), snapshot: async () => ({ sessions: [], directories: [] }), replyPermission: async () => {}, replyQuestion: async () => {}, rejectQuestion: async () => {} }
      const use = (id: string) => makeFakeLive(makeServer(id)).live
      const fleet = createFleet({ servers: () => [makeServer("alpha"), makeServer("beta")], use, api, marks, createStage: (ids) => () => ids().filter((id) => staged().includes(id)) })
      return { fleet, dispose }
    })
    expect(fleet.servers().map((s) => s.id)).toEqual(["alpha"])
    setStaged(["alpha", "beta"])
    expect(fleet.servers().map((s) => s.id)).toEqual(["alpha", "beta"])
    dispose()
  })

  it("a server removed from the registry stops listening", async () => {
    const { fleet, fake, setServers, dispose } = setup({ alpha: alphaSnapshot })
    const alpha = fake("alpha")
    expect(alpha.listeners.size).toBe(1)
    setServers([makeServer("beta")])
    expect([alpha.listeners.size, fleet.servers().map((s) => s.id)]).toEqual([0, ["beta"]])
    dispose()
  })
})

describe("the first session list, read ahead", () => {
  function readAhead() {
    const calls: string[] = []
    const [reachable, setReachable] = createSignal(false)
    const signals: AbortSignal[] = []
    let clock = 1000
    const api: FleetApi = {
      sessions: async (_connection, opts) => {
        calls.push("sessions")
        signals.push(opts.signal)
        return [session("ses_ahead")]
      },
      errors: async () => ({}),
      snapshot: async (_connection, opts) => {
        calls.push(opts.sessions ? "snapshot with the list read ahead" : "snapshot")
        return { sessions: opts.sessions ? await opts.sessions : [session("ses_fresh")], directories: [] }
      },
      replyPermission: async () => {},
      replyQuestion: async () => {},
      rejectQuestion: async () => {},
    }
    const { fleet, alpha, dispose } = alphaFleet(api, { reachable: () => reachable(), now: () => clock })
    const tick = (ms: number) => void (clock += ms)
    return { fleet, alpha, calls, signals, setReachable, tick, dispose }
  }

  it.each<[string, number, string[], string]>([
    ["the list read ahead serves the bootstrap", 0, ["sessions", "snapshot with the list read ahead"], "ses_ahead"],
    ["a list read just within the limit still serves", READ_AHEAD_MS, ["sessions", "snapshot with the list read ahead"], "ses_ahead"],
    ["a list read too long before the stream came up is read again", READ_AHEAD_MS + 1, ["sessions", "snapshot"], "ses_fresh"],
  ])("%s", async (_name, wait, calls, shown) => {
    const t = readAhead()
    t.setReachable(true)
    expect(t.calls).toEqual(["sessions"])
    t.tick(wait)
    t.alpha.goLive()
    await flush()
    expect([t.calls, t.fleet.rows().map((r) => r.session.id)]).toEqual([calls, [shown]])
    t.dispose()
  })

  it("drops a read on its way when the server is found down, and reads again once it may answer", () => {
    const t = readAhead()
    t.setReachable(true)
    t.setReachable(false)
    t.setReachable(true)
    expect([t.calls, t.signals.map((signal) => signal.aborted)]).toEqual([["sessions", "sessions"], [true, false]])
    t.dispose()
  })

  it("reads nothing ahead while the server is found down, nor once the stream was live first", async () => {
    const t = readAhead()
    t.alpha.goLive()
    await flush()
    t.setReachable(true)
    await flush()
    expect(t.calls).toEqual(["snapshot"])
    t.dispose()
  })

  it("a reconnect reads the list again", async () => {
    const t = readAhead()
    t.setReachable(true)
    t.alpha.goLive()
    await flush()
    t.alpha.goLive()
    await flush()
    expect(t.calls).toEqual(["sessions", "snapshot with the list read ahead", "snapshot"])
    t.dispose()
  })
})

describe("failed replies, read only while a view shows the states", () => {
  const failed: FleetSnapshot = { ...alphaSnapshot, directories: [{ directory: O, permissions: [], questions: [], status: {} }] }

  function states() {
    const calls: string[] = []
    const api: FleetApi = {
      sessions: async () => failed.sessions,
      snapshot: async (_connection, opts) => {
        calls.push(`snapshot${opts.errors ? " with errors" : ""}`)
        return { ...failed, ...(opts.errors ? { errors: { ses_a: { name: "APIError" } } } : {}) }
      },
      errors: async (_connection, sessions) => {
        calls.push(`errors of ${sessions.map((s) => s.id).join(",")}`)
        return { ses_a: { name: "APIError" } }
      },
      replyPermission: async () => {},
      replyQuestion: async () => {},
      rejectQuestion: async () => {},
    }
    return { ...alphaFleet(api), calls }
  }

  it("with no such view, a bootstrap reads none; a view opened later reads them once", async () => {
    const t = states()
    t.alpha.goLive()
    await flush()
    expect([t.calls, t.fleet.rows()[0]?.state, t.fleet.byId("alpha")?.load().kind]).toEqual([["snapshot"], "Idle", "ready"])
    const view = createRoot((dispose) => {
      t.fleet.showStates()
      return dispose
    })
    expect(t.fleet.byId("alpha")?.load().kind).toBe("loading")
    await flush()
    expect([t.calls, t.fleet.rows()[0]?.state, t.fleet.byId("alpha")?.load().kind]).toEqual([["snapshot", "errors of ses_a"], "Error", "ready"])
    view()
    t.dispose()
  })

  it("with the view open, the bootstrap reads them itself, again after a reconnect; closed, no more", async () => {
    const t = states()
    const view = createRoot((dispose) => {
      t.fleet.showStates()
      return dispose
    })
    t.alpha.goLive()
    await flush()
    t.alpha.goLive()
    await flush()
    view()
    t.alpha.goLive()
    await flush()
    expect([t.calls, t.fleet.rows()[0]?.state]).toEqual([["snapshot with errors", "snapshot with errors", "snapshot"], "Error"])
    t.dispose()
  })
})
