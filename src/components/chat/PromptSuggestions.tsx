import { Match, Show, Switch } from "solid-js"
import type { Suggestion, Suggestions } from "../../state/chat/suggestions"
import { OptionList } from "../ui/OptionList"

const KIND_LABEL: Record<Suggestion["kind"], string> = { file: "File", directory: "Folder", agent: "Agent", command: "Command" }

/** The "Mentions" or "Commands" list above the prompt, with its searching, empty and error states. */
export function PromptSuggestions(props: { id: string; suggestions: Suggestions; onPick: (s: Suggestion) => void }) {
  const label = () => (props.suggestions.kind() === "command" ? "Commands" : "Mentions")
  return (
    <Show when={props.suggestions.open()}>
      <div class="rounded border border-slate-300 bg-white p-1 text-sm shadow-sm">
        <OptionList label={label()} id={props.id} class="max-h-56" items={props.suggestions.items()} active={props.suggestions.active()} onActive={props.suggestions.setActive} onPick={props.onPick}>
          {(s) => (
            <span class="flex min-w-0 items-baseline gap-2">
              <span class="mono min-w-0 shrink-0 break-all">{s.kind === "command" ? `/${s.value}` : `@${s.value}`}</span>
              <span class="min-w-0 truncate text-xs text-slate-500">{s.kind === "command" ? (s.description ?? "") : KIND_LABEL[s.kind]}</span>
            </span>
          )}
        </OptionList>
        <Switch>
          <Match when={props.suggestions.error()}>
            {(error) => (
              <p role="alert" class="m-0 px-2 py-1 text-red-800">
                {error()}
              </p>
            )}
          </Match>
          <Match when={props.suggestions.items().length === 0 && props.suggestions.searching()}>
            <p role="status" class="m-0 px-2 py-1 text-slate-500">
              Searching…
            </p>
          </Match>
          <Match when={props.suggestions.items().length === 0}>
            <p role="status" class="m-0 px-2 py-1 text-slate-500">
              {props.suggestions.kind() === "command" ? "No command matches." : "No file, folder or agent matches."}
            </p>
          </Match>
        </Switch>
        <p class="m-0 px-2 pt-1 text-xs text-slate-500">↑↓ to choose, Enter or Tab to insert, Esc to close</p>
      </div>
    </Show>
  )
}
