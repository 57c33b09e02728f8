import type { Accessor } from "solid-js"
import { getBranch, getSessionChanges, getWorkingDiff } from "../../api/vcs"
import type { FileChange } from "../../lib/files/diff"
import type { TurnChanges } from "../../lib/files/session-diff"
import { useDirectory } from "../directory/active-directory"
import { createTask } from "../task"

/** The working tree's uncommitted changes and the current branch, in the active directory. */
export function useWorkingChanges() {
  const dir = useDirectory()
  const scope = () => dir.scope
  const diff = createTask(scope, (s, signal) => getWorkingDiff(s, signal), "read the changes")
  const branch = createTask(scope, (s, signal) => getBranch(s, signal), "read the branch")
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
  const diff = createTask(sessionId, (id, signal) => getSessionChanges(dir.scope, id, signal), "read the session's changes")
  return { turns: (): TurnChanges[] | undefined => diff.value(), loading: diff.loading, error: diff.error, reload: diff.reload }
}
