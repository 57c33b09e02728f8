/**
 * WebSocket addresses for a server given by its http(s) URL. A base path (a server behind a
 * reverse proxy at `/opencode`) is kept; query and hash of the server URL are dropped.
 *
 * @example toWebSocketUrl("https://box.ts.net/opencode") // "wss://box.ts.net/opencode"
 */
export function toWebSocketUrl(httpUrl: string): string {
  const url = new URL(httpUrl)
  if (url.protocol === "http:") url.protocol = "ws:"
  else if (url.protocol === "https:") url.protocol = "wss:"
  else throw new Error(`Only http:// and https:// servers have a WebSocket address (got ${url.protocol}).`)
  url.search = ""
  url.hash = ""
  return url.toString().replace(/\/+$/, "")
}

export type PtySocketParams = {
  /** Single-use; it carries the auth, so no password ever goes into this URL. */
  ticket: string
  directory: string
  /** Replay output from this position (UTF-16 units); omitted replays everything the server kept. */
  cursor?: number
}

/** `ws(s)://host[/base]/pty/<id>/connect?ticket=…&directory=…[&cursor=N]` */
export function ptySocketUrl(serverUrl: string, ptyId: string, params: PtySocketParams): string {
  const query = new URLSearchParams({ ticket: params.ticket, directory: params.directory })
  if (params.cursor !== undefined) query.set("cursor", String(params.cursor))
  return `${toWebSocketUrl(serverUrl)}/pty/${encodeURIComponent(ptyId)}/connect?${query.toString()}`
}
