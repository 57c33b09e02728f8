/** The human message of anything thrown: Errors, DOMExceptions (any realm) and `{message}` objects. */
export function errorText(err: unknown): string {
  if (typeof err === "object" && err !== null && "message" in err && typeof err.message === "string" && err.message !== "") return err.message
  return String(err)
}
