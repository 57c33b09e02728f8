/**
 * Owns the theme choice in localStorage (`opencode-portal.theme.v1`), per browser. public/theme.js
 * reads the same key before the first paint, so the two must agree on it.
 */
import { parseThemeChoice, type ThemeChoice } from "../lib/ui/theme"
import type { LocalStore } from "./drafts"

export const THEME_KEY = "opencode-portal.theme.v1"

export function loadThemeChoice(store: LocalStore | undefined): ThemeChoice {
  try {
    return parseThemeChoice(store?.getItem(THEME_KEY))
  } catch {
    return "system"
  }
}

/** "system" is the default, so it is stored as no entry. Throws what the browser throws (quota). */
export function saveThemeChoice(store: LocalStore | undefined, choice: ThemeChoice): void {
  if (choice === "system") store?.removeItem(THEME_KEY)
  else store?.setItem(THEME_KEY, choice)
}
