/** The state of one live event stream, and how it reads to a person. */
export type StreamState =
  | { kind: "connecting" }
  | { kind: "live" }
  /** `retryAt` is a Date.now() time; `error` says why the last connection ended. */
  | { kind: "reconnecting" | "offline"; attempt: number; retryAt: number; error?: string }

/** Always starts with "Live", "Reconnecting" or "Offline" (the accessible contract). */
export function streamLabel(state: StreamState, now: number): string {
  switch (state.kind) {
    case "live":
      return "Live"
    case "connecting":
      return "Offline: connecting…"
    case "reconnecting":
      return "Reconnecting…"
    case "offline": {
      const seconds = Math.max(0, Math.ceil((state.retryAt - now) / 1000))
      return seconds > 0 ? `Offline: retrying in ${seconds} s` : "Offline: retrying…"
    }
  }
}
