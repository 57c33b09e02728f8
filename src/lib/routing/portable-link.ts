import { isColor } from "../registry/server"
import { normalizeServerUrl } from "../registry/url"

/**
 * A portable link is a deep link plus who the server is (`url`, `name`, `color`), so a browser
 * that has never seen the server can offer to add it. It never carries a password.
 */
export type LinkedServer = { url: string; name?: string; color?: string }

const KEYS = ["url", "name", "color"] as const

/** The current page's URL with the server's identity added to its query. */
export function portableLink(pageUrl: string, server: { url: string; name: string; color: string }): string {
  const link = new URL(pageUrl)
  link.hash = ""
  link.searchParams.set("url", server.url)
  link.searchParams.set("name", server.name)
  link.searchParams.set("color", server.color)
  return link.toString()
}

/** The server a link names, when its URL is valid; a bad name or color is left out, not fatal. */
export function readLinkedServer(search: string): LinkedServer | undefined {
  const query = new URLSearchParams(search)
  const url = normalizeServerUrl(query.get("url") ?? "")
  if (!url.ok) return undefined
  const name = query.get("name")?.trim().slice(0, 80)
  const color = query.get("color") ?? undefined
  return { url: url.url, ...(name ? { name } : {}), ...(isColor(color) ? { color: color.toLowerCase() } : {}) }
}

export function hasLinkedServer(search: string): boolean {
  const query = new URLSearchParams(search)
  return KEYS.some((key) => query.has(key))
}

/** `search` without the portable-link keys ("" or "?rest"), so the address bar stays short. */
export function withoutLinkedServer(search: string): string {
  const query = new URLSearchParams(search)
  for (const key of KEYS) query.delete(key)
  const rest = query.toString()
  return rest ? `?${rest}` : ""
}

/**
 * Where "Add this server" goes: the add form prefilled with the linked server, and `then` (the
 * view the link pointed at) to open once it is saved.
 */
export function addServerHref(serversPath: string, serverId: string, linked: LinkedServer, then: string): string {
  const query = new URLSearchParams({ add: linked.url, id: serverId, ...(linked.name ? { name: linked.name } : {}), ...(linked.color ? { color: linked.color } : {}), then })
  return `${serversPath}?${query.toString()}`
}

/** What the add form reads from `/servers?add=…`; `then` only if it is a view of that very server. */
export function readAddRequest(search: string, serverPath: (id: string) => string): { initial: LinkedServer & { id?: string }; then?: string } | undefined {
  const query = new URLSearchParams(search)
  const url = query.get("add")
  if (!url) return undefined
  const id = query.get("id") ?? undefined
  const name = query.get("name")?.trim() || id
  const color = query.get("color") ?? undefined
  const then = query.get("then") ?? undefined
  const base = id ? serverPath(id) : undefined
  const safeThen = base && then && (then === base || then.startsWith(`${base}/`) || then.startsWith(`${base}?`)) ? then : undefined
  return {
    initial: { url, ...(id ? { id } : {}), ...(name ? { name } : {}), ...(isColor(color) ? { color } : {}) },
    ...(safeThen ? { then: safeThen } : {}),
  }
}
