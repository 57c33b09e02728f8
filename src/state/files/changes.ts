import type { Accessor } from "solid-js"
import { getBranch, getSessionChanges, getWorkingDiff } from "../../api/vcs"
import type { FileChange } from "../../lib/files/diff"
import type { TurnChanges } from "../../lib/files/session-diff"
import { useDirectory } from "../directory/active-directory"
import { useActiveServer } from "../connection/active-server"
import { createTask } from "../task"

/** The working tree's uncommitted changes and the current branch, in the active directory. */
export function useWorkingChanges() {
  const dir = useDirectory()
  const active = useActiveServer()
  const client = () => dir.client()
  const diff = createTask(client, (c, signal) => getWorkingDiff(c, active.server().name, signal), "read the changes")
  const branch = createTask(client, (c, signal) => getBranch(c, active.server().name, signal), "read the branch")
  return {
    changes: (): FileChange[] | undefined => diff.value(),
    loading: diff.loading,
    error: diff.error,
    branch: () => branch.value()?.branch,
    branchError: branch.error,
    reload: () => {
      diff.reload()
      branch.reload()
    },
  }
}

/** What one session changed, turn by turn. */
export function useSessionChanges(sessionId: Accessor<string>) {
  const dir = useDirectory()
  const active = useActiveServer()
  const diff = createTask(sessionId, (id, signal) => getSessionChanges(dir.client(), id, active.server().name, signal), "read the session's changes")
  return { turns: (): TurnChanges[] | undefined => diff.value(), loading: diff.loading, error: diff.error, reload: diff.reload }
}
