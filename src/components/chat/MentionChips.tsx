import { For, Show } from "solid-js"
import type { Mention } from "../../lib/prompt/parts"

const KIND: Record<Mention["kind"], string> = { file: "file", directory: "folder", agent: "agent" }

/** What the prompt's @mentions will send: each file, folder or agent as a chip that can be taken out. */
export function MentionChips(props: { mentions: Mention[]; onRemove: (m: Mention) => void }) {
  return (
    <Show when={props.mentions.length > 0}>
      <ul aria-label="Mentioned" class="m-0 flex list-none flex-wrap gap-1 p-0">
        <For each={props.mentions}>
          {(m) => (
            <li class="flex items-center gap-1 rounded-full bg-blue-50 py-0.5 pl-2 pr-1 text-xs text-blue-900 ring-1 ring-blue-200">
              <span class="mono">@{m.value}</span>
              <span class="text-blue-700">{KIND[m.kind]}</span>
              <button type="button" class="rounded-full px-1 hover:bg-blue-100" aria-label={`Remove mention ${m.value}`} onClick={() => props.onRemove(m)}>
                ×
              </button>
            </li>
          )}
        </For>
      </ul>
    </Show>
  )
}
