import type { JSX } from "solid-js"
import { Dialog } from "./Dialog"

export type ConfirmDialogProps = {
  title: string
  children: JSX.Element
  confirmLabel: string
  danger?: boolean
  onConfirm: () => void
  onCancel: () => void
}

export function ConfirmDialog(props: ConfirmDialogProps) {
  return (
    <Dialog title={props.title} onClose={props.onCancel}>
      <div class="text-sm text-slate-700">{props.children}</div>
      <div class="mt-5 flex justify-end gap-2">
        <button type="button" class="btn" onClick={() => props.onCancel()}>
          Cancel
        </button>
        <button type="button" class={props.danger ? "btn-danger" : "btn-primary"} onClick={() => props.onConfirm()}>
          {props.confirmLabel}
        </button>
      </div>
    </Dialog>
  )
}
