import { createRoot, createSignal } from "solid-js"
import { describe, expect, it, vi } from "vitest"
import type { Trigger } from "../../lib/prompt/trigger"
import { createSuggestions } from "./suggestions"

const tick = () => new Promise((resolve) => setTimeout(resolve, 5))

function setup(overrides: { findFiles?: (q: string) => Promise<{ kind: "file" | "directory"; value: string }[]>; loadCommands?: () => Promise<{ name: string; description?: string }[]> } = {}) {
  const [trigger, setTrigger] = createSignal<Trigger>()
  const findFiles = vi.fn(overrides.findFiles ?? (async (q: string) => [{ kind: "file" as const, value: `${q}ME.md` }, { kind: "directory" as const, value: "src/" }]))
  const s = createRoot(() =>
    createSuggestions({
      trigger,
      findFiles,
      loadAgents: async () => [{ kind: "agent", value: "general" }, { kind: "agent", value: "explore" }],
      loadCommands: overrides.loadCommands ?? (async () => [{ name: "init", description: "guided AGENTS.md setup" }, { name: "review", description: "review changes" }]),
      delayMs: 0,
    }),
  )
  return { s, setTrigger, findFiles }
}

describe("createSuggestions", () => {
  it("offers matching agents, then the server's files, for an @ word", async () => {
    const { s, setTrigger, findFiles } = setup()
    setTrigger({ kind: "mention", query: "READ", start: 0, end: 5 })
    await tick()
    expect(findFiles).toHaveBeenLastCalledWith("READ", expect.any(AbortSignal))
    expect(s.items()).toEqual([
      { kind: "file", value: "README.md" },
      { kind: "directory", value: "src/" },
    ])
    setTrigger({ kind: "mention", query: "gen", start: 0, end: 4 })
    await tick()
    expect(s.items()[0]).toEqual({ kind: "agent", value: "general", description: "Agent" })
  })

  it("offers the server's commands for a leading slash, best match first", async () => {
    const { s, setTrigger } = setup()
    setTrigger({ kind: "command", query: "rev", start: 0, end: 4 })
    await tick()
    expect(s.items()).toEqual([{ kind: "command", value: "review", description: "review changes" }])
    expect(s.open()).toBe(true)
  })

  it("moves the active option around, and Escape keeps the list shut for this word only", async () => {
    const { s, setTrigger } = setup()
    setTrigger({ kind: "command", query: "", start: 0, end: 1 })
    await tick()
    s.move(1)
    expect(s.current()?.value).toBe("review")
    s.move(1)
    expect(s.current()?.value).toBe("init")
    s.dismiss()
    expect(s.open()).toBe(false)
    setTrigger({ kind: "command", query: "i", start: 0, end: 2 })
    expect(s.open()).toBe(false)
    setTrigger({ kind: "mention", query: "", start: 6, end: 7 })
    expect(s.open()).toBe(true)
  })

  it("says why commands could not be listed", async () => {
    const { s, setTrigger } = setup({ loadCommands: () => Promise.reject(new Error("Could not list commands on Alpha: offline.")) })
    setTrigger({ kind: "command", query: "", start: 0, end: 1 })
    await tick()
    expect(s.error()).toBe("Could not list commands on Alpha: offline.")
    expect(s.items()).toEqual([])
  })
})

describe("createSuggestions loading", () => {
  it("asks for agents and commands only once the person types @ or /", async () => {
    const [trigger, setTrigger] = createSignal<Trigger>()
    const loadAgents = vi.fn(async () => [])
    const loadCommands = vi.fn(async () => [])
    createRoot(() => createSuggestions({ trigger, findFiles: async () => [], loadAgents, loadCommands, delayMs: 0 }))
    await tick()
    expect([loadAgents.mock.calls.length, loadCommands.mock.calls.length]).toEqual([0, 0])
    setTrigger({ kind: "command", query: "", start: 0, end: 1 })
    await tick()
    expect([loadAgents.mock.calls.length, loadCommands.mock.calls.length]).toEqual([0, 1])
  })
})
