/**
 * The state of one terminal's connection and the pure parts of its reconnect policy. The socket
 * owner (api/pty-socket.ts) does the I/O; these decide what a drop means and when to try again.
 */
export type LinkState =
  | { kind: "connecting" }
  | { kind: "open" }
  /** The socket dropped; the shell may still run, so the link is being re-established. */
  | { kind: "reconnecting"; attempt: number }
  /** The server did not answer (or refused for now); the link retries on its own. */
  | { kind: "waiting"; reason: string; retryInMs: number }
  /** The shell ended: the server closed the socket normally and the PTY is gone. */
  | { kind: "exited" }
  /** The PTY was not there, e.g. the server restarted or it was closed elsewhere. */
  | { kind: "gone" }
  /** Retrying will not help by itself (origin refused, WebSockets blocked); a person must act. */
  | { kind: "failed"; reason: string }

/** WebSocket close code the server uses when the shell exits (and on DELETE). */
export const NORMAL_CLOSURE = 1000

/** Sockets that never open in a row before the link gives up: a proxy that blocks WebSockets never will. */
export const MAX_FAILED_OPENS = 5

/**
 * Short first steps so a blip heals unnoticed; capped low because a retry is one small request and
 * a person waiting at a terminal should be back within seconds of the server.
 */
const DELAYS_MS = [0, 500, 1000, 2000, 3000]
export const MAX_RETRY_DELAY_MS = 5000

/** Delay before attempt `attempt` (1-based) of a reconnect. */
export function retryDelayMs(attempt: number): number {
  if (attempt < 1) return 0
  return DELAYS_MS[attempt - 1] ?? MAX_RETRY_DELAY_MS
}

/**
 * Where a new socket should start its replay. With a known cursor only the missed output comes;
 * without one, output already on screen would repeat, so the screen is reset for a full replay.
 */
export function replayPlan(cursor: number | undefined, wroteOutput: boolean): { cursor?: number; reset: boolean } {
  if (cursor !== undefined) return { cursor, reset: false }
  return { reset: wroteOutput }
}

/** The PTY is not found: after a normal close that means the shell exited, otherwise it vanished. */
export function endState(lastCloseCode: number | undefined): LinkState {
  return lastCloseCode === NORMAL_CLOSURE ? { kind: "exited" } : { kind: "gone" }
}

/** True once nothing will change without a person acting. */
export function isFinal(state: LinkState): boolean {
  return state.kind === "exited" || state.kind === "gone" || state.kind === "failed"
}
