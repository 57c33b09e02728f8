import { createMemo, Match, Show, Switch } from "solid-js"
import { forkPoint, newestAssistantId, shownMessages } from "../../lib/chat/conversation"
import { replyState } from "../../lib/chat/reply-state"
import { useChat } from "../../state/chat/chat"
import { useSessionActions } from "../../state/chat/session-actions"
import { MessageView } from "./MessageView"
import { VirtualList } from "./VirtualList"

/** A message's height before it is measured; close to a short exchange, so the first jump is small. */
const ESTIMATE_PX = 120

/** The session's messages, newest at the bottom; older pages load as the person scrolls up. */
export function MessageList() {
  const chat = useChat()
  const actions = useSessionActions()
  const id = chat.sessionId
  const history = () => chat.data.history(id)
  const all = () => chat.data.messages(id)
  const messages = createMemo(() => shownMessages(all(), chat.data.session(id)?.revert))
  const newest = createMemo(() => newestAssistantId(messages()))
  const waitingCalls = createMemo(() => new Set(chat.data.permissions(id).flatMap((p) => (p.tool ? [p.tool.callID] : []))))
  const loadOlder = () => {
    const h = history()
    if (!h.cursor || h.loadingOlder || h.state === "loading") return
    // A failure lands in history().error, shown in the header with Retry.
    chat.data.loadOlder(id).catch(() => undefined)
  }
  const retry = () => {
    const load = all().length > 0 ? chat.data.loadOlder(id) : chat.data.loadMessages(id)
    load.catch(() => undefined)
  }

  const header = (
    <div class="flex h-9 items-center justify-center px-4 text-xs text-slate-500">
      <Switch fallback={<span>Start of the session</span>}>
        <Match when={history().error}>
          {(error) => (
            <p role="alert" class="m-0 flex items-center gap-2 text-red-800">
              {error()}
              <button type="button" class="btn px-2 py-0.5 text-xs" onClick={retry}>
                Retry
              </button>
            </p>
          )}
        </Match>
        <Match when={history().state === "loading" || history().state === "idle"}>
          <span role="status">Loading messages…</span>
        </Match>
        <Match when={history().loadingOlder}>
          <span role="status">Loading older messages…</span>
        </Match>
        <Match when={history().cursor}>
          <span>Scroll up for older messages</span>
        </Match>
      </Switch>
    </div>
  )

  return (
    <VirtualList
      items={messages()}
      itemKey={(message) => message.id}
      estimate={ESTIMATE_PX}
      label="Messages"
      unit="new message"
      class="min-h-0 flex-1 bg-white"
      header={
        <>
          {header}
          <Show when={history().state === "ready" && messages().length === 0}>
            <p class="px-4 text-sm text-slate-600">No messages yet. Write a prompt below.</p>
          </Show>
        </>
      }
      onNearTop={loadOlder}
      loadAll={() => chat.data.loadAllOlder(id)}
    >
      {(message) => (
        <MessageView
          message={message}
          parts={chat.data.parts(message.id)}
          waitingCalls={waitingCalls()}
          reply={message.role === "assistant" ? replyState(message, { status: chat.data.status(id), sessionError: chat.data.error(id), newest: message.id === newest() }) : undefined}
          {...(message.role === "user" ? { onRevert: () => void actions.revert(message.id) } : {})}
          onFork={() => void actions.fork(forkPoint(messages(), message.id))}
          busy={actions.running("revert") || actions.running("restore") || actions.running("fork")}
          working={chat.busy()}
        />
      )}
    </VirtualList>
  )
}
