/** Reading one directory's files: folder listings, file contents and file-name search. */
import type { FileContent } from "@opencode-ai/sdk/v2/client"
import { isInsideProject, parentPath } from "../lib/files/file-path"
import { rankMatches } from "../lib/files/search"
import { toEntries, type TreeEntry } from "../lib/files/tree"
import { onServer, type Scope } from "./connection"
import { PortalError, unwrap } from "./errors"

export type { FileContent }

/** Folder `path` (`""` is the project root) as sorted entries. */
export async function listFolder(scope: Scope, path: string, signal?: AbortSignal): Promise<TreeEntry[]> {
  const nodes = await unwrap((await scope.client()).file.list({ path: path || "." }, { signal }), onServer(scope, `list ${path || "the project folder"}`))
  return toEntries(nodes)
}

/**
 * The content of file `path`. The server answers a missing file with empty text and a folder, an
 * escaping path or an unreadable file with a bare 500, so both cases are checked against the
 * parent folder's listing to say which it was.
 */
export async function readFile(scope: Scope, path: string, signal?: AbortSignal): Promise<FileContent> {
  const action = onServer(scope, `open ${path}`)
  if (!isInsideProject(path)) throw new PortalError("not-found", `Could not ${action}: the path is outside the project.`)
  let content: FileContent
  try {
    content = await unwrap((await scope.client()).file.read({ path }, { signal }), action)
  } catch (err) {
    if (!(err instanceof PortalError) || err.status !== 500) throw err
    throw (await explainMissing(scope, path, action, signal)) ?? err
  }
  if (content.type === "text" && content.content === "") {
    const missing = await explainMissing(scope, path, action, signal)
    if (missing) throw missing
  }
  return content
}

async function explainMissing(scope: Scope, path: string, action: string, signal?: AbortSignal): Promise<PortalError | undefined> {
  const listing = await (await scope.client()).file.list({ path: parentPath(path) || "." }, { signal }).catch(() => undefined)
  if (signal?.aborted || listing === undefined) return undefined
  // A parent folder that cannot be listed (500) is as gone as the file; other failures explain nothing.
  if (listing.data === undefined && listing.response?.status !== 500) return undefined
  const entry = listing.data?.find((node) => node.path.replace(/\/+$/, "") === path)
  if (entry?.type === "directory") return new PortalError("not-found", `Could not ${action}: it is a folder, not a file.`)
  if (entry) return undefined
  return new PortalError("not-found", `Could not ${action}: the file does not exist (it may have been deleted or renamed).`, 404)
}

/** Files whose path matches `query`, best first. Folders are left out. */
export async function findFiles(scope: Scope, query: string, signal?: AbortSignal): Promise<string[]> {
  const found = await unwrap((await scope.client()).find.files({ query, type: "file", limit: 50 }, { signal }), onServer(scope, "search files"))
  return rankMatches(query, found.filter((path) => path !== "/" && !path.endsWith("/")))
}
