import { isRecord } from "../guards"

/**
 * The session whose own changes an event may have changed, if any: the server sends `session.diff`
 * when it recomputes them, a `patch` part when a step edited files, and the user message again
 * once the turn's `summary.diffs` are filled in.
 */
export function sessionWithNewChanges(payload: unknown): string | undefined {
  const event = isRecord(payload) && isRecord(payload.payload) ? payload.payload : payload
  if (!isRecord(event) || !isRecord(event.properties)) return undefined
  const p = event.properties
  const id = (value: unknown) => (isRecord(value) && typeof value.sessionID === "string" ? value.sessionID : undefined)
  switch (event.type) {
    case "session.diff":
      return id(p)
    case "message.updated":
      return isRecord(p.info) && p.info.role === "user" ? id(p.info) : undefined
    case "message.part.updated":
      return isRecord(p.part) && p.part.type === "patch" ? id(p.part) : undefined
    default:
      return undefined
  }
}
