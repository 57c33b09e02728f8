/** The person's theme choice and what it resolves to; "system" follows the OS setting. */
export type ThemeChoice = "light" | "dark" | "system"
export type ResolvedTheme = "light" | "dark"

export const THEME_CHOICES: { value: ThemeChoice; label: string }[] = [
  { value: "light", label: "Light" },
  { value: "dark", label: "Dark" },
  { value: "system", label: "System" },
]

export function parseThemeChoice(value: unknown): ThemeChoice {
  return value === "light" || value === "dark" ? value : "system"
}

/** The choice after `choice` in THEME_CHOICES' order, wrapping around: what "Theme" in the palette steps to. */
export function nextThemeChoice(choice: ThemeChoice): ThemeChoice {
  const at = THEME_CHOICES.findIndex((option) => option.value === choice)
  return THEME_CHOICES[(at + 1) % THEME_CHOICES.length]?.value ?? "system"
}

/** "Light", "Dark" or "System". */
export function themeLabel(choice: ThemeChoice): string {
  return THEME_CHOICES.find((option) => option.value === choice)?.label ?? "System"
}

export function resolveTheme(choice: ThemeChoice, systemDark: boolean): ResolvedTheme {
  if (choice === "system") return systemDark ? "dark" : "light"
  return choice
}
