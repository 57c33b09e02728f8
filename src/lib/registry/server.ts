/** A registered OpenCode server. Passwords never live here: see storage/credentials. */
export type ServerEntry = {
  /** Readable, unique slug used in URLs (`project-alpha`). */
  id: string
  name: string
  /** Normalized origin + optional path, no trailing slash. */
  url: string
  /** `#rrggbb`; identifies the server beside its name, never alone. */
  color: string
  /** Basic-auth user; the server's default is `opencode`. */
  username?: string
  /** Free-text heading the server is listed under (dev, staging, prod); absent means ungrouped. */
  group?: string
}

export const DEFAULT_USERNAME = "opencode"

export const PALETTE = ["#2563eb", "#16a34a", "#db2777", "#ea580c", "#7c3aed", "#0891b2", "#ca8a04", "#dc2626"] as const

const HEX_COLOR = /^#[0-9a-f]{6}$/i

export function isColor(value: unknown): value is string {
  return typeof value === "string" && HEX_COLOR.test(value)
}

/** Picks the first palette color not yet in use, cycling when all are taken. */
export function nextColor(taken: readonly string[]): string {
  const used = new Set(taken.map((c) => c.toLowerCase()))
  const free = PALETTE.find((c) => !used.has(c))
  return free ?? PALETTE[taken.length % PALETTE.length] ?? PALETTE[0]
}
