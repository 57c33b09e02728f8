import { createMemo, createSignal, Index, onCleanup, onMount } from "solid-js"
import { lineWindow } from "../../lib/files/line-window"

/** Every line is exactly this tall (no wrapping), so a line's position is its number times this. */
const LINE_PX = 20

/**
 * Text with line numbers. Long files render only the lines near the visible part of the scroll
 * box, so a multi-megabyte file costs no more DOM than a short one and the page stays responsive.
 */
export function TextLines(props: { lines: string[]; label: string }) {
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
              <span class="whitespace-pre pl-2 pr-4">{props.lines[n()]}</span>
            </div>
          )}
        </Index>
      </div>
    </div>
  )
}
