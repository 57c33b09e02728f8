import { isRecord } from "../guards"

export type ServerHealth =
  | { kind: "checking" }
  | { kind: "online"; version: string; rttMs: number }
  // A timeout is marked apart from a refused connection: a busy server may still answer its stream.
  | { kind: "offline"; detail: string; timedOut?: true }
  | { kind: "unauthorized" }
  | { kind: "cors"; origin: string }
  | { kind: "mixed" }
  | { kind: "not-opencode"; detail: string }

/** The first words of every status text; tests and screen readers rely on them. */
export const HEALTH_LABEL: Record<ServerHealth["kind"], string> = {
  checking: "Checking",
  online: "Online",
  offline: "Offline",
  unauthorized: "Unauthorized",
  cors: "CORS blocked",
  mixed: "Mixed content",
  "not-opencode": "Not an OpenCode server",
}

export function healthText(status: ServerHealth): string {
  const label = HEALTH_LABEL[status.kind]
  switch (status.kind) {
    case "online":
      return `${label} · v${status.version} · ${status.rttMs} ms`
    case "offline":
    case "not-opencode":
      return `${label}: ${status.detail}`
    case "unauthorized":
      return `${label}: a password is needed (or the one given is wrong)`
    case "cors":
      return `${label}: the server does not allow ${status.origin}`
    case "mixed":
      return `${label}: this https page cannot call a plain-http server`
    case "checking":
      return `${label}…`
  }
}

/**
 * Whether a stream to this server would only fail now: nothing listens there, or a proxy says the
 * server behind it is down. A server that merely did not answer its health check in time is not.
 */
export function refusesConnections(status: ServerHealth): boolean {
  return status.kind === "offline" && status.timedOut !== true
}

/** Whether a read sent now may be answered: a server still being checked may; one found down, locked or blocked will not. */
export function mayAnswer(status: ServerHealth): boolean {
  return status.kind === "checking" || status.kind === "online"
}

/** The exact command that lets this page's origin through a server's CORS check. */
export function corsFix(origin: string): string {
  return `opencode serve --cors ${origin}`
}

/** Reads the body of `GET /global/health`; anything else means the URL is not an OpenCode server. */
export function parseHealth(body: unknown): { version: string } | undefined {
  if (!isRecord(body) || body.healthy !== true) return undefined
  return { version: typeof body.version === "string" ? body.version : "unknown" }
}

/**
 * A server that answers without asking for a password is open to any page the user visits
 * (its PTY socket checks neither ticket nor origin then).
 */
export function isUnsecured(status: ServerHealth, hasPassword: boolean): boolean {
  return status.kind === "online" && !hasPassword
}
