import { encodeFilePath } from "../files/file-path"

/**
 * Deep links. Directories go into one readable path segment: `/srv/app` → `~srv~app`
 * (a literal `~` is escaped as `%7E`), so `/s/<server>/d/<dir>/session/<id>` stays bookmarkable.
 */
export function encodeDirectory(dir: string): string {
  return encodeURIComponent(dir).replace(/~/g, "%7E").replace(/%2F/gi, "~")
}

export function decodeDirectory(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment.replace(/~/g, "%2F"))
  } catch {
    return undefined
  }
}

export const links = {
  servers: () => "/servers",
  /** The fleet page: every server's waiting requests and sessions. */
  all: () => "/all",
  server: (serverId: string) => `/s/${encodeURIComponent(serverId)}`,
  directory: (serverId: string, dir: string) => `/s/${encodeURIComponent(serverId)}/d/${encodeDirectory(dir)}`,
  session: (serverId: string, dir: string, sessionId: string) =>
    `${links.directory(serverId, dir)}/session/${encodeURIComponent(sessionId)}`,
  /** A link to a server this browser may not know yet; the URL lets the portal offer to add it. */
  serverWithUrl: (serverId: string, url: string) => `${links.server(serverId)}?url=${encodeURIComponent(url)}`,
  /** The server list with the add form open and filled in; nothing is added until the person saves. */
  addServer: (serverId: string, url: string) => `/servers?add=${encodeURIComponent(url)}&id=${encodeURIComponent(serverId)}`,
  /** The tree with no file open. */
  files: (serverId: string, dir: string) => `${links.directory(serverId, dir)}/file`,
  file: (serverId: string, dir: string, path: string) => `${links.directory(serverId, dir)}/file/${encodeFilePath(path)}`,
  /** The working-tree diff, or one session's own changes. */
  changes: (serverId: string, dir: string, sessionId?: string) =>
    `${links.directory(serverId, dir)}/changes${sessionId ? `?session=${encodeURIComponent(sessionId)}` : ""}`,
}
