/**
 * The colors the components use (Tailwind's slate, red, amber, blue, green and white), as CSS
 * variables whose values change under `[data-theme=dark]`, so components say `bg-white text-slate-900`
 * once and both themes follow. `night` is the fixed dark navy of the sidebar and the terminal frame.
 */
export const SHADES = [50, 100, 200, 300, 400, 500, 600, 700, 800, 900, 950] as const
export type Shade = (typeof SHADES)[number]
export type Family = "slate" | "red" | "amber" | "blue" | "green"
type Scale = Record<Shade, string>

type Hexes = [string, string, string, string, string, string, string, string, string, string, string]
const scale = ([s50, s100, s200, s300, s400, s500, s600, s700, s800, s900, s950]: Hexes): Scale => ({
  50: s50, 100: s100, 200: s200, 300: s300, 400: s400, 500: s500, 600: s600, 700: s700, 800: s800, 900: s900, 950: s950,
})

export const LIGHT: Record<Family, Scale> = {
  slate: scale(["#f8fafc", "#f1f5f9", "#e2e8f0", "#cbd5e1", "#94a3b8", "#64748b", "#475569", "#334155", "#1e293b", "#0f172a", "#020617"]),
  red: scale(["#fef2f2", "#fee2e2", "#fecaca", "#fca5a5", "#f87171", "#ef4444", "#dc2626", "#b91c1c", "#991b1b", "#7f1d1d", "#450a0a"]),
  amber: scale(["#fffbeb", "#fef3c7", "#fde68a", "#fcd34d", "#fbbf24", "#f59e0b", "#d97706", "#b45309", "#92400e", "#78350f", "#451a03"]),
  blue: scale(["#eff6ff", "#dbeafe", "#bfdbfe", "#93c5fd", "#60a5fa", "#3b82f6", "#2563eb", "#1d4ed8", "#1e40af", "#1e3a8a", "#172554"]),
  green: scale(["#f0fdf4", "#dcfce7", "#bbf7d0", "#86efac", "#4ade80", "#22c55e", "#16a34a", "#15803d", "#166534", "#14532d", "#052e16"]),
}

/**
 * Dark slate is hand-tuned rather than mirrored: muted text (500) must keep 4.5:1 on the cards, and
 * cards (white) sit a step above the page (50).
 */
const DARK_SLATE = scale(["#020617", "#172033", "#1e293b", "#334155", "#64748b", "#94a3b8", "#cbd5e1", "#e2e8f0", "#f1f5f9", "#f8fafc", "#ffffff"])

/** Tints mirror: a pale fill becomes a deep one and deep text becomes pale. */
function mirror(l: Scale): Scale {
  return scale([l[950], l[900], l[800], l[700], l[600], l[500], l[400], l[300], l[200], l[100], l[50]])
}

export const DARK: Record<Family, Scale> = {
  slate: DARK_SLATE,
  red: mirror(LIGHT.red),
  amber: mirror(LIGHT.amber),
  blue: mirror(LIGHT.blue),
  green: mirror(LIGHT.green),
}

export const WHITE = { light: "#ffffff", dark: "#0b1222" } as const

export type Mode = "light" | "dark"

/** The hex a class such as `text-slate-500` (or `bg-white`) resolves to in one theme. */
export function colorOf(mode: Mode, family: Family | "white", shade: Shade = 500): string {
  if (family === "white") return WHITE[mode]
  return (mode === "dark" ? DARK : LIGHT)[family][shade]
}

const FAMILIES: Family[] = ["slate", "red", "amber", "blue", "green"]

function rgbTriplet(hex: string): string {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(" ")
}

function declarations(mode: Mode): string {
  const lines = [`--c-white:${rgbTriplet(WHITE[mode])};`]
  for (const family of FAMILIES) for (const shade of SHADES) lines.push(`--c-${family}-${shade}:${rgbTriplet(colorOf(mode, family, shade))};`)
  return lines.join("")
}

/** The stylesheet that defines every variable: light by default, dark under `[data-theme=dark]`. */
export function themeCss(): string {
  return `:root{color-scheme:light;${declarations("light")}}:root[data-theme=dark]{color-scheme:dark;${declarations("dark")}}`
}

const variable = (name: string) => `rgb(var(--c-${name}) / %alpha)`

/** UnoCSS theme colors that read the variables (opacity modifiers such as `/40` keep working). */
export function themeColors(): Record<string, string | Record<string, string>> {
  const colors: Record<string, string | Record<string, string>> = { white: variable("white"), night: { ...LIGHT.slate }, snow: "#ffffff" }
  for (const family of FAMILIES) colors[family] = Object.fromEntries(SHADES.map((shade) => [String(shade), variable(`${family}-${shade}`)]))
  return colors
}
