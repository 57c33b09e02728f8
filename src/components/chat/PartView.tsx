import { For, Match, Show, Switch } from "solid-js"
import type { Part } from "../../lib/model"
import { asFile, asPatch, asReasoning, asText, asTool, OTHER_PART_LABELS } from "../../lib/chat/parts"
import { Markdown } from "./Markdown"
import { ToolCall } from "./ToolCall"

export type PartViewProps = {
  part: Part
  /** The person's own text is shown as typed; the assistant's as Markdown. */
  fromUser: boolean
  /** Tool call ids that wait for a permission answer. */
  waitingCalls: ReadonlySet<string>
}

/** One part of a message, drawn by its kind. Every string in a part is untrusted. */
export function PartView(props: PartViewProps) {
  return (
    <Switch fallback={<p class="my-1 text-xs text-slate-500">{OTHER_PART_LABELS[props.part.type] ?? props.part.type}</p>}>
      <Match when={asText(props.part)}>
        {(text) => (
          <Show when={!text().ignored}>
            <Show when={!props.fromUser} fallback={<p class="my-1 whitespace-pre-wrap break-words">{text().text}</p>}>
              <Markdown text={text().text} />
            </Show>
          </Show>
        )}
      </Match>
      <Match when={asReasoning(props.part)}>
        {(reasoning) => (
          <details class="my-1 text-sm text-slate-600">
            <summary class="cursor-pointer">Reasoning</summary>
            <Markdown text={reasoning().text} />
          </details>
        )}
      </Match>
      <Match when={asTool(props.part)}>{(tool) => <ToolCall part={tool()} waiting={props.waitingCalls.has(tool().callID)} />}</Match>
      <Match when={props.part.type === "step-start"}>
        <hr class="my-2 border-slate-100" />
      </Match>
      {/* Tokens and cost show once per message, in its header, and for the session in its panel. */}
      <Match when={props.part.type === "step-finish"}>{null}</Match>
      <Match when={asPatch(props.part)}>
        {(patch) => (
          <div class="my-1 text-sm">
            <span class="text-slate-600">Files changed:</span>
            <ul class="m-0 pl-5">
              <For each={patch().files}>{(file) => <li class="mono text-xs">{file}</li>}</For>
            </ul>
          </div>
        )}
      </Match>
      <Match when={asFile(props.part)}>
        {(file) => (
          <p class="my-1 text-sm">
            Attached file: <span class="mono">{file().filename ?? file().mime}</span>
          </p>
        )}
      </Match>
    </Switch>
  )
}
