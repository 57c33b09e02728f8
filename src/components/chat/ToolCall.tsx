import { createMemo, Show } from "solid-js"
import { TOOL_STATUS_TEXT, toolInputText, toolTitle } from "../../lib/chat/format"
import { toolDiffs } from "../../lib/chat/tool-diff"
import type { ToolPart } from "../../lib/model"
import { ToolDiffs } from "./ToolDiffs"

const TONE: Record<ToolPart["state"]["status"], string> = {
  pending: "text-slate-600",
  running: "text-blue-700",
  completed: "text-green-800",
  error: "text-red-800",
}

function outputOf(part: ToolPart): string {
  const state = part.state
  if (state.status === "completed") return state.output
  const streamed = state.status === "running" ? state.metadata?.output : undefined
  return typeof streamed === "string" ? streamed : ""
}

function metadataOf(part: ToolPart): Record<string, unknown> | undefined {
  return part.state.status === "pending" ? undefined : part.state.metadata
}

/** One tool call: name, status in words, the change it made as a diff, input and output behind disclosures. */
export function ToolCall(props: { part: ToolPart; waiting: boolean }) {
  const status = () => props.part.state.status
  // A rejected or failed edit changed nothing, so it shows no diff (the permission card showed it).
  const diffs = createMemo(() => (status() === "error" ? [] : toolDiffs(props.part.tool, metadataOf(props.part), props.part.state.input)))
  const input = () => toolInputText(props.part.state.input)
  const error = () => (props.part.state.status === "error" ? props.part.state.error : "")
  return (
    <section aria-label={`Tool ${props.part.tool}`} class="my-2 rounded border border-slate-200 bg-white text-sm">
      <header class="flex flex-wrap items-baseline gap-2 px-2 py-1">
        <span class="mono font-semibold">{props.part.tool}</span>
        <span class="min-w-0 flex-1 truncate text-slate-600">{toolTitle(props.part)}</span>
        <span class={`font-medium ${TONE[status()]}`}>{props.waiting ? "Waiting for permission" : TOOL_STATUS_TEXT[status()]}</span>
      </header>
      <ToolDiffs diffs={diffs()} />
      <Show when={input()}>
        <details class="border-t border-slate-100 px-2 py-1">
          <summary class="cursor-pointer text-slate-600">Input</summary>
          <pre class="mono m-0 overflow-x-auto whitespace-pre-wrap text-xs">{input()}</pre>
        </details>
      </Show>
      <Show when={outputOf(props.part)}>
        {(output) => (
          <details class="border-t border-slate-100 px-2 py-1" open={status() === "completed"}>
            <summary class="cursor-pointer text-slate-600">Output</summary>
            <pre class="mono m-0 max-h-80 overflow-auto whitespace-pre-wrap text-xs">{output()}</pre>
          </details>
        )}
      </Show>
      <Show when={error()}>
        <p class="m-0 border-t border-slate-100 px-2 py-1 text-red-800">{error()}</p>
      </Show>
    </section>
  )
}
