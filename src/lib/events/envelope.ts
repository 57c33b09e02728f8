/** Opens one `/global/event` payload: `{directory, project, payload}` for a directory's events, `{payload}` for the server's own. */
import { isRecord } from "../guards"

/** `directory` is undefined for server-wide events (`server.connected`, heartbeats) and `"global"` ones. */
export type Envelope = { directory: string | undefined; payload: unknown }

export function openEnvelope(raw: unknown): Envelope | undefined {
  if (!isRecord(raw) || !isRecord(raw.payload)) return undefined
  const directory = typeof raw.directory === "string" && raw.directory !== "global" ? raw.directory : undefined
  return { directory, payload: raw.payload }
}
