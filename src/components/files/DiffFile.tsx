import { A } from "@solidjs/router"
import { createMemo, createSignal, createUniqueId, For, Match, Show, Switch } from "solid-js"
import { Dynamic } from "solid-js/web"
import { parsePatch, type FileChange } from "../../lib/files/diff"
import { grammarForPath } from "../../lib/highlight/languages"
import { ChangeCounts } from "./ChangeCounts"
import { DiffLines } from "./DiffLines"

/** Lines shown at first, and added per "Show more", so a huge diff never blocks the page. */
const LINE_BUDGET = 1500

const STATUS_TONE = {
  added: "border-green-300 bg-green-50 text-green-800",
  deleted: "border-red-300 bg-red-50 text-red-800",
  modified: "border-amber-300 bg-amber-50 text-amber-800",
} as const

/** One changed file: its name, status in words, counts, and the unified diff. */
export function DiffFile(props: { change: FileChange; href?: string; headingLevel?: 3 | 4 }) {
  const headingId = createUniqueId()
  const parsed = createMemo(() => parsePatch(props.change.patch))
  const [budget, setBudget] = createSignal(LINE_BUDGET)
  const hidden = () => Math.max(0, parsed().lineCount - budget())
  return (
    <section aria-labelledby={headingId} class="min-w-0 overflow-hidden rounded-lg border border-slate-200 bg-white">
      <header class="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 bg-slate-50 px-3 py-2">
        <Dynamic component={props.headingLevel === 4 ? "h4" : "h3"} id={headingId} class="m-0 min-w-0 break-all font-mono text-sm font-semibold">
          <Show when={props.href} fallback={props.change.file}>
            {(href) => (
              <A href={href()} class="text-slate-900">
                {props.change.file}
              </A>
            )}
          </Show>
        </Dynamic>
        <span class={`rounded border px-1.5 text-xs ${STATUS_TONE[props.change.status]}`}>{props.change.status}</span>
        <ChangeCounts additions={props.change.additions} deletions={props.change.deletions} />
      </header>
      <Switch>
        <Match when={parsed().binary}>
          <p class="m-0 px-3 py-2 text-sm text-slate-600">Binary file; no text diff to show.</p>
        </Match>
        <Match when={parsed().hunks.length === 0}>
          <p class="m-0 px-3 py-2 text-sm text-slate-600">No line changes (for example only the file mode, or an empty file).</p>
        </Match>
        <Match when={parsed().hunks.length > 0}>
          <For each={parsed().hunks}>{(hunk, i) => <DiffLines hunk={hunk} budget={budget() - linesBefore(parsed().hunks, i())} grammar={grammarForPath(props.change.file)} />}</For>
          <Show when={hidden() > 0}>
            <div class="border-t border-slate-200 px-3 py-2">
              <button type="button" class="btn" onClick={() => setBudget((b) => b + LINE_BUDGET * 4)}>
                Show more of {props.change.file} ({hidden()} more lines)
              </button>
            </div>
          </Show>
        </Match>
      </Switch>
    </section>
  )
}

function linesBefore(hunks: readonly { lines: readonly unknown[] }[], index: number): number {
  return hunks.slice(0, index).reduce((n, h) => n + h.lines.length, 0)
}
