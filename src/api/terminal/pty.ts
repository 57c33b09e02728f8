/** Owns the PTY REST calls of one directory: list, create, rename, resize, remove, and tickets. */
import type { Pty } from "@opencode-ai/sdk/v2/client"
import { anySignal } from "../../lib/any-signal"
import { isRecord } from "../../lib/guards"
import { onServer, type Scope } from "../connection"
import { PortalError, unwrap } from "../errors"

export type { Pty }
export type PtySize = { rows: number; cols: number }

/** A ticket is asked for right before each connect; a server that sits on it is treated as down. */
const TICKET_TIMEOUT_MS = 10_000

export async function listPtys(scope: Scope, signal?: AbortSignal): Promise<Pty[]> {
  return unwrap((await scope.client()).pty.list({}, { signal }), onServer(scope, "list terminals"))
}

/** The shell starts in the scope's directory, and the PTY belongs to that directory's instance. */
export async function createPty(scope: Scope, title: string): Promise<Pty> {
  return unwrap((await scope.client()).pty.create({ cwd: scope.directory, title }), onServer(scope, "open a terminal"))
}

export async function renamePty(scope: Scope, id: string, title: string): Promise<Pty> {
  return unwrap((await scope.client()).pty.update({ ptyID: id, title }), onServer(scope, "rename the terminal"))
}

export async function resizePty(scope: Scope, id: string, size: PtySize): Promise<Pty> {
  return unwrap((await scope.client()).pty.update({ ptyID: id, size }), onServer(scope, "resize the terminal"))
}

/** Ends the shell and everything running in it; attached sockets close with code 1000. */
export async function removePty(scope: Scope, id: string): Promise<void> {
  await unwrap((await scope.client()).pty.remove({ ptyID: id }), onServer(scope, "close the terminal"))
}

/**
 * A single-use WebSocket ticket. The server demands the `x-opencode-ticket` header (403 without
 * it); the request itself carries the client's auth, and the ticket stands in for it on the socket,
 * so no password ever appears in a URL.
 */
export async function ptyTicket(scope: Scope, id: string, signal?: AbortSignal): Promise<string> {
  const timeout = AbortSignal.timeout(TICKET_TIMEOUT_MS)
  const body: unknown = await unwrap(
    (await scope.client()).pty.connectToken({ ptyID: id }, { headers: { "x-opencode-ticket": "1" }, signal: signal ? anySignal([signal, timeout]) : timeout }),
    onServer(scope, "connect the terminal"),
  )
  if (!isRecord(body) || typeof body.ticket !== "string" || body.ticket === "") {
    throw new PortalError("not-opencode", `Could not ${onServer(scope, "connect the terminal")}: the server sent no ticket.`)
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

/** The calls above bound to one directory. */
export function ptyApi(scope: Scope): PtyApi {
  return {
    list: () => listPtys(scope),
    create: (title) => createPty(scope, title),
    rename: (id, title) => renamePty(scope, id, title),
    resize: (id, size) => resizePty(scope, id, size),
    remove: (id) => removePty(scope, id),
    ticket: (id, signal) => ptyTicket(scope, id, signal),
  }
}
