import { For, Show } from "solid-js"
import type { Todo } from "../../lib/model"

const MARK: Record<string, string> = { completed: "✓", in_progress: "▶", pending: "○", cancelled: "✕" }
const WORDS: Record<string, string> = { completed: "done", in_progress: "in progress", pending: "to do", cancelled: "cancelled" }

/** The agent's todo list for this session, collapsed to a count until opened. */
export function TodoList(props: { todos: Todo[] }) {
  const done = () => props.todos.filter((t) => t.status === "completed").length
  return (
    <Show when={props.todos.length > 0}>
      <details class="border-b border-slate-200 bg-white px-4 py-1 text-sm">
        <summary class="cursor-pointer text-slate-700">
          Todos ({done()} of {props.todos.length} done)
        </summary>
        <ul aria-label="Todos" class="m-0 list-none p-0 pb-1">
          <For each={props.todos}>
            {(todo) => (
              <li class={`flex gap-2 ${todo.status === "cancelled" ? "text-slate-400 line-through" : ""}`}>
                <span aria-hidden="true">{MARK[todo.status] ?? "•"}</span>
                <span class="flex-1">{todo.content}</span>
                <span class="text-xs text-slate-500">{WORDS[todo.status] ?? todo.status}</span>
              </li>
            )}
          </For>
        </ul>
      </details>
    </Show>
  )
}
