import { createMemo, createSignal, For, onCleanup, onMount } from "solid-js"
import { linesHtml, type LineClasses } from "../../lib/files/line-html"
import { BLOCK_LINES, lineBlocks, lineWindow } from "../../lib/files/line-window"
import type { Grammar } from "../../lib/highlight/languages"
import { createHighlightedLines } from "../../state/highlight/highlighter"

/** Every line is exactly this tall (no wrapping), so a line's position is its number times this. */
const LINE_PX = 20
/** Lines coloured first (a file opens at its top), before the whole file comes back from the worker. */
const HEAD_LINES = 200
/** Beyond this a file stays plain: highlighting megabytes costs seconds of worker time for little. */
const MAX_HIGHLIGHT_LINES = 20_000
/** The gutter's width comes from the `--gutter` set on the list, so every block's gutter has the same. */
const CLASSES: LineClasses = {
  gutter: "sticky left-0 w-[var(--gutter)] shrink-0 select-none bg-slate-50 pr-2 text-right text-slate-400",
  text: "whitespace-pre pl-2 pr-4",
  line: "h-[20px] leading-[20px]",
}

/**
 * Text with line numbers. Long files render only the lines near the visible part of the scroll
 * box, so a multi-megabyte file costs no more DOM than a short one and the page stays responsive.
 */
export function TextLines(props: { lines: string[]; label: string; grammar?: Grammar | undefined }) {
  const highlighted = createHighlightedLines(() => (props.grammar && props.lines.length <= MAX_HIGHLIGHT_LINES ? { code: props.lines.join("\n"), grammar: props.grammar, head: HEAD_LINES } : undefined))
  const [scrollTop, setScrollTop] = createSignal(0)
  const [viewport, setViewport] = createSignal(0)
  let box: HTMLDivElement | undefined
  onMount(() => {
    if (!box) return
    const el = box
    // Read by the observer's first call, after the frame's layout: reading it here forced a layout of the new page inside this task.
    if (typeof ResizeObserver === "undefined") return void setViewport(el.clientHeight)
    const observer = new ResizeObserver(() => setViewport(el.clientHeight))
    observer.observe(el)
    onCleanup(() => observer.disconnect())
  })
  const shown = createMemo(() => lineBlocks(lineWindow({ total: props.lines.length, scrollTop: scrollTop(), viewport: viewport(), lineHeight: LINE_PX }), props.lines.length))
  // A new array only when the blocks change, so scrolling within a block touches no DOM.
  const blocks = createMemo(() => shown().blocks, undefined, { equals: (a, b) => a.length === b.length && a[0] === b[0] })
  const gutter = () => `${String(props.lines.length).length + 1}ch`

  return (
    <div
      ref={(el) => (box = el)}
      tabindex="0"
      role="group"
      aria-label={props.label}
      class="max-h-[75vh] overflow-auto rounded border border-slate-200 bg-white font-mono text-xs focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-600"
      onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
    >
      <div class="min-w-max" style={{ "--gutter": gutter(), "padding-top": `${shown().before * LINE_PX}px`, "padding-bottom": `${shown().after * LINE_PX}px` }}>
        <For each={blocks()}>
          {(block) => {
            // A string compared by value: the whole file's colours replacing the first lines' leave a block that shows the same untouched.
            const html = createMemo(() => linesHtml(props.lines, highlighted(), block * BLOCK_LINES, (block + 1) * BLOCK_LINES, CLASSES))
            // Layout and paint of one block stay inside it: a block added while scrolling lays out no other.
            // eslint-disable-next-line solid/no-innerhtml -- linesHtml escapes plain text; highlighted lines are checked by lib/highlight/lines to hold only highlight.js spans
            return <div class="flex [contain:content]" innerHTML={html()} />
          }}
        </For>
      </div>
    </div>
  )
}
