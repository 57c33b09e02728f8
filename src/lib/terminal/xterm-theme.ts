import type { ResolvedTheme } from "../ui/theme"

export type XtermColors = Record<string, string>

/** xterm's own ANSI colors suit a dark screen; on a light one yellow and white vanish, so both are given. */
const DARK: XtermColors = { background: "#020617", foreground: "#e2e8f0", cursor: "#e2e8f0", cursorAccent: "#020617", selectionBackground: "#334155" }

const LIGHT: XtermColors = {
  background: "#f8fafc",
  foreground: "#0f172a",
  cursor: "#0f172a",
  cursorAccent: "#f8fafc",
  selectionBackground: "#bfdbfe",
  black: "#0f172a",
  red: "#b91c1c",
  green: "#15803d",
  yellow: "#a16207",
  blue: "#1d4ed8",
  magenta: "#a21caf",
  cyan: "#0e7490",
  white: "#475569",
  brightBlack: "#334155",
  brightRed: "#dc2626",
  brightGreen: "#166534",
  brightYellow: "#854d0e",
  brightBlue: "#1e40af",
  brightMagenta: "#86198f",
  brightCyan: "#155e75",
  brightWhite: "#1e293b",
}

/** The terminal's colors for the page's theme. */
export function xtermTheme(theme: ResolvedTheme): XtermColors {
  return theme === "dark" ? DARK : LIGHT
}
