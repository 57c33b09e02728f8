import { decodeFilePath, encodeFilePath } from "../files/file-path"
import { decodeDirectory, encodeDirectory, links } from "./links"

/**
 * Side-by-side layouts in the URL: `/panes?pane=<pane>&pane=<pane>&url=<server>=<address>`. One
 * pane is written like the path of its deep link without `/s/` and `/d/`:
 * `beta/~srv~app/session/ses_1`, `beta/~srv~app/file/src/a.ts`, `beta/~srv~app/changes/ses_1`.
 * The servers' addresses ride along so a browser that lacks a server can offer to add it.
 */

/** More would leave each pane too narrow to read on a laptop screen. */
export const MAX_PANES = 4

/** Changes or a terminal docked beside (or below) a session's chat. */
export type Dock = { show: "changes" | "terminal"; at: "side" | "below" }

export type PaneView =
  | { kind: "sessions" }
  | { kind: "session"; sessionId: string; dock?: Dock }
  | { kind: "files"; path?: string }
  | { kind: "changes"; sessionId?: string }
  | { kind: "terminal" }

export type Pane = { serverId: string; directory: string; view: PaneView }

/** A pane of a layout link, or the text that could not be read (kept, so nothing is lost). */
export type LayoutEntry = { ok: true; pane: Pane } | { ok: false; raw: string; error: string }

export type Layout = { entries: LayoutEntry[]; urls: Record<string, string> }

const VIEWS = "sessions, session, file, changes or terminal"

function decodeDock(segment: string | undefined): Dock | undefined | false {
  if (segment === undefined) return undefined
  const [show, at = "side"] = segment.split("-")
  if ((show !== "changes" && show !== "terminal") || (at !== "side" && at !== "below")) return false
  return { show, at }
}

/** A dock as written in a link (`changes`, `terminal-below`); undefined for none or nonsense. */
export function readDock(text: string | undefined): Dock | undefined {
  return decodeDock(text) || undefined
}

export function encodeDock(dock: Dock): string {
  return dock.at === "below" ? `${dock.show}-below` : dock.show
}

export function encodePane(pane: Pane): string {
  const head = `${encodeURIComponent(pane.serverId)}/${encodeDirectory(pane.directory)}`
  const view = pane.view
  switch (view.kind) {
    case "sessions":
    case "terminal":
      return `${head}/${view.kind}`
    case "session":
      return `${head}/session/${encodeURIComponent(view.sessionId)}${view.dock ? `/${encodeDock(view.dock)}` : ""}`
    case "files":
      return `${head}/file${view.path ? `/${encodeFilePath(view.path)}` : ""}`
    case "changes":
      return `${head}/changes${view.sessionId ? `/${encodeURIComponent(view.sessionId)}` : ""}`
  }
}

function decodePart(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment)
  } catch {
    return undefined
  }
}

function decodeView(kind: string | undefined, rest: string[]): PaneView | string {
  const [first, second, ...more] = rest
  const extra = () => `has more after its ${kind} view than it can read`
  switch (kind) {
    case "sessions":
    case "terminal":
      return first === undefined ? { kind } : extra()
    case "session": {
      const sessionId = first === undefined ? undefined : decodePart(first)
      if (!sessionId) return "names no session"
      const dock = decodeDock(second)
      if (dock === false) return `cannot dock “${second ?? ""}” beside a session (changes, terminal, changes-below or terminal-below)`
      if (more.length > 0) return extra()
      return dock ? { kind, sessionId, dock } : { kind, sessionId }
    }
    case "file": {
      const path = decodeFilePath(rest.join("/"))
      if (path === undefined) return "has a file path with a broken %-escape"
      return path === "" ? { kind: "files" } : { kind: "files", path }
    }
    case "changes": {
      if (first === undefined) return { kind }
      const sessionId = decodePart(first)
      if (!sessionId || second !== undefined) return "names its session's changes in a way that cannot be read"
      return { kind, sessionId }
    }
    default:
      return kind ? `shows “${kind}”, which is not a view (${VIEWS})` : `names no view (${VIEWS})`
  }
}

/** One pane from its text; the error says what is wrong with it. */
export function decodePane(text: string): { ok: true; pane: Pane } | { ok: false; error: string } {
  const [server, dir, kind, ...rest] = text.split("/")
  const serverId = server ? decodePart(server) : undefined
  if (!serverId) return { ok: false, error: "names no server" }
  const directory = dir ? decodeDirectory(dir) : undefined
  if (!directory) return { ok: false, error: "has a directory part that cannot be read" }
  const view = decodeView(kind, rest)
  return typeof view === "string" ? { ok: false, error: view } : { ok: true, pane: { serverId, directory, view } }
}

/** Reads a layout from the query string of a `/panes` link. */
export function decodeLayout(search: string): Layout {
  const query = new URLSearchParams(search)
  const entries = query.getAll("pane").map((raw, i): LayoutEntry => {
    const read = decodePane(raw)
    return read.ok ? read : { ok: false, raw, error: `Pane ${i + 1} of this link ${read.error}: “${raw}”.` }
  })
  const urls: Record<string, string> = {}
  for (const value of query.getAll("url")) {
    const at = value.indexOf("=")
    if (at > 0) urls[value.slice(0, at)] = value.slice(at + 1)
  }
  return { entries, urls }
}

/** The link of a layout; unreadable panes are written back as they came. */
export function layoutHref(layout: Layout): string {
  const params = layout.entries.map((entry) => ["pane", entry.ok ? encodePane(entry.pane) : entry.raw])
  const used = new Set(layout.entries.flatMap((e) => (e.ok ? [e.pane.serverId] : [])))
  for (const [id, url] of Object.entries(layout.urls)) if (used.has(id)) params.push(["url", `${id}=${url}`])
  return `/panes?${params.map(([key, value]) => `${key}=${queryValue(value ?? "")}`).join("&")}`
}

/** A query value with its slashes left readable (they need no escape there). */
const queryValue = (value: string) => encodeURIComponent(value).replace(/%2F/g, "/")

/** The layout with `pane` in place of entry `index`. */
export function replacePane(layout: Layout, index: number, pane: Pane): Layout {
  return { ...layout, entries: layout.entries.map((e, i) => (i === index ? { ok: true, pane } : e)) }
}

/** The layout with `pane` opened after entry `after`; undefined when it already has MAX_PANES. */
export function insertPane(layout: Layout, after: number, pane: Pane): Layout | undefined {
  if (layout.entries.length >= MAX_PANES) return undefined
  const entries = [...layout.entries]
  entries.splice(after + 1, 0, { ok: true, pane })
  return { ...layout, entries }
}

export function removePane(layout: Layout, index: number): Layout {
  return { ...layout, entries: layout.entries.filter((_, i) => i !== index) }
}

/**
 * The pane a full-page link shows (`/s/<server>/d/<dir>/session/<id>?dock=changes`), so "Open
 * side by side" can keep it on screen; undefined for pages that are not one directory's view.
 */
export function paneOfLink(pathname: string, search = ""): Pane | undefined {
  const match = /^\/s\/([^/]+)\/d\/([^/]+)(?:\/(.*))?$/.exec(pathname)
  if (!match?.[1] || !match[2]) return undefined
  const [kind = "sessions", ...rest] = (match[3] ?? "").split("/").filter((s) => s !== "")
  const query = new URLSearchParams(search)
  const extra = kind === "changes" ? [query.get("session") ?? ""] : kind === "session" ? [query.get("dock") ?? ""] : []
  const read = decodePane([match[1], match[2], kind, ...rest, ...extra.filter((s) => s !== "")].join("/"))
  return read.ok ? read.pane : undefined
}

/** The full-page deep link of what a pane shows. */
export function paneLink(pane: Pane): string {
  const { serverId, directory, view } = pane
  switch (view.kind) {
    case "sessions":
      return links.directory(serverId, directory)
    case "session":
      return `${links.session(serverId, directory, view.sessionId)}${view.dock ? `?dock=${encodeDock(view.dock)}` : ""}`
    case "files":
      return view.path ? links.file(serverId, directory, view.path) : links.files(serverId, directory)
    case "changes":
      return links.changes(serverId, directory, view.sessionId)
    case "terminal":
      return `${links.directory(serverId, directory)}/terminal`
  }
}
