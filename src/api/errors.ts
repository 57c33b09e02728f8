/** Turns anything a request can throw or return into a typed error a person can act on. */
import { isRecord } from "../lib/guards"

export type PortalErrorKind = "unreachable" | "unauthorized" | "not-found" | "http" | "aborted" | "timeout" | "not-opencode" | "unknown"

export class PortalError extends Error {
  override readonly name = "PortalError"
  constructor(
    readonly kind: PortalErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message)
  }
}

/** Reads a message from either server error family: `{name, data:{message}}` or `{_tag, message}`. */
export function serverMessage(body: unknown): string | undefined {
  if (!isRecord(body)) return undefined
  if (isRecord(body.data) && typeof body.data.message === "string") return body.data.message
  if (typeof body.message === "string") return body.message
  if (typeof body._tag === "string") return body._tag
  if (typeof body.name === "string") return body.name
  return undefined
}

/** Server messages often end in a period already; ours add one. */
function clause(text: string | undefined): string | undefined {
  return text?.replace(/[.\s]+$/, "") || undefined
}

/** `action` names what was being done, e.g. "list sessions on Alpha". */
export function toPortalError(err: unknown, action: string, status?: number): PortalError {
  if (err instanceof PortalError) return err
  if (err instanceof DOMException && err.name === "TimeoutError") return new PortalError("timeout", `Could not ${action}: the server did not answer in time.`)
  if (err instanceof DOMException && err.name === "AbortError") return new PortalError("aborted", `Stopped: ${action}.`)
  if (status === 401) return new PortalError("unauthorized", `Could not ${action}: unauthorized (wrong or missing password).`, 401)
  if (status === 404) return new PortalError("not-found", `Could not ${action}: ${clause(serverMessage(err)) ?? "not found"}.`, 404)
  if (status !== undefined) return new PortalError("http", `Could not ${action}: ${clause(serverMessage(err)) ?? `HTTP ${status}`}.`, status)
  if (err instanceof TypeError) return new PortalError("unreachable", `Could not ${action}: the server is unreachable (offline, or blocked by CORS).`)
  if (err instanceof Error && /text\/html/.test(err.message)) return new PortalError("not-opencode", `Could not ${action}: the server answered with a web page, not the OpenCode API.`)
  const message = clause(err instanceof Error ? err.message : serverMessage(err))
  return new PortalError("unknown", `Could not ${action}: ${message ?? "unexpected error"}.`)
}

type SdkResult<T> = { data?: T; error?: unknown; response?: Response }

/** Unwraps an SDK call: data on success, a PortalError otherwise (never an error typed as data). */
export async function unwrap<T>(call: Promise<SdkResult<T>>, action: string): Promise<T> {
  let result: SdkResult<T>
  try {
    result = await call
  } catch (err) {
    throw toPortalError(err, action)
  }
  const status = result.response?.status
  if (result.error !== undefined || (status !== undefined && status >= 400)) throw toPortalError(result.error ?? {}, action, status)
  if (result.data === undefined) throw new PortalError("unknown", `Could not ${action}: the server sent no data.`)
  return result.data
}
