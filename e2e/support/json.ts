// Narrowing helpers for JSON from the server: tests treat responses as unknown until checked.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

/**
 * The JSON body of a 2xx JSON response. Throws with status and body otherwise; opencode answers
 * unknown routes with 200 text/html, so the content type is checked too.
 */
export async function jsonOf(response: Response): Promise<unknown> {
  const text = await response.text()
  const type = response.headers.get("content-type") ?? ""
  if (!response.ok || !type.includes("application/json")) {
    throw new Error(`${response.url}: expected 2xx JSON, got ${response.status} ${type}: ${text.slice(0, 500)}`)
  }
  return JSON.parse(text)
}

/** A string field of a JSON object; throws a readable error when it is missing. */
export function stringField(value: unknown, key: string): string {
  const field = isRecord(value) ? value[key] : undefined
  if (typeof field !== "string") throw new Error(`expected string "${key}" in ${JSON.stringify(value)?.slice(0, 300)}`)
  return field
}

/** The array in a JSON value, or a readable error. */
export function arrayOf(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw new Error(`expected an array, got ${JSON.stringify(value)?.slice(0, 300)}`)
  return value
}
