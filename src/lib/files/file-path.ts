/**
 * File deep links: `/s/<server>/d/<dir>/file/<path>`. Each path segment is percent-encoded on its
 * own, so `/` stays a readable separator while spaces, `#`, `?`, `%` and non-ASCII names survive
 * the round trip through the address bar.
 */

/** `src/a b#1.ts` → `src/a%20b%231.ts`. */
export function encodeFilePath(path: string): string {
  return splitPath(path).map(encodeURIComponent).join("/")
}

/** The inverse of {@link encodeFilePath}; undefined for a malformed escape such as `%zz`. */
export function decodeFilePath(raw: string): string | undefined {
  try {
    return splitPath(raw).map(decodeURIComponent).join("/")
  } catch {
    return undefined
  }
}

function splitPath(path: string): string[] {
  return path.split("/").filter((segment) => segment !== "")
}

/**
 * Whether a relative path stays inside the project. The server refuses the rest with a bare 500,
 * so the portal says why before asking.
 */
export function isInsideProject(path: string): boolean {
  if (path.startsWith("/") || path.startsWith("\\") || /^[a-zA-Z]:/.test(path)) return false
  return !path.split(/[/\\]/).some((segment) => segment === "..")
}

/** The last segment: `src/deep/d.ts` → `d.ts`. */
export function baseName(path: string): string {
  return splitPath(path).at(-1) ?? ""
}

/** The folder holding `path`: `src/deep/d.ts` → `src/deep`; top-level entries → `""`. */
export function parentPath(path: string): string {
  return splitPath(path).slice(0, -1).join("/")
}

/** Every folder above `path`, outermost first: `a/b/c.ts` → `["a", "a/b"]`. */
export function ancestors(path: string): string[] {
  const parts = splitPath(path)
  return parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join("/"))
}
