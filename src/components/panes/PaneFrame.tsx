import type { JSX } from "solid-js"

export type PaneFrameProps = {
  domId: string
  /** The region's name: "<server> · <what it shows>". */
  label: string
  /** The server's color frames the pane; its name is in the label and the header too. */
  color: string | undefined
  hidden: boolean
  /** CSS `flex` of the pane in its row (its share of the width). */
  flex: string
  onClose: () => void
  header: JSX.Element
  children: JSX.Element
}

/** One pane's box: framed in its server's color, a header with "Close pane", and its view. */
export function PaneFrame(props: PaneFrameProps) {
  return (
    <section
      id={props.domId}
      aria-label={props.label}
      tabindex="-1"
      class="flex min-h-0 min-w-0 flex-col overflow-hidden rounded border-2 bg-white focus-visible:outline focus-visible:outline-3 focus-visible:outline-offset-1 focus-visible:outline-blue-600"
      // An inline display beats the frame's own `flex` class; the pane stays mounted and live.
      style={{ "border-color": props.color ?? "#94a3b8", flex: props.flex, display: props.hidden ? "none" : undefined }}
    >
      <header class="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 bg-slate-50 px-2 py-1 text-sm">
        {props.header}
        <button type="button" class="btn ml-auto px-2 py-0.5 text-xs" onClick={() => props.onClose()}>
          Close pane
        </button>
      </header>
      <div class="flex min-h-0 flex-1 flex-col overflow-auto">{props.children}</div>
    </section>
  )
}
