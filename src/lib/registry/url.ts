export type UrlResult = { ok: true; url: string } | { ok: false; error: string }

/** Loopback names browsers treat as trustworthy: `localhost` and its subdomains, 127.0.0.0/8, `[::1]`. */
const LOOPBACK = /^(?:(?:.+\.)?localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])$/

/**
 * Normalizes what a person types as a server address: adds `http://` when the scheme is missing,
 * drops the trailing slash, query and hash. Only http(s) is accepted.
 *
 * @example normalizeServerUrl("localhost:4001/") // { ok: true, url: "http://localhost:4001" }
 */
export function normalizeServerUrl(input: string): UrlResult {
  const raw = input.trim()
  if (!raw) return { ok: false, error: "URL is required." }
  const hasScheme = /^[a-z][a-z0-9+.-]*:/i.test(raw) && !/^[^/:]+:\d+(\/|$)/.test(raw)
  let parsed: URL
  // Browsers percent-encode what a host may not hold ("not a url" became http://not%20a%20url),
  // where Node throws: refuse it before parsing, and anything encoded after, so both agree.
  if (/\s/.test(raw)) return { ok: false, error: `"${raw}" is not a valid URL.` }
  try {
    parsed = new URL(hasScheme ? raw : `http://${raw}`)
  } catch {
    return { ok: false, error: `"${raw}" is not a valid URL.` }
  }
  if (parsed.hostname.includes("%")) return { ok: false, error: `"${raw}" is not a valid URL.` }
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    return { ok: false, error: `Only http:// and https:// URLs are allowed (got ${parsed.protocol}).` }
  }
  if (!parsed.hostname) return { ok: false, error: `"${raw}" has no host.` }
  if (parsed.username || parsed.password) {
    return { ok: false, error: "Put the username and password in their own fields, not in the URL." }
  }
  const path = parsed.pathname.replace(/\/+$/, "")
  return { ok: true, url: `${parsed.protocol}//${parsed.host}${path}` }
}

export function isLocalHost(url: string): boolean {
  try {
    return LOOPBACK.test(new URL(url).hostname)
  } catch {
    return false
  }
}

/** An https page may not call a plain-http server, except on loopback (browsers allow that). */
export function isMixedContent(pageOrigin: string, serverUrl: string): boolean {
  return pageOrigin.startsWith("https:") && serverUrl.startsWith("http:") && !isLocalHost(serverUrl)
}

/** Compares server URLs the way duplicates should be judged: case-insensitive host, same path. */
export function sameServerUrl(a: string, b: string): boolean {
  return comparable(a) === comparable(b)
}

function comparable(url: string): string {
  const [, origin = url, path = ""] = /^([^/]*\/\/[^/]*)(.*)$/.exec(url) ?? []
  return `${origin.toLowerCase()}${path}`
}
