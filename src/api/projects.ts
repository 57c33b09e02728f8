/** Projects and directories a server knows: the project list, where a directory resolves, instance disposal. */
import type { Project, ServerPaths } from "../lib/model"
import { onServer, type Connection, type Scope } from "./connection"
import { PortalError, unwrap } from "./errors"

type Opts = { signal?: AbortSignal }

/** Every project the server has seen (git repos and the "global" one), as `GET /project` returns them. */
export async function listProjects(connection: Connection, opts: Opts = {}): Promise<Project[]> {
  return unwrap((await connection.client()).project.list({}, { signal: opts.signal }), onServer(connection, "list projects"))
}

/** The project the directory belongs to (`global` with worktree "/" when it is not in one). */
export async function currentProject(scope: Scope, opts: Opts = {}): Promise<Project> {
  return unwrap((await scope.client()).project.current({}, { signal: opts.signal }), onServer(scope, "read the project"))
}

/** Where a directory resolves; for the whole server, the server's own working directory. */
export async function serverPaths(target: Connection | Scope, opts: Opts = {}): Promise<ServerPaths> {
  return unwrap((await target.client()).path.get({}, { signal: opts.signal }), onServer(target, "read paths"))
}

/** Frees the server-side instance of the directory; its sessions stay, the next request boots it again. */
export async function disposeInstance(scope: Scope): Promise<void> {
  await unwrap((await scope.client()).instance.dispose(), onServer(scope, "close the directory"))
}

/**
 * Whether the directory exists as a directory: the server boots an instance for any string, but
 * listing a path that is not there fails with a 500.
 */
export async function isListableDirectory(scope: Scope): Promise<boolean> {
  try {
    await unwrap((await scope.client()).file.list({ path: "." }), onServer(scope, "list the directory"))
    return true
  } catch (err) {
    if (err instanceof PortalError && err.status === 500) return false
    throw err
  }
}
