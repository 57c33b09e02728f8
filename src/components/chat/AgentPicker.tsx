import { For, Show } from "solid-js"
import { useChat } from "../../state/chat/chat"

/**
 * The agent for this session's prompts; "Server default" sends none. Options carry `selected`
 * (not the select's value), because they arrive after the select renders.
 */
export function AgentPicker() {
  const chat = useChat()
  const choices = () => chat.pickers.agents()
  const known = () => choices().items.some((a) => a.name === chat.pickers.agent())
  return (
    <label class="flex min-w-0 items-center gap-1 text-xs text-slate-600">
      Agent
      <select class="field max-w-40 py-1 text-xs" onChange={(e) => chat.pickers.setAgent(e.currentTarget.value || undefined)}>
        <option value="" selected={!chat.pickers.agent()}>
          Server default
        </option>
        <Show when={!known() ? chat.pickers.agent() : undefined}>{(agent) => (
            <option value={agent()} selected>
              {agent()}
              {choices().loading ? "" : " (not offered now)"}
            </option>
          )}</Show>
        <For each={choices().items}>
          {(agent) => (
            <option value={agent.name} title={agent.description} selected={agent.name === chat.pickers.agent()}>
              {agent.name}
            </option>
          )}
        </For>
      </select>
      <Show when={choices().error}>{(error) => <span class="text-red-800">{error()}</span>}</Show>
    </label>
  )
}
