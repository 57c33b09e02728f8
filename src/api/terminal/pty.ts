/** Owns the PTY REST calls of one directory: list, create, rename, resize, remove, and tickets. */
import type { Pty } from "@opencode-ai/sdk/v2/client"
import { anySignal } from "../../lib/any-signal"
import { isRecord } from "../../lib/guards"
import type { OpencodeClient } from "../client"
import { PortalError, unwrap } from "../errors"

export type { Pty }
export type PtySize = { rows: number; cols: number }

/** A ticket is asked for right before each connect; a server that sits on it is treated as down. */
const TICKET_TIMEOUT_MS = 10_000

export function listPtys(client: OpencodeClient, serverName: string, signal?: AbortSignal): Promise<Pty[]> {
  return unwrap(client.pty.list({}, { signal }), `list terminals on ${serverName}`)
}

/** The shell starts in `directory`; the client is already scoped to it, so the PTY belongs there. */
export function createPty(client: OpencodeClient, serverName: string, input: { directory: string; title: string }): Promise<Pty> {
  return unwrap(client.pty.create({ cwd: input.directory, title: input.title }), `open a terminal on ${serverName}`)
}

export function renamePty(client: OpencodeClient, serverName: string, id: string, title: string): Promise<Pty> {
  return unwrap(client.pty.update({ ptyID: id, title }), `rename the terminal on ${serverName}`)
}

export function resizePty(client: OpencodeClient, serverName: string, id: string, size: PtySize): Promise<Pty> {
  return unwrap(client.pty.update({ ptyID: id, size }), `resize the terminal on ${serverName}`)
}

/** Ends the shell and everything running in it; attached sockets close with code 1000. */
export async function removePty(client: OpencodeClient, serverName: string, id: string): Promise<void> {
  await unwrap(client.pty.remove({ ptyID: id }), `close the terminal on ${serverName}`)
}

/**
 * A single-use WebSocket ticket. The server demands the `x-opencode-ticket` header (403 without
 * it); the request itself carries the client's auth, and the ticket stands in for it on the socket,
 * so no password ever appears in a URL.
 */
export async function ptyTicket(client: OpencodeClient, serverName: string, id: string, signal?: AbortSignal): Promise<string> {
  const timeout = AbortSignal.timeout(TICKET_TIMEOUT_MS)
  const body: unknown = await unwrap(
    client.pty.connectToken({ ptyID: id }, { headers: { "x-opencode-ticket": "1" }, signal: signal ? anySignal([signal, timeout]) : timeout }),
    `connect the terminal on ${serverName}`,
  )
  if (!isRecord(body) || typeof body.ticket !== "string" || body.ticket === "") {
    throw new PortalError("not-opencode", `Could not connect the terminal on ${serverName}: the server sent no ticket.`)
  }
  return body.ticket
}

export type PtyApi = {
  list(): Promise<Pty[]>
  create(title: string): Promise<Pty>
  rename(id: string, title: string): Promise<Pty>
  resize(id: string, size: PtySize): Promise<Pty>
  remove(id: string): Promise<void>
  ticket(id: string, signal?: AbortSignal): Promise<string>
}

/** The calls above bound to one directory; `client` is read per call, so a new password applies at once. */
export function ptyApi(client: () => OpencodeClient, serverName: () => string, directory: string): PtyApi {
  return {
    list: () => listPtys(client(), serverName()),
    create: (title) => createPty(client(), serverName(), { directory, title }),
    rename: (id, title) => renamePty(client(), serverName(), id, title),
    resize: (id, size) => resizePty(client(), serverName(), id, size),
    remove: (id) => removePty(client(), serverName(), id),
    ticket: (id, signal) => ptyTicket(client(), serverName(), id, signal),
  }
}
