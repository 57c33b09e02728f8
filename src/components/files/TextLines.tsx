import { createMemo, createSignal, Index, onCleanup, onMount, Show } from "solid-js"
import { lineWindow } from "../../lib/files/line-window"
import type { Grammar } from "../../lib/highlight/languages"
import { createHighlightedLines } from "../../state/highlight/highlighter"

/** Every line is exactly this tall (no wrapping), so a line's position is its number times this. */
const LINE_PX = 20
/** Lines coloured first (a file opens at its top), before the whole file comes back from the worker. */
const HEAD_LINES = 200
/** Beyond this a file stays plain: highlighting megabytes costs seconds of worker time for little. */
const MAX_HIGHLIGHT_LINES = 20_000

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
    setViewport(el.clientHeight)
    if (typeof ResizeObserver === "undefined") return
    const observer = new ResizeObserver(() => setViewport(el.clientHeight))
    observer.observe(el)
    onCleanup(() => observer.disconnect())
  })
  const range = createMemo(() => lineWindow({ total: props.lines.length, scrollTop: scrollTop(), viewport: viewport(), lineHeight: LINE_PX }))
  const numbers = createMemo(() => {
    const { start, end } = range()
    return Array.from({ length: end - start }, (_, i) => start + i)
  })
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
      <div class="min-w-max" style={{ "padding-top": `${range().start * LINE_PX}px`, "padding-bottom": `${(props.lines.length - range().end) * LINE_PX}px` }}>
        <Index each={numbers()}>
          {(n) => (
            <div class="flex h-[20px] leading-[20px]">
              <span aria-hidden="true" class="sticky left-0 shrink-0 select-none bg-slate-50 pr-2 text-right text-slate-400" style={{ width: gutter() }}>
                {n() + 1}
              </span>
              <Show when={highlighted()?.[n()]} fallback={<span class="whitespace-pre pl-2 pr-4">{props.lines[n()]}</span>}>
                {/* eslint-disable-next-line solid/no-innerhtml -- highlight.js escapes the text; lib/highlight/lines checks only its spans remain */}
                {(html) => <span class="whitespace-pre pl-2 pr-4" innerHTML={html()} />}
              </Show>
            </div>
          )}
        </Index>
      </div>
    </div>
  )
}
