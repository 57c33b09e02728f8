import { KEY_STEP_PCT } from "../../lib/panes/sizes"

export type PaneSeparatorProps = {
  /** Where it stands, in percent of the row from the left. */
  position: number
  /** Names the two panes it sits between. */
  label: string
  /** The row's width in px, to turn a drag into percent. */
  rowWidth: () => number
  /** Moves it by this many percent (positive: to the right). */
  onMove: (delta: number) => void
  hidden: boolean
}

/** A vertical splitter between two panes (WAI-ARIA window splitter): drag it, or focus it and use the arrow keys. */
export function PaneSeparator(props: PaneSeparatorProps) {
  let lastX: number | undefined
  const onKeyDown = (e: KeyboardEvent) => {
    const delta = { ArrowLeft: -KEY_STEP_PCT, ArrowRight: KEY_STEP_PCT, Home: -100, End: 100 }[e.key]
    if (delta === undefined) return
    e.preventDefault()
    props.onMove(delta)
  }
  const onPointerDown = (e: PointerEvent) => {
    if (!(e.currentTarget instanceof HTMLElement)) return
    e.preventDefault()
    e.currentTarget.setPointerCapture(e.pointerId)
    e.currentTarget.focus()
    lastX = e.clientX
  }
  const onPointerMove = (e: PointerEvent) => {
    const width = props.rowWidth()
    if (lastX === undefined || width <= 0) return
    props.onMove(((e.clientX - lastX) / width) * 100)
    lastX = e.clientX
  }
  const stop = () => (lastX = undefined)
  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={props.label}
      aria-valuenow={props.position}
      aria-valuemin={0}
      aria-valuemax={100}
      tabindex="0"
      class="group flex w-3 shrink-0 cursor-col-resize touch-none items-stretch justify-center focus-visible:outline focus-visible:outline-2 focus-visible:outline-blue-600"
      style={{ display: props.hidden ? "none" : undefined }}
      onKeyDown={onKeyDown}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={stop}
      onPointerCancel={stop}
    >
      <span aria-hidden="true" class="my-2 w-1 rounded bg-slate-300 group-hover:bg-blue-500 group-focus-visible:bg-blue-600" />
    </div>
  )
}
