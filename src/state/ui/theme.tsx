import { createSignal, onCleanup, untrack } from "solid-js"
import { errorText } from "../../lib/error-text"
import { resolveTheme, type ResolvedTheme, type ThemeChoice } from "../../lib/ui/theme"
import type { LocalStore } from "../../storage/drafts"
import { loadThemeChoice, saveThemeChoice } from "../../storage/theme"
import { makeContext } from "../context"

export type ThemeDeps = {
  store: LocalStore | undefined
  /** `matchMedia("(prefers-color-scheme: dark)")`; absent where the browser has none. */
  media?: { readonly matches: boolean; addEventListener(type: "change", listener: () => void): void; removeEventListener(type: "change", listener: () => void): void }
  /** The element whose `data-theme` the stylesheet reads (document.documentElement). */
  root?: HTMLElement
}

/**
 * The theme: the person's choice (kept per browser) and what it resolves to now; "system" follows
 * the OS as it changes. Must be created under a reactive owner (it listens to the media query).
 */
export function createTheme(deps: ThemeDeps) {
  const [choice, setChoiceSignal] = createSignal<ThemeChoice>(loadThemeChoice(deps.store))
  const [systemDark, setSystemDark] = createSignal(deps.media?.matches ?? false)
  const [problem, setProblem] = createSignal<string>()
  const resolved = (): ResolvedTheme => resolveTheme(choice(), systemDark())
  const apply = () => {
    if (deps.root) deps.root.dataset.theme = resolved()
  }
  const onChange = () => {
    setSystemDark(deps.media?.matches ?? false)
    apply()
  }
  deps.media?.addEventListener("change", onChange)
  onCleanup(() => deps.media?.removeEventListener("change", onChange))
  // public/theme.js already set it before the first paint; this keeps the two in step.
  untrack(apply)
  return {
    choice,
    resolved,
    /** Error text when the choice could not be kept (it still applies to this page). */
    problem,
    setChoice(next: ThemeChoice) {
      setChoiceSignal(next)
      apply()
      try {
        saveThemeChoice(deps.store, next)
        setProblem(undefined)
      } catch (err) {
        setProblem(`The theme could not be saved in this browser: ${errorText(err)}`)
      }
    },
  }
}

export type Theme = ReturnType<typeof createTheme>

const ctx = makeContext<Theme>("Theme")
export const useTheme = ctx.use
export const ThemeProvider = ctx.Provider
