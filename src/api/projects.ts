/** Projects and directories a server knows: the project list, where a directory resolves, instance disposal. */
import type { Project, ServerPaths } from "../lib/model"
import type { OpencodeClient } from "./client"
import { PortalError, unwrap } from "./errors"

type Opts = { signal?: AbortSignal }

/** Every project the server has seen (git repos and the "global" one), as `GET /project` returns them. */
export function listProjects(client: OpencodeClient, serverName: string, opts: Opts = {}): Promise<Project[]> {
  return unwrap(client.project.list({}, { signal: opts.signal }), `list projects on ${serverName}`)
}

/** The project the client's directory belongs to (`global` with worktree "/" when it is not in one). */
export function currentProject(client: OpencodeClient, serverName: string, opts: Opts = {}): Promise<Project> {
  return unwrap(client.project.current({}, { signal: opts.signal }), `read the project on ${serverName}`)
}

/** Where the client's directory resolves; without a directory, the server's own working directory. */
export function serverPaths(client: OpencodeClient, serverName: string, opts: Opts = {}): Promise<ServerPaths> {
  return unwrap(client.path.get({}, { signal: opts.signal }), `read paths on ${serverName}`)
}

/** Frees the server-side instance of the client's directory; its sessions stay, the next request boots it again. */
export async function disposeInstance(client: OpencodeClient, serverName: string): Promise<void> {
  await unwrap(client.instance.dispose(), `close the directory on ${serverName}`)
}

/**
 * Whether the client's directory exists as a directory: the server boots an instance for any
 * string, but listing a path that is not there fails with a 500.
 */
export async function isListableDirectory(client: OpencodeClient, serverName: string): Promise<boolean> {
  try {
    await unwrap(client.file.list({ path: "." }), `list the directory on ${serverName}`)
    return true
  } catch (err) {
    if (err instanceof PortalError && err.status === 500) return false
    throw err
  }
}
