import { For, Match, Show, Switch } from "solid-js"
import { formatCost, formatTime, formatTokens } from "../../lib/chat/format"
import type { ReplyState } from "../../lib/chat/reply-state"
import type { Message, Part } from "../../lib/model"
import { PartView } from "./PartView"

export type MessageViewProps = {
  message: Message
  parts: Part[]
  waitingCalls: ReadonlySet<string>
  /** For a reply: decided from the session's status too (see lib/chat/reply-state.ts). */
  reply: ReplyState | undefined
  /** Undo this prompt and what followed (user messages only). */
  onRevert?: () => void
  onFork: () => void
  /** An action on this session is on its way; the buttons wait. */
  busy: boolean
  /** The server refuses a revert while the session works. */
  working: boolean
}

/** One message with its parts; a reply says whether it is still being written, done, or interrupted. */
export function MessageView(props: MessageViewProps) {
  const assistant = () => (props.message.role === "assistant" ? props.message : undefined)
  const streaming = () => props.reply?.kind === "streaming"
  const usage = () => {
    const a = assistant()
    return a?.tokens && a.time.completed !== undefined ? `${formatTokens(a.tokens)} · ${formatCost(a.cost ?? 0)}` : undefined
  }
  return (
    <article
      aria-label={props.message.role === "user" ? "Your message" : "Assistant reply"}
      aria-busy={streaming()}
      data-streaming={streaming() ? "true" : "false"}
      class={`group border-b border-slate-100 px-4 py-3 ${props.message.role === "user" ? "bg-slate-50" : "bg-white"}`}
    >
      <header class="mb-1 flex flex-wrap items-baseline gap-x-2 text-xs text-slate-500">
        <span class="font-semibold text-slate-700">{props.message.role === "user" ? "You" : (assistant()?.agent ?? "Assistant")}</span>
        <Show when={assistant()?.modelID}>{(model) => <span>{model()}</span>}</Show>
        <time datetime={new Date(props.message.time.created).toISOString()}>{formatTime(props.message.time.created)}</time>
        <Show when={usage()}>{(text) => <span class="text-slate-400">{text()}</span>}</Show>
        <span class="ml-auto flex gap-1">
          <Show when={props.onRevert}>
            {(revert) => (
              <button type="button" class="btn px-2 py-0 text-xs" disabled={props.busy || props.working} title={props.working ? "Wait until the agent has finished" : undefined} onClick={() => revert()()}>
                Revert
              </button>
            )}
          </Show>
          <button type="button" class="btn px-2 py-0 text-xs" disabled={props.busy} onClick={() => props.onFork()}>
            Fork from here
          </button>
        </span>
      </header>
      <For each={props.parts}>{(part) => <PartView part={part} fromUser={props.message.role === "user"} waitingCalls={props.waitingCalls} />}</For>
      <Switch>
        <Match when={props.reply?.kind === "streaming"}>
          <p role="status" class="m-0 text-xs text-blue-700">
            Replying…
          </p>
        </Match>
        <Match when={props.reply?.kind === "interrupted" ? props.reply : undefined}>
          {(state) => (
            <p class="m-0 text-xs text-amber-800" data-reply="interrupted">
              Interrupted{state().reason ? `: ${state().reason}.` : ": the reply stopped before it finished."}
            </p>
          )}
        </Match>
        <Match when={props.reply?.kind === "failed" ? props.reply : undefined}>{(state) => <p class="m-0 text-sm text-red-800">Error: {state().message}</p>}</Match>
      </Switch>
    </article>
  )
}
