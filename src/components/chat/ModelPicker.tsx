import { For, Show } from "solid-js"
import { useChat } from "../../state/chat/chat"

/**
 * The model for this session's prompts; "Server default" sends none and lets the server choose.
 * Options carry `selected` (not the select's value), because they arrive after the select renders.
 */
export function ModelPicker() {
  const chat = useChat()
  const choices = () => chat.pickers.models()
  const selectedIndex = () => {
    const model = chat.pickers.model()
    if (!model) return -1
    return choices().items.findIndex((c) => c.providerID === model.providerID && c.modelID === model.modelID)
  }
  const value = () => {
    if (!chat.pickers.model()) return ""
    return selectedIndex() >= 0 ? String(selectedIndex()) : "saved"
  }
  const pick = (value: string) => {
    if (value === "saved") return
    const choice = value === "" ? undefined : choices().items[Number(value)]
    chat.pickers.setModel(choice ? { providerID: choice.providerID, modelID: choice.modelID } : undefined)
  }
  return (
    <label class="flex min-w-0 items-center gap-1 text-xs text-slate-600">
      Model
      <select class="field max-w-40 py-1 text-xs md:max-w-56" onChange={(e) => pick(e.currentTarget.value)}>
        <option value="" selected={value() === ""}>
          Server default
        </option>
        <Show when={value() === "saved" ? chat.pickers.model() : undefined}>
          {(model) => (
            <option value="saved" selected>
              {model().providerID}/{model().modelID}
              {choices().loading ? "" : " (not offered now)"}
            </option>
          )}
        </Show>
        <For each={choices().items}>
          {(choice, index) => (
            <option value={String(index())} selected={value() === String(index())}>
              {choice.providerName}: {choice.modelName}
            </option>
          )}
        </For>
      </select>
      <Show when={choices().error}>{(error) => <span class="text-red-800">{error()}</span>}</Show>
    </label>
  )
}
