// @vitest-environment node
import { describe, expect, it } from "vitest"
import { DRAFT_PREFIX, draftStorageKey, loadDraft, pruneDrafts, saveDraft, type DraftKey, type LocalStore } from "./drafts"
import { makeMemoryStore } from "./memory-store"

const key = (overrides: Partial<DraftKey> = {}): DraftKey => ({ serverId: "alpha", directory: "/srv/app", sessionId: "ses_1", ...overrides })

describe("drafts", () => {
  it("round-trips a draft, multi-line text included", () => {
    const store = makeMemoryStore()
    saveDraft(store, key(), "line one\nline two", 1)
    expect(loadDraft(store, key())).toBe("line one\nline two")
  })

  const isolation: { name: string; other: DraftKey }[] = [
    { name: "another server", other: key({ serverId: "bravo" }) },
    { name: "another directory", other: key({ directory: "/srv/other" }) },
    { name: "another session", other: key({ sessionId: "ses_2" }) },
    { name: "a directory that only looks the same once joined", other: key({ serverId: "alpha\",\"/srv", directory: "app" }) },
  ]
  it.each(isolation)("keeps drafts apart per $name", ({ other }) => {
    const store = makeMemoryStore()
    saveDraft(store, key(), "mine", 1)
    expect(loadDraft(store, other)).toBe("")
    saveDraft(store, other, "theirs", 2)
    expect(loadDraft(store, key())).toBe("mine")
  })

  it("forgets a draft that becomes blank", () => {
    const store = makeMemoryStore()
    saveDraft(store, key(), "x", 1)
    saveDraft(store, key(), "   \n", 2)
    expect(store.length).toBe(0)
  })

  it("uses a versioned key", () => {
    expect(draftStorageKey(key())).toBe(`${DRAFT_PREFIX}["alpha","/srv/app","ses_1"]`)
    expect(DRAFT_PREFIX).toContain("draft.v1")
  })

  const corrupt: { name: string; raw: string }[] = [
    { name: "not JSON", raw: "{oops" },
    { name: "wrong shape", raw: JSON.stringify({ body: "x" }) },
    { name: "text not a string", raw: JSON.stringify({ text: 5, updated: 1 }) },
    { name: "an array", raw: "[1,2]" },
  ]
  it.each(corrupt)("reads $name as no draft", ({ raw }) => {
    const store = makeMemoryStore({ [draftStorageKey(key())]: raw })
    expect(loadDraft(store, key())).toBe("")
  })

  it("prunes the least recently edited drafts beyond the cap and leaves other keys alone", () => {
    const store = makeMemoryStore({ unrelated: "keep" })
    for (let i = 1; i <= 5; i++) saveDraft(store, key({ sessionId: `ses_${i}` }), `draft ${i}`, i * 10)
    expect(pruneDrafts(store, 3)).toBe(2)
    expect([1, 2, 3, 4, 5].map((i) => loadDraft(store, key({ sessionId: `ses_${i}` })))).toEqual(["", "", "draft 3", "draft 4", "draft 5"])
    expect(store.getItem("unrelated")).toBe("keep")
  })

  it("lets a failing write (quota) reach the caller", () => {
    const full: LocalStore = {
      ...makeMemoryStore(),
      setItem: () => {
        throw new DOMException("full", "QuotaExceededError")
      },
    }
    expect(() => saveDraft(full, key(), "x", 1)).toThrow("full")
  })
})
