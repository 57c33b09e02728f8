import { createUniqueId, Show, splitProps, type JSX } from "solid-js"

export type FieldProps = JSX.InputHTMLAttributes<HTMLInputElement> & {
  /** Required: the field's accessible name. */
  label: string
  error?: string | undefined
  hint?: string
}

/** A labelled input whose error is announced and tied to it with aria-describedby. */
export function Field(props: FieldProps) {
  const [local, rest] = splitProps(props, ["label", "error", "hint", "class"])
  const id = createUniqueId()
  return (
    <div class={local.class}>
      <label for={id} class="label">
        {local.label}
      </label>
      <input id={id} class="field" aria-invalid={local.error ? "true" : undefined} aria-describedby={local.error ? `${id}-err` : local.hint ? `${id}-hint` : undefined} {...rest} />
      <Show when={local.hint && !local.error}>
        <p id={`${id}-hint`} class="mt-1 text-xs text-slate-500">
          {local.hint}
        </p>
      </Show>
      <Show when={local.error}>
        <p id={`${id}-err`} role="alert" class="mt-1 text-xs text-red-700">
          {local.error}
        </p>
      </Show>
    </div>
  )
}
