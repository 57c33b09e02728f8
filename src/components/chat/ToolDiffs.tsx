import { For } from "solid-js"
import { toFileChange, type ToolDiff } from "../../lib/chat/tool-diff"
import { ChangeCounts } from "../files/ChangeCounts"
import { DiffFile } from "../files/DiffFile"

/** A diff this long starts folded, so one big write does not push the conversation off screen. */
const OPEN_LINES = 40

/** The file changes of an edit, write or patch: one foldable diff per file. */
export function ToolDiffs(props: { diffs: readonly ToolDiff[] }) {
  return (
    <For each={props.diffs.map(toFileChange)}>
      {(change) => (
        <details class="border-t border-slate-100 px-2 py-1" open={change.lineCount <= OPEN_LINES}>
          <summary class="cursor-pointer text-slate-600">
            Diff <ChangeCounts additions={change.additions} deletions={change.deletions} />
          </summary>
          <div class="mt-1">
            <DiffFile change={change} headingLevel={4} />
          </div>
        </details>
      )}
    </For>
  )
}
