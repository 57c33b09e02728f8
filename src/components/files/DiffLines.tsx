import { createMemo, For, Show, type JSX } from "solid-js"
import type { DiffLine, Hunk } from "../../lib/files/diff"
import type { Grammar } from "../../lib/highlight/languages"
import { createHighlightedLines } from "../../state/highlight/highlighter"

/**
 * One hunk in the unified view: old and new line numbers, then the sign and the text. Long lines
 * wrap, so a phone shows the whole change without sideways scrolling. With a grammar, the text is
 * coloured once the highlighter answers (the hunk's lines read as one piece of code).
 */
export function DiffLines(props: { hunk: Hunk; budget: number; grammar?: Grammar | undefined }) {
  const lines = () => (props.budget >= props.hunk.lines.length ? props.hunk.lines : props.hunk.lines.slice(0, Math.max(0, props.budget)))
  const code = createMemo(() => props.hunk.lines.filter((l) => l.kind !== "note").map((l) => l.text))
  const highlighted = createHighlightedLines(() => (props.grammar ? { code: code().join("\n"), grammar: props.grammar } : undefined))
  // The index of each line's text among the hunk's code lines (notes have none).
  const codeIndex = createMemo(() => {
    let at = 0
    return props.hunk.lines.map((l) => (l.kind === "note" ? -1 : at++))
  })
  return (
    <Show when={props.budget > 0}>
      <div class="font-mono text-xs">
        <div class="border-y border-slate-200 bg-blue-50 px-3 py-0.5 text-slate-600 break-all">{props.hunk.header}</div>
        <For each={lines()}>{(line, i) => lineRow(line, () => highlighted()?.[codeIndex()[i()] ?? -1])}</For>
      </div>
    </Show>
  )
}

const ROW = "grid grid-cols-[2.75rem_2.75rem_1fr] leading-5"
const NUM = "select-none border-r border-slate-200 px-1 text-right text-slate-400"
const TEXT = "whitespace-pre-wrap break-words px-2 no-underline"

/** The sign, then the line as coloured markup when there is some, else as text. */
function body(sign: string, text: string, html: () => string | undefined): JSX.Element {
  return (
    <>
      {sign}
      {/* eslint-disable-next-line solid/no-innerhtml -- highlight.js escapes the text; lib/highlight/lines checks only its spans remain */}
      <Show when={html()} fallback={text}>{(markup) => <span innerHTML={markup()} />}</Show>
    </>
  )
}

function lineRow(line: DiffLine, html: () => string | undefined): JSX.Element {
  switch (line.kind) {
    case "add":
      return (
        <div class={`${ROW} bg-green-50`}>
          <span class={NUM} />
          <span class={NUM}>{line.newNo}</span>
          <ins class={`${TEXT} text-green-900`}>{body("+", line.text, html)}</ins>
        </div>
      )
    case "del":
      return (
        <div class={`${ROW} bg-red-50`}>
          <span class={NUM}>{line.oldNo}</span>
          <span class={NUM} />
          <del class={`${TEXT} text-red-900`}>{body("-", line.text, html)}</del>
        </div>
      )
    case "context":
      return (
        <div class={ROW}>
          <span class={NUM}>{line.oldNo}</span>
          <span class={NUM}>{line.newNo}</span>
          <span class={TEXT}>{body(" ", line.text, html)}</span>
        </div>
      )
    case "note":
      return <div class="px-3 italic text-slate-500">{line.text}</div>
  }
}
