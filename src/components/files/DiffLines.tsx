import { For, Show, type JSX } from "solid-js"
import type { DiffLine, Hunk } from "../../lib/files/diff"

/**
 * One hunk in the unified view: old and new line numbers, then the sign and the text. Long lines
 * wrap, so a phone shows the whole change without sideways scrolling.
 */
export function DiffLines(props: { hunk: Hunk; budget: number }) {
  const lines = () => (props.budget >= props.hunk.lines.length ? props.hunk.lines : props.hunk.lines.slice(0, Math.max(0, props.budget)))
  return (
    <Show when={props.budget > 0}>
      <div class="font-mono text-xs">
        <div class="border-y border-slate-200 bg-blue-50 px-3 py-0.5 text-slate-600 break-all">{props.hunk.header}</div>
        <For each={lines()}>{(line) => lineRow(line)}</For>
      </div>
    </Show>
  )
}

const ROW = "grid grid-cols-[2.75rem_2.75rem_1fr] leading-5"
const NUM = "select-none border-r border-slate-200 px-1 text-right text-slate-400"
const TEXT = "whitespace-pre-wrap break-words px-2 no-underline"

/** Diff lines never change once parsed, so each renders once, without tracking. */
function lineRow(line: DiffLine): JSX.Element {
  switch (line.kind) {
    case "add":
      return (
        <div class={`${ROW} bg-green-50`}>
          <span class={NUM} />
          <span class={NUM}>{line.newNo}</span>
          <ins class={`${TEXT} text-green-900`}>+{line.text}</ins>
        </div>
      )
    case "del":
      return (
        <div class={`${ROW} bg-red-50`}>
          <span class={NUM}>{line.oldNo}</span>
          <span class={NUM} />
          <del class={`${TEXT} text-red-900`}>-{line.text}</del>
        </div>
      )
    case "context":
      return (
        <div class={ROW}>
          <span class={NUM}>{line.oldNo}</span>
          <span class={NUM}>{line.newNo}</span>
          <span class={TEXT}> {line.text}</span>
        </div>
      )
    case "note":
      return <div class="px-3 italic text-slate-500">{line.text}</div>
  }
}
