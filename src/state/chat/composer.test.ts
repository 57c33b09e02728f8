import { createRoot } from "solid-js"
import { describe, expect, it } from "vitest"
import { loadDraft, type DraftKey, type LocalStore } from "../../storage/drafts"
import { makeMemoryStore } from "../../storage/memory-store"
import { createComposer, type ComposerDeps } from "./composer"

const key: DraftKey = { serverId: "alpha", directory: "/srv/app", sessionId: "ses_1" }

function setup(overrides: Partial<ComposerDeps> = {}) {
  const store = overrides.store ?? makeMemoryStore()
  const sent: string[] = []
  const reports: string[] = []
  const composer = createRoot(() =>
    createComposer({
      key,
      store,
      send: async (text) => void sent.push(text),
      report: (message) => void reports.push(message),
      now: () => 1,
      ...overrides,
    }),
  )
  return { composer, store, sent, reports }
}

describe("createComposer", () => {
  it("starts from the saved draft and saves every change", () => {
    const store = makeMemoryStore()
    setup({ store }).composer.setDraft("half a thought")
    const again = setup({ store }).composer
    expect(again.draft()).toBe("half a thought")
  })

  it("sends the draft and clears it (and its saved copy)", async () => {
    const { composer, sent, store } = setup()
    composer.setDraft("do the thing")
    expect(await composer.submit()).toBe(true)
    expect(sent).toEqual(["do the thing"])
    expect(composer.draft()).toBe("")
    expect(loadDraft(store, key)).toBe("")
  })

  const blanks = ["", "   ", "\n\n"]
  it.each(blanks)("does not send a blank draft (%j)", async (text) => {
    const { composer, sent } = setup()
    composer.setDraft(text)
    expect(await composer.submit()).toBe(false)
    expect(sent).toEqual([])
  })

  it("puts the text back and reports when the server refuses", async () => {
    const { composer, reports, store } = setup({
      send: () => Promise.reject(new Error("Could not send the prompt on Alpha: the server is unreachable.")),
    })
    composer.setDraft("keep me")
    expect(await composer.submit()).toBe(false)
    expect(composer.draft()).toBe("keep me")
    expect(loadDraft(store, key)).toBe("keep me")
    expect(reports).toEqual(["Could not send the prompt on Alpha: the server is unreachable."])
  })

  it("sends once while a send is on its way", async () => {
    let release = () => {}
    const sent: string[] = []
    const { composer } = setup({ send: (text) => new Promise<void>((resolve) => ((release = resolve), sent.push(text))) })
    composer.setDraft("once")
    const first = composer.submit()
    composer.setDraft("twice")
    expect(composer.sending()).toBe(true)
    expect(await composer.submit()).toBe(false)
    release()
    expect(await first).toBe(true)
    expect(sent).toEqual(["once"])
    expect(composer.draft()).toBe("twice")
  })

  it("reports a failing save once per failing streak, and keeps the text in memory", () => {
    const failing: LocalStore = {
      ...makeMemoryStore(),
      setItem: () => {
        throw new DOMException("quota exceeded", "QuotaExceededError")
      },
    }
    const { composer, reports } = setup({ store: failing })
    composer.setDraft("a")
    composer.setDraft("ab")
    expect(composer.draft()).toBe("ab")
    expect(reports).toEqual(["Could not save the draft in this browser: quota exceeded"])
  })
})
