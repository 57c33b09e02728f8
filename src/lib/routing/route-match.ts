/**
 * How many leading path segments a route pattern of the router's kind ("/s/:serverId",
 * "/file/*path", "/") takes from `segments`, or undefined when it does not fit them: a literal
 * matches itself, `:name` any one segment, `*name` all that is left.
 */
export function patternPrefix(pattern: string, segments: readonly string[]): number | undefined {
  const parts = pattern.split("/").filter((part) => part !== "")
  for (const [i, part] of parts.entries()) {
    if (part.startsWith("*")) return segments.length
    const segment = segments[i]
    if (segment === undefined) return undefined
    if (!part.startsWith(":") && part !== segment) return undefined
  }
  return parts.length
}

/** The segments of a page's path below the app's base ("/portal/" serves the app at /portal). */
export function pathSegments(pathname: string, base: string): string[] {
  const root = base.endsWith("/") ? base : `${base}/`
  const below = pathname.startsWith(root) ? pathname.slice(root.length) : pathname
  return below.split("/").filter((segment) => segment !== "")
}

/** The pages that call servers from their first render: every server's (/s/…), "All servers" and the panes. */
const CALLING_PAGES = new Set(["s", "all", "panes"])

/** Whether the page at `segments` talks to servers at once (so its API code should load with the page's). */
export function callsServersAtOnce(segments: readonly string[]): boolean {
  return segments[0] !== undefined && CALLING_PAGES.has(segments[0])
}
