import { directoryInfo, entryAt, readFileBytes, type DirectoryInfo, type EntryKind } from "../../api/file-bytes"
import { applyPatch, runShell } from "../../api/file-write"
import type { Scope } from "../../api/connection"
import { errorText } from "../../lib/error-text"
import { CLEANUP_SCRIPT, MAX_COPY_BYTES, publishScript, repoRelative, shellBatches, tempPathFor, writeScript } from "../../lib/files/copy-plan"
import { gitBlobId, sha256Hex, toBase64, zlibDeflate } from "../../lib/files/digest"
import { formatSize } from "../../lib/files/file-kind"
import { binaryPatch } from "../../lib/files/git-patch"

/** The server calls a copy makes; tests pass fakes. */
export type CopyApi = {
  read(scope: Scope, path: string, signal?: AbortSignal): Promise<Uint8Array<ArrayBuffer>>
  entryAt(scope: Scope, path: string, signal?: AbortSignal): Promise<EntryKind>
  directoryInfo(scope: Scope, signal?: AbortSignal): Promise<DirectoryInfo>
  applyPatch(scope: Scope, patch: string, action: string): Promise<void>
  runShell(scope: Scope, script: string, args: string[], action: string, signal?: AbortSignal): Promise<void>
}

export const serverCopyApi: CopyApi = { read: readFileBytes, entryAt, directoryInfo, applyPatch, runShell }

export type CopyStep = "read" | "check" | "write" | "verify"
export const STEP_LABEL: Record<CopyStep, string> = { read: "Read", check: "Check the target", write: "Write", verify: "Verify" }

export type CopyRequest = { source: Scope; path: string; target: Scope; targetPath: string; overwrite: boolean }
export type CopyOutcome =
  | { kind: "copied"; bytes: number; sha256: string }
  | { kind: "exists" }
  | { kind: "failed"; step: CopyStep; message: string }

export type CopyProgress = (step: CopyStep, done: number, total: number) => void

class StepError extends Error {
  constructor(
    readonly step: CopyStep,
    message: string,
  ) {
    super(message)
  }
}

/** Runs `work` as `step`: whatever it throws names that step. */
async function step<T>(name: CopyStep, work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (err) {
    throw err instanceof StepError ? err : new StepError(name, errorText(err))
  }
}

/**
 * Copies one file's exact bytes to another server (or directory): read, check, write, then read
 * back and compare SHA-256. An existing file is only replaced with `overwrite`; a failure names
 * its step and removes any temp file (docs/file-copy.md has the mechanisms).
 */
export async function copyFile(api: CopyApi, req: CopyRequest, progress: CopyProgress = () => undefined, signal?: AbortSignal): Promise<CopyOutcome> {
  try {
    progress("read", 0, 1)
    const bytes = await step("read", () => api.read(req.source, req.path, signal))
    if (bytes.length > MAX_COPY_BYTES) throw new StepError("read", `${req.path} is ${formatSize(bytes.length)}; the portal copies files up to ${formatSize(MAX_COPY_BYTES)}.`)
    const sha = await sha256Hex(bytes)
    progress("check", 0, 1)
    // One after the other: the first request boots a cold directory instance on the target.
    const info = await step("check", () => api.directoryInfo(req.target, signal))
    const entry = await step("check", () => api.entryAt(req.target, req.targetPath, signal))
    if (entry === "folder") throw new StepError("check", `${req.targetPath} is a folder on the target.`)
    if (entry === "file" && !req.overwrite) return { kind: "exists" }
    const inRepo = info.git ? repoRelative(info.worktree, req.target.directory, req.targetPath) : undefined
    if (inRepo !== undefined) await step("write", () => writeWithGit(api, req, bytes, inRepo, entry === "file", signal))
    else await writeWithShell(api, req, bytes, sha, progress, signal)
    progress("verify", 0, 1)
    const back = await step("verify", () => api.read(req.target, req.targetPath, signal))
    if ((await sha256Hex(back)) !== sha) {
      throw new StepError("verify", `${req.targetPath} on the target does not hold the copied bytes (${formatSize(back.length)} read back); another program may have written it.`)
    }
    return { kind: "copied", bytes: bytes.length, sha256: sha }
  } catch (err) {
    if (err instanceof StepError) return { kind: "failed", step: err.step, message: err.message }
    return { kind: "failed", step: "write", message: errorText(err) }
  }
}

async function writeWithGit(api: CopyApi, req: CopyRequest, bytes: Uint8Array<ArrayBuffer>, repoPath: string, replacing: boolean, signal?: AbortSignal): Promise<void> {
  // Replacing names the blob it replaces, so git refuses if the file changed after the question.
  const old = replacing ? await api.read(req.target, req.targetPath, signal) : undefined
  const patch = binaryPatch({ path: repoPath, size: bytes.length, deflated: await zlibDeflate(bytes), newId: await gitBlobId(bytes), ...(old ? { oldId: await gitBlobId(old) } : {}) })
  await api.applyPatch(req.target, patch, `write ${req.targetPath}`)
}

async function writeWithShell(api: CopyApi, req: CopyRequest, bytes: Uint8Array<ArrayBuffer>, sha: string, progress: CopyProgress, signal?: AbortSignal): Promise<void> {
  const temp = tempPathFor(req.targetPath, crypto.randomUUID().slice(0, 8))
  const batches = shellBatches(toBase64(bytes))
  const action = `write ${req.targetPath}`
  try {
    for (const [i, batch] of batches.entries()) {
      progress("write", i, batches.length)
      await step("write", () => api.runShell(req.target, writeScript(i === 0), [temp, ...batch], action, signal))
    }
    progress("write", batches.length, batches.length)
    const written = await step("write", () => api.read(req.target, temp, signal)).catch(() => {
      throw new StepError("write", `Could not ${action}: the shell on the target wrote nothing (does it have sh and base64?).`)
    })
    if ((await sha256Hex(written)) !== sha) throw new StepError("write", `Could not ${action}: the bytes written differ from the source.`)
    await step("write", () => api.runShell(req.target, publishScript(req.overwrite), [temp, req.targetPath], action, signal))
  } catch (err) {
    await api.runShell(req.target, CLEANUP_SCRIPT, [temp], `remove ${temp}`).catch(() => undefined)
    throw err
  }
}
