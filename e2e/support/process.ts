// Child processes for tests: spawn until a ready line, stop by pid, and a kill-on-exit safety net.
import { spawn, type ChildProcess } from "node:child_process"
import { rmSync } from "node:fs"

const STOP_GRACE_MS = 5_000
const OUTPUT_LINES = 300

export interface OutputBuffer {
  push(source: string, text: string): void
  /** The recent lines, with `secret` replaced by *** wherever it appears. */
  text(secret?: string): string
}

export interface LaunchSpec {
  /** Used in error messages. */
  name: string
  command: string
  args: string[]
  env: Record<string, string>
  cwd: string
  /** Removed by the exit safety net if the process is still running when the test process ends. */
  root: string
  /** Stdout text that means "ready". */
  readyLine: string
  timeoutMs: number
  secret: string | undefined
  log: OutputBuffer
}

// Every process we started, with its temp root, until it exits.
const live = new Map<ChildProcess, string>()
let exitHookInstalled = false

// Safety net for a crashed or careless test: signal only our own pids, then drop their temp roots.
function track(child: ChildProcess, root: string): void {
  live.set(child, root)
  child.once("exit", () => live.delete(child))
  if (exitHookInstalled) return
  exitHookInstalled = true
  process.once("exit", () => {
    for (const [proc, dir] of live) {
      if (proc.pid !== undefined) safeKill(proc.pid, "SIGTERM")
      rmSync(dir, { recursive: true, force: true, maxRetries: 2 })
    }
  })
}

function safeKill(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal)
  } catch {
    // Already gone.
  }
}

/** Keeps the last lines of a process's output for error messages. */
export function outputBuffer(): OutputBuffer {
  const lines: string[] = []
  return {
    push(source, text) {
      for (const line of text.split("\n")) if (line.trim() !== "") lines.push(`[${source}] ${line}`)
      if (lines.length > OUTPUT_LINES) lines.splice(0, lines.length - OUTPUT_LINES)
    },
    text(secret) {
      const all = lines.join("\n")
      return secret ? all.split(secret).join("***") : all
    },
  }
}

function waitExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true)
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms)
    child.once("exit", () => {
      clearTimeout(timer)
      resolve(true)
    })
  })
}

/** SIGTERM by pid, wait for the exit, SIGKILL after 5 s. */
export async function stopProcess(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return
  if (child.exitCode === null && child.signalCode === null) safeKill(child.pid, "SIGTERM")
  if (await waitExit(child, STOP_GRACE_MS)) return
  safeKill(child.pid, "SIGKILL")
  await waitExit(child, STOP_GRACE_MS)
}

/**
 * Spawns and resolves once stdout contains `readyLine`. Rejects (after the child is gone, so its
 * directories may be deleted at once) if it dies or times out, with its recent output.
 */
export function launchProcess(spec: LaunchSpec): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const started = Date.now()
    spec.log.push("harness", `spawning ${spec.command} ${spec.args.join(" ")}`)
    const child = spawn(spec.command, spec.args, { cwd: spec.cwd, env: spec.env, stdio: ["ignore", "pipe", "pipe"] })
    track(child, spec.root)
    let stdout = ""
    let settled = false
    const fail = (why: string): void => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      const message = `${spec.name} ${why} after ${Date.now() - started} ms`
      void stopProcess(child).then(() => reject(new Error(`${message}\n--- output ---\n${spec.log.text(spec.secret)}`)))
    }
    const timer = setTimeout(() => fail(`did not print "${spec.readyLine}" within ${spec.timeoutMs} ms`), spec.timeoutMs)
    child.stdout?.setEncoding("utf8").on("data", (text: string) => {
      spec.log.push("out", text)
      if (settled) return
      stdout += text
      if (!stdout.includes(spec.readyLine)) return
      settled = true
      clearTimeout(timer)
      resolve(child)
    })
    child.stderr?.setEncoding("utf8").on("data", (text: string) => spec.log.push("err", text))
    child.once("error", (error) => fail(`failed to spawn (${error.message})`))
    child.once("exit", (code, signal) => fail(`exited (code ${code}, signal ${signal}) before it was ready`))
  })
}
