// Real Debian nginx for tests: the project's nginx.conf (or a guide's snippets) on a loopback
// port, run in the foreground from a temp prefix and stopped by its pid.
import { spawn, spawnSync } from "node:child_process"
import { closeSync, existsSync, openSync, readFileSync } from "node:fs"
import { chmod, cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises"
import { request, type IncomingHttpHeaders } from "node:http"
import { connect } from "node:net"
import { tmpdir } from "node:os"
import { join } from "node:path"
import { fileURLToPath } from "node:url"
import { freePort } from "./ports"

export const NGINX_BIN = "/usr/sbin/nginx"
export const projectRoot = fileURLToPath(new URL("../..", import.meta.url))

const START_TIMEOUT_MS = 10_000
const STOP_GRACE_MS = 5_000
const OUTPUT_CHARS = 20_000

export interface Nginx {
  readonly url: string
  readonly port: number
  readonly pid: number
  /** What nginx printed (errors and the access log), most recent last. */
  output(): string
  stop(): Promise<void>
}

/** Every line of nginx.conf that a test run rewrites carries one of these marks. */
const MARKS = ["listen", "root", "pid", "temp"] as const

/**
 * The project's nginx.conf pointed at a port, a web root and a prefix for the pid and temp files.
 * Only the lines marked `# test: <what>` change; a mark that is missing or unknown fails loudly,
 * so the file under test stays the file that ships.
 */
export function projectConf(conf: string, opts: { port: number; root: string; prefix: string }): string {
  const seen = new Set<string>()
  const lines = conf.split("\n").map((line) => {
    const mark = /# test: (\w+)$/.exec(line)?.[1]
    if (mark === undefined) {
      if (/^\s*[^#\s].*\/tmp\//.test(line)) throw new Error(`nginx.conf: a /tmp path is not marked for tests: ${line.trim()}`)
      return line
    }
    seen.add(mark)
    switch (mark) {
      case "listen":
        return line.replace(/listen \d+;/, `listen 127.0.0.1:${opts.port};`)
      case "root":
        return line.replace(/root \S+;/, `root ${opts.root};`)
      case "pid":
      case "temp":
        return line.replace(/\/tmp\//, `${opts.prefix}/`)
      default:
        throw new Error(`nginx.conf: unknown test mark "${mark}"`)
    }
  })
  const missing = MARKS.filter((m) => !seen.has(m))
  if (missing.length > 0) throw new Error(`nginx.conf: no "# test: ${missing.join('", "')}" line`)
  return lines.join("\n")
}

/** A minimal main config around guide snippets, like Debian's /etc/nginx/nginx.conf includes sites. */
export function wrapHttp(prefix: string, httpBody: string): string {
  return [
    "worker_processes 1;",
    "error_log stderr warn;",
    `pid ${prefix}/nginx.pid;`,
    "events { worker_connections 64; }",
    "http {",
    "    include /etc/nginx/mime.types;",
    "    default_type application/octet-stream;",
    "    access_log off;",
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `    ${t}_temp_path ${prefix}/${t}_temp;`),
    httpBody,
    "}",
    "",
  ].join("\n")
}

/** A temp dir the nginx workers can read (they run as `nobody` when the tests run as root). */
export async function makeReadableTempDir(label: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), `portal-${label}-`))
  await chmod(dir, 0o755)
  return dir
}

/** Starts nginx with `confText` (written into `prefix`) and waits until its port accepts connections. */
export async function startNginx(opts: { prefix: string; port: number; confText: string }): Promise<Nginx> {
  const confPath = join(opts.prefix, "nginx.conf")
  await writeFile(confPath, opts.confText)
  // A file, not a pipe: nginx.conf logs to /dev/stdout, which cannot be opened on a socket.
  const logPath = join(opts.prefix, "nginx.out")
  const log = openSync(logPath, "a")
  const child = spawn(NGINX_BIN, ["-p", `${opts.prefix}/`, "-c", confPath, "-g", "daemon off;"], { stdio: ["ignore", log, log] })
  closeSync(log)
  const output = () => readFileSync(logPath, "utf8").slice(-OUTPUT_CHARS)
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()))
  const pid = child.pid
  if (pid === undefined) throw new Error(`nginx did not start: ${output()}`)

  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return
    process.kill(pid, "SIGTERM")
    const timer = setTimeout(() => {
      if (child.exitCode === null) process.kill(pid, "SIGKILL")
    }, STOP_GRACE_MS)
    await exited
    clearTimeout(timer)
  }

  const deadline = Date.now() + START_TIMEOUT_MS
  while (!(await accepts(opts.port))) {
    if (child.exitCode !== null) throw new Error(`nginx exited with ${child.exitCode}:\n${output()}`)
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`nginx did not listen on ${opts.port} within ${START_TIMEOUT_MS} ms:\n${output()}`)
    }
    await new Promise((r) => setTimeout(r, 50))
  }
  return { url: `http://127.0.0.1:${opts.port}`, port: opts.port, pid, output, stop }
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, "127.0.0.1")
    socket.once("connect", () => {
      socket.destroy()
      resolve(true)
    })
    socket.once("error", () => resolve(false))
  })
}

/** The project's nginx.conf over `root`, on a free port, with its own temp prefix. */
export async function startProjectNginx(root: string): Promise<Nginx & { cleanup(): Promise<void> }> {
  const prefix = await makeReadableTempDir("nginx")
  const port = await freePort()
  let nginx: Nginx
  try {
    const conf = await readFile(join(projectRoot, "nginx.conf"), "utf8")
    nginx = await startNginx({ prefix, port, confText: projectConf(conf, { port, root, prefix }) })
  } catch (err) {
    await rm(prefix, { recursive: true, force: true })
    throw err
  }
  return {
    ...nginx,
    cleanup: async () => {
      await nginx.stop()
      await rm(prefix, { recursive: true, force: true })
    },
  }
}

export type RawResponse = { status: number; headers: IncomingHttpHeaders; body: Buffer }

/** A plain GET with exactly these headers; the body stays as sent (no automatic gunzip). */
export function rawGet(url: string, headers: Record<string, string> = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: "GET", headers, timeout: 10_000 }, (res) => {
      const chunks: Buffer[] = []
      res.on("data", (c: Buffer) => chunks.push(c))
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
      res.on("error", reject)
    })
    req.on("timeout", () => req.destroy(new Error(`GET ${url} timed out`)))
    req.on("error", reject)
    req.end()
  })
}

/** Code blocks a guide marks with `<!-- test: name -->` right above the fence. */
export function markedBlocks(markdown: string): Map<string, string> {
  const blocks = new Map<string, string>()
  for (const match of markdown.matchAll(/<!-- test: ([\w-]+) -->\n```\w*\n([\s\S]*?)\n```/g)) {
    const [, name, body] = match
    if (name && body !== undefined) blocks.set(name, body)
  }
  return blocks
}

/** Writes config.json with the container entrypoint itself, from OPENCODE_SERVER_* variables. */
export function writePortalConfig(path: string, env: Record<string, string>): void {
  const result = spawnSync("/bin/sh", [join(projectRoot, "docker", "entrypoint.sh")], {
    env: { PATH: process.env.PATH ?? "/usr/bin:/bin", PORTAL_CONFIG_PATH: path, ...env },
    encoding: "utf8",
  })
  if (result.status !== 0) throw new Error(`entrypoint.sh failed (${String(result.status)}): ${result.stderr}`)
}

const COPY_WAIT_MS = 30_000

/**
 * Copies the fresh build (dist/) to `dest`. Another `npm run build` may be rewriting dist/ right
 * now, so a copy missing index.html or a file it names is retried for a while.
 */
export async function copyDist(dest: string): Promise<string> {
  const dist = process.env.PORTAL_DIST ?? join(projectRoot, "dist")
  const deadline = Date.now() + COPY_WAIT_MS
  for (;;) {
    try {
      await rm(dest, { recursive: true, force: true })
      await cp(dist, dest, { recursive: true })
      const html = await readFile(join(dest, "index.html"), "utf8")
      const named = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+)"/g)].map((m) => m[1] ?? "")
      if (named.length > 0 && named.every((file) => existsSync(join(dest, file)))) {
        await chmod(dest, 0o755)
        return html
      }
    } catch {
      // dist/ is missing or being rewritten: try again below.
    }
    if (Date.now() > deadline) throw new Error(`${dist} holds no complete build: run npm run build first`)
    await new Promise((r) => setTimeout(r, 500))
  }
}
