import { createEffect, createMemo, createSignal, For, on, onCleanup, onMount, Show, type JSX } from "solid-js"
import { indexAt, isAtBottom, nearTop, prefixOffsets, viewTop, visibleRange } from "../../lib/chat/windowing"
import { isTypingTarget } from "../../lib/keys/shortcut"

export type VirtualListProps<T> = {
  /** Oldest first; the list opens at the bottom (newest). */
  items: readonly T[]
  itemKey: (item: T) => string
  /** Height (px) assumed for an item not measured yet. */
  estimate: number
  /** The accessible name of the scrolling log. */
  label: string
  class?: string
  /** Shown above the first item (e.g. "Loading older messages…"). */
  header?: JSX.Element
  /** Called when the person scrolls near the top (or the content does not fill the view). */
  onNearTop?: () => void
  /** Loads every item before the first (Home goes to the very first item). */
  loadAll?: () => Promise<void>
  /** Names what the jump button counts: "new message" → "3 new messages". */
  unit?: string
  children: (item: T) => JSX.Element
}

/** Rendered beyond each edge of the view, so fast scrolling rarely shows blank space. */
const OVERSCAN_PX = 800

/**
 * A scrolling log that renders only the items on screen or near it. Heights are measured as items
 * render (ResizeObserver); unmeasured ones count as `estimate`. The view keeps its place when items
 * are prepended or grow above it, and follows the end while it is scrolled to the bottom.
 */
export function VirtualList<T>(props: VirtualListProps<T>) {
  let scroller: HTMLDivElement | undefined
  let content: HTMLDivElement | undefined
  let header: HTMLDivElement | undefined
  const heights = new Map<string, number>()
  const keysOf = new WeakMap<Element, string>()
  const [measured, setMeasured] = createSignal(0)
  const [scrollTop, setScrollTop] = createSignal(0)
  const [viewport, setViewport] = createSignal(800)
  // Follows the end until the person scrolls away; only their own gestures unstick it, so content
  // growing, shrinking or the view resizing never reads as leaving the bottom.
  const [stuck, setStuck] = createSignal(true)
  // The item count when the person left the bottom: everything after it is new to them.
  const [seen, setSeen] = createSignal(0)
  // Whether the view was at the end when last placed or scrolled: a scroll that is not the
  // person's (a script, find in page) moves the view without unsticking it, and renders there.
  const [atEnd, setAtEnd] = createSignal(true)
  // Home keeps the view at the very top while the items before it load, until the person moves it.
  const [pinned, setPinned] = createSignal(false)
  let gesture = false
  let anchor: { key: string; delta: number } | undefined
  // Where restore() last put the view. Its scroll event arrives a frame later, when streamed
  // content may have grown below; that event must not read as the person leaving the bottom.
  let placedAt = -1

  const keys = createMemo(() => props.items.map((item) => props.itemKey(item)))
  const offsets = createMemo(() => {
    measured()
    return prefixOffsets(keys().map((key) => heights.get(key) ?? props.estimate))
  })
  const indexOf = createMemo(() => new Map(keys().map((key, index) => [key, index])))
  // Read with `anchor` (set with scrollTop on every scroll), so prepended items never render the wrong rows first.
  const range = createMemo(() => {
    const index = anchor ? indexOf().get(anchor.key) : undefined
    const anchored = anchor && index !== undefined ? { index, delta: anchor.delta } : undefined
    const y = pinned() ? 0 : viewTop(offsets(), { scrollTop: scrollTop(), viewport: viewport(), stuck: stuck() && atEnd(), anchor: anchored })
    return visibleRange(offsets(), y, viewport(), OVERSCAN_PX)
  })
  // While Home pages back to the first item, the rows on screen stay as they were: drawing the top
  // of each page on the way cost a frame of 35–55 ms a page, for rows shown only for that frame.
  const [held, setHeld] = createSignal<readonly T[]>()
  let holding: object | undefined
  const release = () => {
    holding = undefined
    setHeld(undefined)
  }
  const visible = createMemo(() => held() ?? props.items.slice(range().start, range().end))
  const top = () => (held() ? 0 : (offsets()[range().start] ?? 0))
  const bottom = () => (held() ? 0 : (offsets()[keys().length] ?? 0) - (offsets()[range().end] ?? 0))

  // The header's height, read where layout is fresh anyway (the resize observer): reading
  // offsetTop in a scroll handler, after new rows rendered, would force a layout per event.
  let headerPx = 0
  const checkNearTop = (y: number) => {
    if (nearTop(y, viewport())) props.onNearTop?.()
  }

  const onScroll = () => {
    const el = scroller
    if (!el) return
    const at = el.scrollTop
    const bottom = isAtBottom(at, el.clientHeight, el.scrollHeight)
    setAtEnd(bottom)
    if (bottom) setStuck(true)
    else if (gesture && Math.abs(at - placedAt) >= 1 && stuck()) {
      setSeen(keys().length)
      setStuck(false)
    }
    const y = at - headerPx
    const index = indexAt(offsets(), y)
    const key = keys()[index]
    anchor = key === undefined ? undefined : { key, delta: y - (offsets()[index] ?? 0) }
    setScrollTop(Math.max(0, y))
    checkNearTop(y)
  }

  /** Puts the view back: at the end when it was there, else with the anchored item where it was. */
  const restore = () => {
    const el = scroller
    if (!el) return
    if (pinned()) {
      el.scrollTop = 0
    } else if (stuck()) {
      el.scrollTop = el.scrollHeight
      setAtEnd(true)
    } else if (anchor) {
      const index = indexOf().get(anchor.key)
      if (index !== undefined) el.scrollTop = headerPx + (offsets()[index] ?? 0) + anchor.delta
    }
    placedAt = el.scrollTop
    const y = placedAt - headerPx
    setScrollTop(Math.max(0, y))
    checkNearTop(y)
  }

  const items = new ResizeObserver((entries) => {
    let changed = false
    for (const entry of entries) {
      const key = keysOf.get(entry.target)
      if (key === undefined) continue
      const height = entry.borderBoxSize[0]?.blockSize ?? entry.target.getBoundingClientRect().height
      if (Math.abs((heights.get(key) ?? -1) - height) < 0.5) continue
      heights.set(key, height)
      changed = true
    }
    if (changed) setMeasured((n) => n + 1)
  })
  const frame = new ResizeObserver(() => {
    if (!scroller) return
    headerPx = content?.offsetTop ?? 0
    setViewport(scroller.clientHeight)
    restore()
  })
  onMount(() => {
    headerPx = content?.offsetTop ?? 0
    if (scroller) frame.observe(scroller)
    if (content) frame.observe(content)
    if (header) frame.observe(header)
    restore()
  })
  onCleanup(() => {
    items.disconnect()
    frame.disconnect()
  })
  createEffect(on(offsets, restore, { defer: true }))
  const unseen = () => (stuck() ? 0 : Math.max(0, keys().length - seen()))
  const jump = () => {
    release()
    setPinned(false)
    setStuck(true)
    restore()
    scroller?.focus()
  }
  const toStart = () => {
    if (stuck()) setSeen(keys().length)
    setStuck(false)
    setPinned(true)
    const loading = props.loadAll?.()
    if (loading) {
      const token = {}
      holding = token
      setHeld(visible())
      // A failure shows where the list's owner shows load errors; the view stays at the top.
      void loading.catch(() => undefined).finally(() => holding === token && release())
    }
    restore()
  }
  const intent = () => {
    gesture = true
    setPinned(false)
    if (holding) release()
  }
  const onKeyDown = (event: KeyboardEvent) => {
    // In a field inside the log (a reply to a question), Home and End move the caret.
    if (isTypingTarget(event.target)) return intent()
    if (event.key === "Home" && !event.shiftKey && !event.altKey) {
      event.preventDefault()
      toStart()
    } else if (event.key === "End" && !event.shiftKey && !event.altKey) {
      event.preventDefault()
      jump()
    } else intent()
  }
  const settle = () => (gesture = false)

  const observe = (el: HTMLElement, key: string) => {
    keysOf.set(el, key)
    items.observe(el)
    onCleanup(() => items.unobserve(el))
  }

  const unit = () => props.unit ?? "new item"
  return (
    <div class={`relative flex min-h-0 flex-col ${props.class ?? ""}`}>
      <div
        ref={(el) => (scroller = el)}
        role="log"
        aria-label={props.label}
        tabindex="0"
        onScroll={onScroll}
        onWheel={intent}
        onTouchStart={intent}
        onPointerDown={intent}
        onKeyDown={onKeyDown}
        onPointerUp={settle}
        onTouchEnd={settle}
        class="min-h-0 flex-1 overflow-y-auto [overflow-anchor:none]"
      >
        <div ref={(el) => (header = el)}>{props.header}</div>
        <div ref={(el) => (content = el)}>
          <div style={{ height: `${top()}px` }} />
          <For each={visible()}>{(item) => <div ref={(el) => observe(el, props.itemKey(item))}>{props.children(item)}</div>}</For>
          <div style={{ height: `${bottom()}px` }} />
        </div>
      </div>
      <Show when={!stuck()}>
        <button type="button" class="btn-primary absolute bottom-3 left-1/2 -translate-x-1/2 shadow-md" onClick={jump}>
          Jump to latest
          <Show when={unseen() > 0}>
            {" "}
            ({unseen()} {unseen() === 1 ? unit() : `${unit()}s`})
          </Show>
        </button>
      </Show>
    </div>
  )
}
