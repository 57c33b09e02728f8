import { For, Show } from "solid-js"
import { diffTotals, plural, type FileChange } from "../../lib/files/diff"
import { ChangeCounts } from "./ChangeCounts"
import { DiffFile } from "./DiffFile"

export type DiffViewProps = {
  changes: FileChange[]
  /** The current branch, when known. */
  branch?: string
  /** A link to open a changed file; deleted files get none. */
  fileHref?: (path: string) => string
  /** Said when there is nothing to show. */
  emptyText: string
  /** Level of each file's heading; 4 when the list sits under a level-3 heading of its own. */
  headingLevel?: 3 | 4
}

/** A list of changed files with a summary line (branch, file count, added and removed lines). */
export function DiffView(props: DiffViewProps) {
  const totals = () => diffTotals(props.changes)
  return (
    <div class="flex min-w-0 flex-col gap-3">
      <p class="m-0 flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-700">
        <Show when={props.branch}>
          {(branch) => (
            <span>
              Branch <strong class="font-mono">{branch()}</strong>
            </span>
          )}
        </Show>
        <span>{plural(totals().files, "file")} changed</span>
        <ChangeCounts additions={totals().additions} deletions={totals().deletions} />
      </p>
      <Show when={props.changes.length > 0} fallback={<p class="text-sm text-slate-600">{props.emptyText}</p>}>
        <For each={props.changes}>
          {(change) => <DiffFile change={change} href={change.status === "deleted" ? undefined : props.fileHref?.(change.file)} headingLevel={props.headingLevel} />}
        </For>
      </Show>
    </div>
  )
}
