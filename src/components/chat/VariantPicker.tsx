import { For, Show } from "solid-js"

/** Thinking effort: the model's variants, or "Default"; shown only for a model that has some. */
export function VariantPicker(props: { variants: readonly string[]; value: string | undefined; onChange: (variant: string | undefined) => void }) {
  return (
    <Show when={props.variants.length > 0}>
      <label class="flex min-w-0 items-center gap-1 text-xs text-slate-600">
        Thinking effort
        <select class="field max-w-32 py-1 text-xs" onChange={(e) => props.onChange(e.currentTarget.value || undefined)}>
          <option value="" selected={!props.value}>
            Default
          </option>
          <For each={props.variants}>
            {(variant) => (
              <option value={variant} selected={props.value === variant}>
                {variant}
              </option>
            )}
          </For>
        </select>
      </label>
    </Show>
  )
}
