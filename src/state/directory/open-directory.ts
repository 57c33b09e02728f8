import { currentProject, disposeInstance, isListableDirectory, serverPaths } from "../../api/projects"
import { PortalError } from "../../api/errors"
import { parseDirectoryInput } from "../../lib/directory/directory-input"
import type { ActiveServer } from "../connection/active-server"
import { errorText } from "../../lib/error-text"

export type DirectoryCheck = { ok: true; directory: string } | { ok: false; error: string }

/**
 * Decides whether a typed path is a directory the server can work in. The server accepts any
 * string (a missing path becomes an empty "global" instance), so outside a git project the path
 * is listed to prove it exists; an instance booted for a bad path is disposed again.
 */
export async function checkDirectory(active: ActiveServer, raw: string): Promise<DirectoryCheck> {
  const input = parseDirectoryInput(raw)
  if (!input.ok) return input
  const name = active.server().name
  const client = active.client(input.directory)
  const notUsable = async (why: string): Promise<DirectoryCheck> => {
    await disposeInstance(client, name).catch(() => undefined)
    return { ok: false, error: `“${input.directory}” is not a usable directory on ${name}: ${why}` }
  }
  try {
    const where = await serverPaths(client, name)
    const project = await currentProject(client, name)
    if (project.worktree === "/" && !(await isListableDirectory(client, name))) return notUsable("it does not exist or is not a directory.")
    return { ok: true, directory: where.directory }
  } catch (err) {
    if (err instanceof PortalError && err.status === 500) return notUsable("the server could not open it (is it a file?).")
    return { ok: false, error: errorText(err) }
  }
}
