import { isRecord } from "../guards"

/** The server events a terminal view cares about; the exit code arrives only this way. */
export type PtyEvent =
  | { type: "exited"; id: string; exitCode: number }
  | { type: "deleted"; id: string }
  | { type: "updated"; id: string; title: string }

/** Narrows one parsed SSE payload; anything else (other events, junk) gives undefined. */
export function parsePtyEvent(event: unknown): PtyEvent | undefined {
  if (!isRecord(event) || !isRecord(event.properties)) return undefined
  const props = event.properties
  switch (event.type) {
    case "pty.exited":
      return typeof props.id === "string" && typeof props.exitCode === "number" && Number.isInteger(props.exitCode)
        ? { type: "exited", id: props.id, exitCode: props.exitCode }
        : undefined
    case "pty.deleted":
      return typeof props.id === "string" ? { type: "deleted", id: props.id } : undefined
    case "pty.updated": {
      const info = props.info
      return isRecord(info) && typeof info.id === "string" && typeof info.title === "string" ? { type: "updated", id: info.id, title: info.title } : undefined
    }
    default:
      return undefined
  }
}
