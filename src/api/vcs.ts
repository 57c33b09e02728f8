/** Version control of one directory: branch, changed files, the working-tree diff and a session's changes. */
import type { VcsFileStatus, VcsInfo } from "@opencode-ai/sdk/v2/client"
import type { FileChange } from "../lib/files/diff"
import { changesByTurn, toFileChange, type TurnChanges } from "../lib/files/session-diff"
import type { OpencodeClient } from "./client"
import { unwrap } from "./errors"

export type { VcsFileStatus, VcsInfo }

export function getBranch(client: OpencodeClient, serverName: string, signal?: AbortSignal): Promise<VcsInfo> {
  return unwrap(client.vcs.get({}, { signal }), `read the branch on ${serverName}`)
}

/** Changed files without patches (`/file/status` is a stub that always answers `[]`). */
export function getStatus(client: OpencodeClient, serverName: string, signal?: AbortSignal): Promise<VcsFileStatus[]> {
  return unwrap(client.vcs.status({}, { signal }), `read changed files on ${serverName}`)
}

/** The uncommitted changes of the working tree, per file. */
export async function getWorkingDiff(client: OpencodeClient, serverName: string, signal?: AbortSignal): Promise<FileChange[]> {
  const diffs = await unwrap(client.vcs.diff({ mode: "git" }, { signal }), `read the changes on ${serverName}`)
  return diffs.map(toFileChange)
}

/**
 * What one session changed, turn by turn. A server that fills the session-wide diff gets it as
 * one group; current servers keep the diffs on each user message instead (see lib/session-diff).
 */
export async function getSessionChanges(client: OpencodeClient, sessionId: string, serverName: string, signal?: AbortSignal): Promise<TurnChanges[]> {
  const action = `read the changes of session ${sessionId} on ${serverName}`
  const whole = await unwrap(client.session.diff({ sessionID: sessionId }, { signal }), action)
  if (whole.length > 0) return [{ messageId: "", prompt: "", created: 0, changes: whole.map(toFileChange) }]
  return changesByTurn(await unwrap(client.session.messages({ sessionID: sessionId }, { signal }), action))
}
