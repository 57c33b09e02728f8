import { isInsideProject } from "./file-path"

/**
 * The largest file the portal copies: it holds the file in memory a few times over (bytes,
 * base64, the patch) and the servers take a single JSON body for a git patch.
 */
export const MAX_COPY_BYTES = 10 * 1024 * 1024

/** Linux allows 128 KiB per argument; a margin for the rest. */
export const SHELL_ARG_CHARS = 120_000
/** Eight arguments per shell keep one command line near 1 MB, well under the usual 2 MB limit. */
export const SHELL_ARGS_PER_RUN = 8

export type PathCheck = { ok: true; path: string } | { ok: false; error: string }

/** A target path typed by a person: relative, inside the directory, naming a file. */
export function checkTargetPath(input: string): PathCheck {
  const path = input.trim().replace(/^\.\/+/, "")
  if (!path) return { ok: false, error: "Path is required." }
  if (path.endsWith("/")) return { ok: false, error: "Path must name a file, not a folder." }
  if (!isInsideProject(path) || path.split("/").includes(".")) return { ok: false, error: "Path must stay inside the directory (no leading /, no ..)." }
  if (path.split("/").some((s) => s === "")) return { ok: false, error: "Path has an empty folder name (//)." }
  return { ok: true, path }
}

/** `path` relative to the repository's top, for a directory inside that repository; undefined if it is not inside. */
export function repoRelative(worktree: string, directory: string, path: string): string | undefined {
  const top = worktree.replace(/\/+$/, "")
  const dir = directory.replace(/\/+$/, "")
  if (dir === top) return path
  if (top !== "" && dir.startsWith(`${top}/`)) return `${dir.slice(top.length + 1)}/${path}`
  return undefined
}

/** Splits base64 into the argument lists of successive shell runs. */
export function shellBatches(base64: string, argChars = SHELL_ARG_CHARS, perRun = SHELL_ARGS_PER_RUN): string[][] {
  const args: string[] = []
  for (let i = 0; i < base64.length; i += argChars) args.push(base64.slice(i, i + argChars))
  if (args.length === 0) args.push("")
  const runs: string[][] = []
  for (let i = 0; i < args.length; i += perRun) runs.push(args.slice(i, i + perRun))
  return runs
}

/** A hidden name beside the target, so the final rename stays on one file system (and is atomic). */
export function tempPathFor(path: string, token: string): string {
  const slash = path.lastIndexOf("/")
  return `${path.slice(0, slash + 1)}.${path.slice(slash + 1)}.portal-copy-${token}`
}

// The shell scripts a PTY runs: `sh -c SCRIPT sh ARGS...`. OpenCode appends "-l" to every
// PTY's arguments, which base64 never contains, so the loop skips it.
/** Writes (first run) or appends the base64 arguments, decoded, to the temp file `$1`. */
export function writeScript(first: boolean): string {
  const open = first ? 'mkdir -p -- "$(dirname -- "$t")" && : > "$t"' : '[ -f "$t" ]'
  return `t="$1"; shift; ${open} || exit 1; for c do [ "$c" = -l ] || printf %s "$c"; done | base64 -d >> "$t" || { rm -f -- "$t"; exit 1; }`
}

/**
 * Moves the temp file `$1` to `$2`. A new file is hard-linked (fails if `$2` appeared meanwhile;
 * `mv -n` where links are not allowed), so nothing is ever overwritten unasked.
 */
export function publishScript(overwrite: boolean): string {
  return overwrite ? 'mv -f -- "$1" "$2"' : 'ln -- "$1" "$2" 2>/dev/null || mv -n -- "$1" "$2"; rm -f -- "$1"'
}

export const CLEANUP_SCRIPT = 'rm -f -- "$1"'

const STEP_SPAN = { read: [0, 10], check: [10, 15], write: [15, 90], verify: [90, 100] } as const

/** Overall percent for a step and how far into it the copy is. */
export function copyPercent(step: keyof typeof STEP_SPAN, done: number, total: number): number {
  const [from, to] = STEP_SPAN[step]
  const part = total > 0 ? Math.min(1, Math.max(0, done / total)) : 0
  return Math.round(from + (to - from) * part)
}
