import { createUniqueId, onCleanup, onMount, type JSX } from "solid-js"

export type DialogProps = {
  /** Required: the dialog's accessible name. */
  title: string
  onClose: () => void
  children: JSX.Element
  wide?: boolean
}

/** A modal on the native <dialog>: focus trap, Escape to close and the backdrop come with it. */
export function Dialog(props: DialogProps) {
  let dialog: HTMLDialogElement | undefined
  const titleId = createUniqueId()
  onMount(() => dialog?.showModal())
  onCleanup(() => dialog?.close())
  return (
    <dialog
      ref={(el) => (dialog = el)}
      aria-labelledby={titleId}
      class={`rounded-lg border border-slate-300 bg-white p-0 text-slate-900 shadow-xl backdrop:bg-night-950/60 ${props.wide ? "w-[min(92vw,44rem)]" : "w-[min(92vw,30rem)]"}`}
      onCancel={(e) => {
        e.preventDefault()
        props.onClose()
      }}
    >
      <div class="p-5">
        <h2 id={titleId} class="text-lg font-semibold mb-3">
          {props.title}
        </h2>
        {props.children}
      </div>
    </dialog>
  )
}
