/** Exact bytes of files and what stands at a path: the reads a file copy needs on both servers. */
import { encodeFilePath, parentPath } from "../lib/files/file-path"
import { onServer, type Connection, type Scope } from "./connection"
import { PortalError, unwrap } from "./errors"

/**
 * The file's bytes, unchanged. `GET /file/content` trims text (leading and trailing whitespace)
 * and drops a BOM, so copies read `GET /api/fs/read/<path>`, which serves the file as it is.
 */
export async function readFileBytes(scope: Scope, path: string, signal?: AbortSignal): Promise<Uint8Array<ArrayBuffer>> {
  const action = onServer(scope, `read ${path}`)
  // The SDK declares the route as `/api/fs/read/*` and types no path for it; the generated call
  // spreads these options over its own, so `url` puts the file's path in. Bytes, not parsed text.
  const options = { url: `/api/fs/read/${encodeFilePath(path)}`, parseAs: "blob" as const, signal }
  const data = await unwrap((await scope.client()).v2.fs.read({ location: { directory: scope.directory } }, options), action)
  if (!(data instanceof Blob)) throw new PortalError("not-opencode", `Could not ${action}: the server sent no file.`)
  return new Uint8Array(await data.arrayBuffer())
}

export type EntryKind = "missing" | "file" | "folder"

/** Whether `path` names nothing, a file or a folder; a parent folder that is not there means nothing is. */
export async function entryAt(scope: Scope, path: string, signal?: AbortSignal): Promise<EntryKind> {
  const parent = parentPath(path)
  const listing = await (await scope.client()).file.list({ path: parent || "." }, { signal })
  if (listing.response?.status === 500) return "missing"
  const nodes = await unwrap(Promise.resolve(listing), onServer(scope, `look at ${parent || "the directory"}`))
  const entry = nodes.find((node) => node.path.replace(/\/+$/, "") === path)
  return entry ? (entry.type === "directory" ? "folder" : "file") : "missing"
}

export type DirectoryInfo = { git: false } | { git: true; worktree: string }

/** Whether the directory exists on the server, and the repository it belongs to. */
export async function directoryInfo(scope: Scope, signal?: AbortSignal): Promise<DirectoryInfo> {
  const action = onServer(scope, `open ${scope.directory}`)
  const listing = await (await scope.client()).file.list({ path: "." }, { signal })
  if (listing.response?.status === 500) throw new PortalError("not-found", `Could not ${action}: no such directory.`, 404)
  await unwrap(Promise.resolve(listing), action)
  const project = await unwrap((await scope.client()).project.current({}, { signal }), action)
  return project.vcs === "git" && project.worktree !== "/" ? { git: true, worktree: project.worktree } : { git: false }
}

/** The project folders a server knows, for the Directory suggestions. */
export async function projectDirectories(connection: Connection, signal?: AbortSignal): Promise<string[]> {
  const projects = await unwrap((await connection.client()).project.list({}, { signal }), onServer(connection, "list projects"))
  return [...new Set(projects.map((p) => p.worktree).filter((w) => w !== "/"))].sort()
}
