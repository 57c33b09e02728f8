/** Version control of one directory: branch, changed files, the working-tree diff and a session's changes. */
import type { VcsFileStatus, VcsInfo } from "@opencode-ai/sdk/v2/client"
import type { FileChange } from "../lib/files/diff"
import { changesByTurn, toFileChange, type TurnChanges } from "../lib/files/session-diff"
import { onServer, type Scope } from "./connection"
import { unwrap } from "./errors"

export type { VcsFileStatus, VcsInfo }

export async function getBranch(scope: Scope, signal?: AbortSignal): Promise<VcsInfo> {
  return unwrap((await scope.client()).vcs.get({}, { signal }), onServer(scope, "read the branch"))
}

/** Changed files without patches (`/file/status` is a stub that always answers `[]`). */
export async function getStatus(scope: Scope, signal?: AbortSignal): Promise<VcsFileStatus[]> {
  return unwrap((await scope.client()).vcs.status({}, { signal }), onServer(scope, "read changed files"))
}

/** The uncommitted changes of the working tree, per file. */
export async function getWorkingDiff(scope: Scope, signal?: AbortSignal): Promise<FileChange[]> {
  const diffs = await unwrap((await scope.client()).vcs.diff({ mode: "git" }, { signal }), onServer(scope, "read the changes"))
  return diffs.map(toFileChange)
}

/**
 * What one session changed, turn by turn. A server that fills the session-wide diff gets it as
 * one group; current servers keep the diffs on each user message instead (see lib/session-diff).
 */
export async function getSessionChanges(scope: Scope, sessionId: string, signal?: AbortSignal): Promise<TurnChanges[]> {
  const action = onServer(scope, `read the changes of session ${sessionId}`)
  const whole = await unwrap((await scope.client()).session.diff({ sessionID: sessionId }, { signal }), action)
  if (whole.length > 0) return [{ messageId: "", prompt: "", created: 0, changes: whole.map(toFileChange) }]
  return changesByTurn(await unwrap((await scope.client()).session.messages({ sessionID: sessionId }, { signal }), action))
}
