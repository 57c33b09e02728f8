/** Session reads for a server home. */
import type { Session } from "@opencode-ai/sdk/v2/client"
import type { OpencodeClient } from "./client"
import { unwrap } from "./errors"

export type { Session }

export function listSessions(client: OpencodeClient, serverName: string, signal?: AbortSignal): Promise<Session[]> {
  return unwrap(client.session.list({ roots: true }, { signal }), `list sessions on ${serverName}`)
}
