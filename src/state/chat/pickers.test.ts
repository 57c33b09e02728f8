import { createRoot } from "solid-js"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { makeMemoryStore } from "../../storage/memory-store"
import { loadPrefs } from "../../storage/session-prefs"
import { createPickers, type PickerDeps } from "./pickers"

const MODEL = { providerID: "mock", providerName: "Mock LLM", modelID: "mock-model", modelName: "Mock Model", variants: ["low", "high"] }

function setup(overrides: Partial<PickerDeps> = {}) {
  const store = overrides.store ?? makeMemoryStore()
  const reports: string[] = []
  const pickers = createRoot(() =>
    createPickers({
      serverId: "alpha",
      sessionId: "ses_1",
      store,
      loadModels: async () => [MODEL],
      loadAgents: async () => [{ name: "build" }, { name: "plan" }],
      report: (message) => void reports.push(message),
      ...overrides,
    }),
  )
  return { pickers, store, reports }
}

/** Lets pending answers and the effects they start run, without moving the clock. */
const settled = () => vi.advanceTimersByTimeAsync(0)

// Fake timers: each step of the test moves the clock on purpose, never waits on the wall clock.
beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())


describe("createPickers", () => {
  it("lists models and agents from the server", async () => {
    const { pickers } = setup()
    expect(pickers.models().loading).toBe(true)
    await settled()
    expect(pickers.models()).toEqual({ items: [MODEL] })
    expect(pickers.agents().items.map((a) => a.name)).toEqual(["build", "plan"])
  })

  it("turns a failed list into an error, not a thrown page", async () => {
    const { pickers } = setup({ loadAgents: () => Promise.reject(new Error("Could not list agents on Alpha: HTTP 500.")) })
    await settled()
    expect(pickers.agents()).toEqual({ items: [], error: "Could not list agents on Alpha: HTTP 500." })
  })

  it("remembers model and agent per session, and forgets them when set back to the default", () => {
    const { pickers, store } = setup()
    pickers.setModel({ providerID: "mock", modelID: "mock-model" })
    pickers.setAgent("plan")
    expect(loadPrefs(store, "alpha", "ses_1")).toEqual({ model: { providerID: "mock", modelID: "mock-model" }, agent: "plan" })
    expect(setup({ store }).pickers.agent()).toBe("plan")
    pickers.setModel(undefined)
    expect(loadPrefs(store, "alpha", "ses_1")).toEqual({ agent: "plan" })
    pickers.setAgent(undefined)
    expect(store.length).toBe(0)
  })

  it("remembers a thinking effort with its model, and drops it when the model changes", () => {
    const { pickers, store } = setup()
    pickers.setModel({ providerID: "mock", modelID: "mock-model" })
    pickers.setVariant("high")
    pickers.setAgent("plan")
    expect(loadPrefs(store, "alpha", "ses_1")).toEqual({ model: { providerID: "mock", modelID: "mock-model" }, agent: "plan", variant: "high" })
    pickers.setVariant(undefined)
    expect(pickers.variant()).toBeUndefined()
    pickers.setVariant("low")
    pickers.setModel({ providerID: "mock", modelID: "other" })
    expect(pickers.variant()).toBeUndefined()
    expect(pickers.agent()).toBe("plan")
  })
})
