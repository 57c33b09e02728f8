// Shared by the ops tests: runs docker/entrypoint.sh for real and reads the deployment files.
import { spawnSync } from "node:child_process"
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { parse, parseAllDocuments } from "yaml"

export const repoRoot = fileURLToPath(new URL("../..", import.meta.url))
export const entrypoint = join(repoRoot, "docker", "entrypoint.sh")

export function readRepoFile(rel: string): string {
  return readFileSync(join(repoRoot, rel), "utf8")
}

/** One YAML document; `<<` merge keys on, as Docker Compose reads them. */
export function readYaml(rel: string): unknown {
  return parse(readRepoFile(rel), { merge: true })
}

export function readYamlDocs(rel: string): unknown[] {
  return parseAllDocuments(readRepoFile(rel), { merge: true }).map((doc) => {
    if (doc.errors.length > 0) throw new Error(`${rel}: ${doc.errors.map((e) => e.message).join("; ")}`)
    return doc.toJS()
  })
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
}

/** Walks a path of keys and indexes through parsed YAML/JSON; throws with the path on a miss. */
export function at(value: unknown, ...path: (string | number)[]): unknown {
  let current = value
  for (const key of path) {
    if (typeof key === "number" && Array.isArray(current)) current = current[key]
    else if (typeof key === "string" && isRecord(current)) current = current[key]
    else throw new Error(`no ${path.join(".")} (stopped at ${String(key)})`)
    if (current === undefined) throw new Error(`no ${path.join(".")} (missing ${String(key)})`)
  }
  return current
}

export function record(value: unknown, what: string): Record<string, unknown> {
  if (!isRecord(value)) throw new Error(`${what} is not a mapping`)
  return value
}

export function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${what} is not a list`)
  return value
}

export function strings(value: unknown, what: string): string[] {
  return list(value, what).map((item) => {
    if (typeof item !== "string") throw new Error(`${what} holds a non-string: ${JSON.stringify(item)}`)
    return item
  })
}

/** Every value that follows `flag` in an argument list (`--cors a --cors b` → [a, b]). */
export function flagValues(args: readonly string[], flag: string): string[] {
  return args.flatMap((arg, i) => (arg === flag && i + 1 < args.length ? [args[i + 1] ?? ""] : []))
}

/** The OpenCode version the portal is tested against: the pinned opencode-ai devDependency. */
export function pinnedOpencodeVersion(): string {
  const pkg: unknown = JSON.parse(readRepoFile("package.json"))
  const version = at(pkg, "devDependencies", "opencode-ai")
  if (typeof version !== "string" || !/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`opencode-ai is not pinned: ${String(version)}`)
  return version
}

/** The port nginx.conf listens on (the one marked for the tests to rewrite). */
export function nginxListenPort(): number {
  const match = /^\s*listen (\d+); # test: listen$/m.exec(readRepoFile("nginx.conf"))
  if (!match?.[1]) throw new Error("nginx.conf: no `listen <port>; # test: listen` line")
  return Number(match[1])
}

export type Shell = { name: string; command: string; args: string[]; path: string }

const busybox = ["/usr/bin/busybox", "/bin/busybox"].find((p) => existsSync(p))

/**
 * A PATH where awk, mv, rm, chmod and sh are busybox's, as in the Alpine-based image. Kept in the
 * git-ignored .tmp/ and made idempotently, since several test workers may ask at once.
 */
function busyboxPath(binary: string): string {
  const dir = join(repoRoot, ".tmp", "busybox-bin")
  mkdirSync(dir, { recursive: true })
  for (const tool of ["awk", "mv", "rm", "chmod", "sh", "cat"]) {
    try {
      symlinkSync(binary, join(dir, tool))
    } catch (err) {
      if (!(err instanceof Error && "code" in err && err.code === "EEXIST")) throw err
    }
  }
  return dir
}

/**
 * The shells the entrypoint is run under: the system's POSIX sh with its awk (dash + mawk on
 * Debian) always, and busybox sh + awk (what the Alpine image has) wherever busybox is installed.
 */
export function shells(): Shell[] {
  const all: Shell[] = [{ name: "sh", command: "/bin/sh", args: [], path: "/usr/local/bin:/usr/bin:/bin" }]
  if (busybox) all.push({ name: "busybox", command: busybox, args: ["sh"], path: busyboxPath(busybox) })
  return all
}

export type EntrypointRun = { status: number | null; stdout: string; stderr: string; config: string | undefined }

/**
 * Runs docker/entrypoint.sh with exactly `env` (nothing inherited), writing to a fresh temp
 * config path unless `configPath` is given; `existing` is written there first.
 */
export function runEntrypoint(opts: {
  env: Record<string, string>
  shell?: Shell
  args?: string[]
  configPath?: string
  existing?: string
}): EntrypointRun {
  const shell = opts.shell ?? shells()[0]
  if (shell === undefined) throw new Error("no shell")
  const dir = mkdtempSync(join(tmpdir(), "portal-entrypoint-"))
  const configPath = opts.configPath ?? join(dir, "config.json")
  try {
    if (opts.existing !== undefined) writeFileSync(configPath, opts.existing)
    const result = spawnSync(shell.command, [...shell.args, entrypoint, ...(opts.args ?? [])], {
      env: { PATH: shell.path, PORTAL_CONFIG_PATH: configPath, ...opts.env },
      encoding: "utf8",
      timeout: 10_000,
    })
    if (result.error) throw result.error
    const config = existsSync(configPath) ? readFileSync(configPath, "utf8") : undefined
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, config }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** Parses the entrypoint's config.json into its server list. */
export function serversOf(config: string | undefined): unknown[] {
  if (config === undefined) throw new Error("the entrypoint wrote no config.json")
  return list(at(JSON.parse(config), "servers"), "servers")
}
