// Real `opencode serve` processes for tests, each isolated in its own temp root, tracked by pid.
import type { ChildProcess } from "node:child_process"
import { accessSync, constants } from "node:fs"
import { mkdir, mkdtemp, realpath, rm } from "node:fs/promises"
import { tmpdir } from "node:os"
import { delimiter, join } from "node:path"
import { fileURLToPath } from "node:url"
import { anySignal } from "../../src/lib/any-signal"
import { mockProviderConfig } from "./mock-llm"
import { freePort } from "./ports"
import { launchProcess, outputBuffer, stopProcess, type LaunchSpec } from "./process"
import { createWorkspace, workspaceDir } from "./workspace"

export interface StartOpencodeOptions {
  /** Base URL of the mock LLM, including `/v1`. */
  mockUrl: string
  name?: string
  password?: string
  username?: string
  /** Extra allowed origins, one `--cors` flag each. */
  cors?: string[]
  files?: Record<string, string>
  dirtyFiles?: Record<string, string>
  /** Merged (top level) over the mock provider config. */
  config?: Record<string, unknown>
  env?: Record<string, string>
  startTimeoutMs?: number
}

export type ApiInit = RequestInit & { json?: unknown; timeoutMs?: number }

export interface OpencodeServer {
  readonly name: string
  readonly url: string
  readonly port: number
  /** Changes on restart(). */
  readonly pid: number
  readonly password: string | undefined
  readonly username: string
  readonly workspace: string
  readonly root: string
  authHeader(): Record<string, string>
  /** fetch against the server with auth and a timeout (default 20 s); `json` sets a JSON body. */
  api(path: string, init?: ApiInit): Promise<Response>
  /** Recent stdout/stderr with the password redacted. */
  output(): string
  stop(): Promise<void>
  /** Stops, then starts again on the same port with the same dirs. */
  restart(): Promise<void>
  cleanup(): Promise<void>
}

const LISTENING_LINE = "opencode server listening on"
const START_TIMEOUT_MS = 30_000
const API_TIMEOUT_MS = 20_000
const DEFAULT_USERNAME = "opencode"

const projectRoot = fileURLToPath(new URL("../..", import.meta.url))
const opencodeBin = join(projectRoot, "node_modules", ".bin", "opencode")

// Without rg on PATH opencode tries to download it from GitHub, which fails offline.
function assertRipgrep(path: string): void {
  const found = path.split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, "rg"), constants.X_OK)
      return true
    } catch {
      return false
    }
  })
  if (!found) throw new Error("ripgrep (rg) is not on PATH; install it (apt-get install ripgrep)")
}

function baseEnv(): Record<string, string> {
  // Drop inherited OPENCODE_* and npm_* (npx sets many) so nothing leaks from the developer's shell.
  return Object.fromEntries(
    Object.entries(process.env).flatMap(([key, value]) =>
      value === undefined || key.startsWith("OPENCODE_") || key.toLowerCase().startsWith("npm_") ? [] : [[key, value]],
    ),
  )
}

interface Prepared {
  spec: LaunchSpec
  port: number
  workspace: string
}

// Dirs, workspace, port and env for one server; everything it writes lives under `root`.
async function prepare(root: string, name: string, options: StartOpencodeOptions): Promise<Prepared> {
  const dirs = {
    HOME: join(root, "home"),
    XDG_DATA_HOME: join(root, "data"),
    XDG_CONFIG_HOME: join(root, "config"),
    XDG_STATE_HOME: join(root, "state"),
    XDG_CACHE_HOME: join(root, "cache"),
    TMPDIR: join(root, "tmp"),
  }
  await Promise.all(Object.values(dirs).map((dir) => mkdir(dir, { recursive: true })))
  const base: Record<string, string> = { ...baseEnv(), ...dirs }
  assertRipgrep(base.PATH ?? "")
  const workspace = workspaceDir(root, name)
  await createWorkspace(workspace, { name, files: options.files, dirtyFiles: options.dirtyFiles, env: base })

  const port = await freePort()
  // Nothing listens there, so the boot-time plugin npm install fails fast instead of going online.
  const deadRegistry = `http://127.0.0.1:${await freePort()}/`
  const env: Record<string, string> = {
    ...base,
    SHELL: "/bin/bash",
    OPENCODE_DISABLE_MODELS_FETCH: "1",
    OPENCODE_DISABLE_AUTOUPDATE: "1",
    OPENCODE_DISABLE_LSP_DOWNLOAD: "1",
    npm_config_registry: deadRegistry,
    OPENCODE_CONFIG_CONTENT: JSON.stringify({ ...mockProviderConfig(options.mockUrl), ...options.config }),
    ...(options.password === undefined ? {} : { OPENCODE_SERVER_PASSWORD: options.password }),
    ...(options.username === undefined ? {} : { OPENCODE_SERVER_USERNAME: options.username }),
    ...options.env,
  }
  const cors = (options.cors ?? []).flatMap((origin) => ["--cors", origin])
  const spec: LaunchSpec = {
    name: `opencode "${name}"`,
    command: opencodeBin,
    args: ["serve", "--hostname", "127.0.0.1", "--port", String(port), ...cors],
    env,
    cwd: workspace,
    root,
    readyLine: LISTENING_LINE,
    timeoutMs: options.startTimeoutMs ?? START_TIMEOUT_MS,
    secret: options.password,
    log: outputBuffer(),
  }
  return { spec, port, workspace }
}

/** Starts an isolated `opencode serve` on 127.0.0.1 with an explicit free port (never 0). */
export async function startOpencode(options: StartOpencodeOptions): Promise<OpencodeServer> {
  const name = options.name ?? "server"
  const root = await realpath(await mkdtemp(join(tmpdir(), "ocp-e2e-")))
  let prepared: Prepared
  let child: ChildProcess
  try {
    prepared = await prepare(root, name, options)
    child = await launchProcess(prepared.spec)
  } catch (error) {
    await rm(root, { recursive: true, force: true, maxRetries: 3 })
    throw error
  }
  const { spec, port, workspace } = prepared
  const url = `http://127.0.0.1:${port}`
  const username = options.username ?? DEFAULT_USERNAME
  const authHeader = (): Record<string, string> =>
    options.password === undefined
      ? {}
      : { Authorization: `Basic ${Buffer.from(`${username}:${options.password}`).toString("base64")}` }
  const stop = (): Promise<void> => stopProcess(child)

  return {
    name,
    url,
    port,
    get pid() {
      return child.pid ?? -1
    },
    password: options.password,
    username,
    workspace,
    root,
    authHeader,
    api(path, init = {}) {
      const { json, timeoutMs, ...rest } = init
      const headers = new Headers(authHeader())
      new Headers(rest.headers).forEach((value, key) => headers.set(key, value))
      if (json !== undefined) headers.set("content-type", "application/json")
      const timeout = AbortSignal.timeout(timeoutMs ?? API_TIMEOUT_MS)
      return fetch(url + path, {
        ...rest,
        headers,
        body: json === undefined ? rest.body : JSON.stringify(json),
        signal: rest.signal ? anySignal([rest.signal, timeout]) : timeout,
      })
    },
    output: () => spec.log.text(spec.secret),
    stop,
    async restart() {
      await stop()
      child = await launchProcess(spec)
    },
    async cleanup() {
      await stop()
      await rm(root, { recursive: true, force: true, maxRetries: 3 })
    },
  }
}
