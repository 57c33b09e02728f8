import { currentProject, disposeInstance, isListableDirectory, serverPaths } from "../../api/projects"
import { PortalError } from "../../api/errors"
import { parseDirectoryInput } from "../../lib/directory/directory-input"
import type { Connection } from "../../api/connection"
import { errorText } from "../../lib/error-text"

export type DirectoryCheck = { ok: true; directory: string } | { ok: false; error: string }

/**
 * Decides whether a typed path is a directory the server can work in. The server accepts any
 * string (a missing path becomes an empty "global" instance), so outside a git project the path
 * is listed to prove it exists; an instance booted for a bad path is disposed again.
 */
export async function checkDirectory(connection: Connection, raw: string): Promise<DirectoryCheck> {
  const input = parseDirectoryInput(raw)
  if (!input.ok) return input
  const name = connection.server().name
  const scope = connection.at(input.directory)
  const notUsable = async (why: string): Promise<DirectoryCheck> => {
    await disposeInstance(scope).catch(() => undefined)
    return { ok: false, error: `“${input.directory}” is not a usable directory on ${name}: ${why}` }
  }
  try {
    const where = await serverPaths(scope)
    const project = await currentProject(scope)
    if (project.worktree === "/" && !(await isListableDirectory(scope))) return notUsable("it does not exist or is not a directory.")
    return { ok: true, directory: where.directory }
  } catch (err) {
    if (err instanceof PortalError && err.status === 500) return notUsable("the server could not open it (is it a file?).")
    return { ok: false, error: errorText(err) }
  }
}
