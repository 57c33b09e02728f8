import { createSignal, createUniqueId, onMount, Show } from "solid-js"

export type RenameFieldProps = {
  title: string
  /** Resolves to an error to show, or undefined when saved. */
  onSave: (title: string) => Promise<string | undefined>
  onCancel: () => void
}

/** The tab's name as a field: Enter saves, Escape cancels; a refused name stays for correcting. */
export function RenameField(props: RenameFieldProps) {
  const [error, setError] = createSignal<string>()
  const [saving, setSaving] = createSignal(false)
  const errorId = createUniqueId()
  let input: HTMLInputElement | undefined
  onMount(() => input?.select())

  const save = async (event: SubmitEvent) => {
    event.preventDefault()
    if (!input || saving()) return
    setSaving(true)
    setError(await props.onSave(input.value))
    setSaving(false)
  }

  return (
    <form class="flex items-center gap-1 px-1 py-0.5" onSubmit={(e) => void save(e)}>
      <input
        ref={(el) => (input = el)}
        class="field w-36 py-0.5"
        aria-label="Terminal name"
        value={props.title}
        aria-invalid={error() ? "true" : undefined}
        aria-describedby={error() ? errorId : undefined}
        onKeyDown={(e) => e.key === "Escape" && (e.preventDefault(), props.onCancel())}
      />
      <button type="submit" class="btn py-0.5" disabled={saving()}>
        Save
      </button>
      <button type="button" class="btn py-0.5" onClick={() => props.onCancel()}>
        Cancel
      </button>
      <Show when={error()}>
        <span id={errorId} role="alert" class="text-sm text-red-700">
          {error()}
        </span>
      </Show>
    </form>
  )
}
