// @vitest-environment jsdom
import { createRoot } from "solid-js"
import { describe, expect, it } from "vitest"
import { makeMemoryStore } from "../../storage/memory-store"
import { THEME_KEY } from "../../storage/theme"
import { createTheme } from "./theme"

function fakeMedia(matches: boolean) {
  const listeners = new Set<() => void>()
  return {
    matches,
    addEventListener: (_type: string, listener: () => void) => void listeners.add(listener),
    removeEventListener: (_type: string, listener: () => void) => void listeners.delete(listener),
    flip(next: boolean) {
      this.matches = next
      for (const listener of listeners) listener()
    },
    listeners,
  }
}

describe("createTheme", () => {
  it("follows the OS under System and marks the root", () => {
    createRoot((dispose) => {
      const media = fakeMedia(true)
      const root = document.createElement("html")
      const theme = createTheme({ store: makeMemoryStore(), media, root })
      expect(theme.choice()).toBe("system")
      expect(root.dataset.theme).toBe("dark")
      media.flip(false)
      expect(theme.resolved()).toBe("light")
      expect(root.dataset.theme).toBe("light")
      dispose()
      expect(media.listeners.size).toBe(0)
    })
  })

  it("keeps a chosen theme in storage and ignores the OS then", () => {
    createRoot((dispose) => {
      const store = makeMemoryStore()
      const media = fakeMedia(false)
      const root = document.createElement("html")
      const theme = createTheme({ store, media, root })
      theme.setChoice("dark")
      expect(store.getItem(THEME_KEY)).toBe("dark")
      expect(root.dataset.theme).toBe("dark")
      media.flip(false)
      expect(root.dataset.theme).toBe("dark")
      expect(createTheme({ store, root }).choice()).toBe("dark")
      dispose()
    })
  })

  it("says so when the choice cannot be kept, and still applies it", () => {
    createRoot((dispose) => {
      const store = { ...makeMemoryStore(), setItem: () => { throw new Error("QuotaExceededError") } }
      const root = document.createElement("html")
      const theme = createTheme({ store, root })
      theme.setChoice("light")
      expect(root.dataset.theme).toBe("light")
      expect(theme.problem()).toBe("The theme could not be saved in this browser: QuotaExceededError")
      dispose()
    })
  })
})
