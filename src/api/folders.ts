/** Folders anywhere on a server's machine, for the directory picker's path completion. */
import { onServer, type Connection } from "./connection"
import { unwrap } from "./errors"

/**
 * The folders directly inside absolute `path`. Asked of the server's "/" instance: file listings
 * are confined to the instance's directory, and "/" holds every absolute path (checked against
 * opencode 1.18.33: `GET /file?path=/elsewhere` from the server's own directory answers 500).
 * A missing path is a 500 too; the caller shows no completions then.
 */
export async function listFolders(connection: Connection, path: string, signal?: AbortSignal): Promise<string[]> {
  const nodes = await unwrap((await connection.client("/")).file.list({ path }, { signal }), onServer(connection, `list the folders in ${path}`))
  return nodes.filter((node) => node.type === "directory").map((node) => node.absolute)
}
