/**
 * Writing a file through a server that has no file-write endpoint (OpenCode 1.18.33): a git
 * patch in a git workspace, a short shell run in a PTY elsewhere. docs/file-copy.md says why.
 */
import { isRecord } from "../lib/guards"
import { onServer, type Scope } from "./connection"
import { PortalError, serverMessage, unwrap } from "./errors"

/** A shell that decodes 1 MB of base64 is done in well under a second; a stuck one is given up. */
const SHELL_TIMEOUT_MS = 60_000
const SHELL_POLL_MS = 100

/** `POST /vcs/apply`: git applies the patch whole or not at all. */
export async function applyPatch(scope: Scope, patch: string, action: string): Promise<void> {
  const result = await (await scope.client()).vcs.apply({ patch })
  const body: unknown = result.error
  if (result.response?.status === 400 && isRecord(body)) {
    const reason = isRecord(body.data) ? body.data.reason : undefined
    const why = reason === "not-clean" ? "git refused the patch (the file exists, or changed since it was read)" : (serverMessage(body) ?? "the patch was refused")
    throw new PortalError("http", `Could not ${onServer(scope, action)}: ${why}.`, 400)
  }
  await unwrap(Promise.resolve(result), onServer(scope, action))
}

/**
 * Runs `sh -c script sh ...args` in a PTY in the directory and waits until it has exited (the
 * server forgets a PTY once its shell ends). The exit code is not reported over HTTP, so callers
 * check the effect (the file's bytes) instead.
 */
export async function runShell(scope: Scope, script: string, args: string[], action: string, signal?: AbortSignal): Promise<void> {
  const label = onServer(scope, action)
  const pty = await unwrap((await scope.client()).pty.create({ command: "/bin/sh", args: ["-c", script, "sh", ...args], cwd: scope.directory, title: "Portal file copy" }), label)
  const deadline = Date.now() + SHELL_TIMEOUT_MS
  for (;;) {
    if (signal?.aborted) throw new PortalError("aborted", `Stopped: ${label}.`)
    const state = await (await scope.client()).pty.get({ ptyID: pty.id }, { signal })
    if (state.response?.status === 404) return
    if (state.error !== undefined) throw new PortalError("http", `Could not ${label}: ${serverMessage(state.error) ?? `HTTP ${state.response?.status ?? "error"}`}.`)
    if (Date.now() > deadline) {
      await (await scope.client()).pty.remove({ ptyID: pty.id }).catch(() => undefined)
      throw new PortalError("timeout", `Could not ${label}: the shell did not finish in ${SHELL_TIMEOUT_MS / 1000} s.`)
    }
    await new Promise((resolve) => setTimeout(resolve, SHELL_POLL_MS))
  }
}
