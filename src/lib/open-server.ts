import type { ServerStatus } from "./health"

/**
 * A server is "open" when this portal holds no password for it and it still answered the health
 * check: then it has no password at all, and any web page the user visits can open its terminal
 * (measured: without a password the server checks neither the PTY ticket nor the Origin).
 *
 * @example isOpenServer(credentials.credentialsFor(server), health.status(server.id))
 */
export function isOpenServer(credentials: object | undefined, status: ServerStatus): boolean {
  return credentials === undefined && status.kind === "online"
}

/** How to close the hole, shown next to the warning. */
export const PASSWORD_FIX = "OPENCODE_SERVER_PASSWORD='a-long-random-secret' opencode serve"
