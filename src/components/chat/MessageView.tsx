import { For, Show } from "solid-js"
import { formatTime } from "../../lib/chat/format"
import { errorMessage, type Message, type Part } from "../../lib/model"
import { PartView } from "./PartView"

export type MessageViewProps = {
  message: Message
  parts: Part[]
  waitingCalls: ReadonlySet<string>
}

/** One message with its parts; a reply still being written says so. */
export function MessageView(props: MessageViewProps) {
  const assistant = () => (props.message.role === "assistant" ? props.message : undefined)
  const streaming = () => {
    const a = assistant()
    return a !== undefined && a.time.completed === undefined && a.error === undefined
  }
  const failure = () => assistant()?.error
  return (
    <article
      aria-label={props.message.role === "user" ? "Your message" : "Assistant reply"}
      aria-busy={streaming()}
      data-streaming={streaming() ? "true" : "false"}
      class={`border-b border-slate-100 px-4 py-3 ${props.message.role === "user" ? "bg-slate-50" : "bg-white"}`}
    >
      <header class="mb-1 flex gap-2 text-xs text-slate-500">
        <span class="font-semibold text-slate-700">{props.message.role === "user" ? "You" : (assistant()?.agent ?? "Assistant")}</span>
        <Show when={assistant()?.modelID}>{(model) => <span>{model()}</span>}</Show>
        <time datetime={new Date(props.message.time.created).toISOString()}>{formatTime(props.message.time.created)}</time>
      </header>
      <For each={props.parts}>{(part) => <PartView part={part} fromUser={props.message.role === "user"} waitingCalls={props.waitingCalls} />}</For>
      <Show when={streaming()}>
        <p role="status" class="m-0 text-xs text-blue-700">
          Replying…
        </p>
      </Show>
      <Show when={failure()}>
        {(error) => (
          <Show when={error().name !== "MessageAbortedError"} fallback={<p class="m-0 text-xs text-slate-500">Stopped.</p>}>
            <p class="m-0 text-sm text-red-800">Error: {errorMessage(error())}</p>
          </Show>
        )}
      </Show>
    </article>
  )
}
