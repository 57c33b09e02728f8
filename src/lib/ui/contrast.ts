/** WCAG 2.1 contrast between colors given as `#rrggbb`; AA asks 4.5:1 for body text. */
export const AA_TEXT = 4.5

export function parseHex(hex: string): [number, number, number] | undefined {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex.trim())
  if (!match) return undefined
  return [parseInt(match[1] ?? "0", 16), parseInt(match[2] ?? "0", 16), parseInt(match[3] ?? "0", 16)]
}

function channel(value: number): number {
  const c = value / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}

/** Relative luminance, 0 (black) to 1 (white); an unreadable color counts as black. */
export function luminance(hex: string): number {
  const rgb = parseHex(hex)
  if (!rgb) return 0
  const [r, g, b] = rgb.map(channel)
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0)
}

/** The contrast ratio, 1 to 21, whichever color is lighter. */
export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x)
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05)
}

/**
 * The text color for a chip filled with a server's own color: near-black or white, whichever
 * contrasts more, so any color a person picks stays readable in either theme.
 *
 * @example readableTextOn("#2563eb") // "#ffffff"
 */
export function readableTextOn(background: string): "#0f172a" | "#ffffff" {
  return contrastRatio(background, "#0f172a") >= contrastRatio(background, "#ffffff") ? "#0f172a" : "#ffffff"
}
