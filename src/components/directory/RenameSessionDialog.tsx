import { createSignal } from "solid-js"
import { Dialog } from "../ui/Dialog"
import { Field } from "../ui/Field"

/** Asks for a new title; an empty one is refused in place, nothing is lost on Cancel. */
export function RenameSessionDialog(props: { initialTitle: string; onSave: (title: string) => void; onCancel: () => void }) {
  const [value, setValue] = createSignal(props.initialTitle)
  const [error, setError] = createSignal<string>()
  const submit = (e: SubmitEvent) => {
    e.preventDefault()
    const title = value().trim()
    if (title === "") return setError("A session needs a title.")
    props.onSave(title)
  }
  return (
    <Dialog title="Rename session" onClose={() => props.onCancel()}>
      <form onSubmit={submit} class="flex flex-col gap-4">
        <Field label="Title" value={value()} error={error()} onInput={(e) => setValue(e.currentTarget.value)} autofocus />
        <div class="flex justify-end gap-2">
          <button type="button" class="btn" onClick={() => props.onCancel()}>
            Cancel
          </button>
          <button type="submit" class="btn-primary">
            Save
          </button>
        </div>
      </form>
    </Dialog>
  )
}
