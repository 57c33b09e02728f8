import { createMemo, Show } from "solid-js"
import { unwrap } from "solid-js/store"
import { formatCost, formatCount } from "../../lib/chat/format"
import { formatShare, sessionUsage, tokenTotal } from "../../lib/chat/usage"
import { useChat } from "../../state/chat/chat"

/** "Context and cost": the session's tokens by kind, how full the model's window is, and what it cost. */
export function UsagePanel(props: { contextLimit: number | undefined }) {
  const chat = useChat()
  const usage = createMemo(() => {
    const messages = chat.data.messages(chat.sessionId)
    // Summed through the store, 2,000 messages cost about 5 ms each time a page of older ones
    // arrived. Later on only the list's length and its newest reply change (a reply's tokens come
    // when it finishes), so the memo tracks those and sums the plain data.
    const newest = messages.findLast((m) => m.role === "assistant")
    if (newest?.role === "assistant") void [newest.cost, newest.tokens && tokenTotal(newest.tokens)]
    return sessionUsage(chat.data.session(chat.sessionId), unwrap(messages), props.contextLimit)
  })
  const share = () => usage().contextShare
  const row = (label: string, value: string) => (
    <>
      <dt class="text-slate-500">{label}</dt>
      <dd class="m-0 text-right tabular-nums">{value}</dd>
    </>
  )
  return (
    <details class="relative">
      <summary class="btn cursor-pointer list-none text-sm" aria-label="Context and cost">
        <Show when={share()} fallback={<span>{formatCount(usage().contextUsed)} tokens</span>}>
          {(s) => <span>{formatShare(s())} context</span>}
        </Show>
        <span class="text-slate-500"> · {formatCost(usage().cost)}</span>
      </summary>
      <div class="absolute right-0 z-20 mt-1 w-64 rounded border border-slate-200 bg-white p-3 text-sm shadow-lg">
        <h2 class="m-0 mb-2 text-sm font-semibold">Context and cost</h2>
        <Show when={share()}>
          {(s) => (
            <div class="mb-2">
              <div class="h-2 overflow-hidden rounded bg-slate-200" role="meter" aria-label="Context window used" aria-valuemin={0} aria-valuemax={100} aria-valuenow={Math.round(s() * 100)}>
                <div class={`h-full ${s() > 0.8 ? "bg-red-600" : "bg-blue-600"}`} style={{ width: `${Math.max(1, s() * 100)}%` }} />
              </div>
              <p class="m-0 mt-1 text-xs text-slate-600">
                {formatCount(usage().contextUsed)} of {formatCount(props.contextLimit ?? 0)} tokens ({formatShare(s())}) in the model's context window
              </p>
            </div>
          )}
        </Show>
        <dl class="m-0 grid grid-cols-2 gap-x-3 gap-y-0.5">
          {row("Input", formatCount(usage().tokens.input))}
          {row("Output", formatCount(usage().tokens.output))}
          {row("Reasoning", formatCount(usage().tokens.reasoning))}
          {row("Cache read", formatCount(usage().tokens.cache.read))}
          {row("Cache write", formatCount(usage().tokens.cache.write))}
          {row("Cost", formatCost(usage().cost))}
        </dl>
      </div>
    </details>
  )
}
