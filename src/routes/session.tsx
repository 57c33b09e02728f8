import { useNavigate, useParams } from "@solidjs/router"
import { onMount, Show } from "solid-js"
import { links } from "../lib/routing/links"
import { effectiveModel, findModel } from "../lib/chat/models"
import { Composer } from "../components/chat/Composer"
import { MessageList } from "../components/chat/MessageList"
import { RequestDock } from "../components/chat/RequestDock"
import { RevertNotice } from "../components/chat/RevertNotice"
import { SessionHeader } from "../components/chat/SessionHeader"
import { SessionNotice } from "../components/chat/SessionNotice"
import { SessionSidebar } from "../components/chat/SessionSidebar"
import { TodoList } from "../components/chat/TodoList"
import { useTrail } from "../state/breadcrumbs"
import { ChatProvider, createChat } from "../state/chat/chat"
import { createSessionActions, SessionActionsProvider } from "../state/chat/session-actions"
import { useDirectory } from "../state/directory/active-directory"
import { useActiveServer } from "../state/connection/active-server"
import { useToasts } from "../state/toasts"

/** /s/<server>/d/<dir>/session/<id>: one session's chat, keyed by id so a switch starts clean. */
export default function SessionPage() {
  const params = useParams<{ sessionId: string }>()
  const active = useActiveServer()
  const dir = useDirectory()
  const href = (id: string) => links.session(active.server().id, dir.directory(), id)
  return (
    <div class="flex h-[calc(100dvh-7rem)] min-h-96">
      <SessionSidebar currentId={params.sessionId} href={href} />
      <Show when={params.sessionId} keyed>
        {(id) => <SessionChat sessionId={id} />}
      </Show>
    </div>
  )
}

function SessionChat(props: { sessionId: string }) {
  // The page is keyed by session id, so reading the prop once is intended.
  // eslint-disable-next-line solid/reactivity
  const chat = createChat(props.sessionId)
  const active = useActiveServer()
  const dir = useDirectory()
  const toasts = useToasts()
  const navigate = useNavigate()
  const session = () => chat.data.session(chat.sessionId)
  const model = () => effectiveModel(chat.pickers.model(), session())
  const actions = createSessionActions({
    scope: dir.scope,
    sessionId: chat.sessionId,
    data: chat.data,
    model,
    setDraft: (text) => chat.composer.setDraft(text),
    openSession: (id) => navigate(links.session(active.server().id, dir.directory(), id)),
    openDirectory: () => navigate(links.directory(active.server().id, dir.directory())),
    report: (message) => void toasts.push({ kind: "error", message }),
    notify: (message) => void toasts.push({ kind: "info", message }),
  })
  const title = () => session()?.title ?? "Session"
  useTrail().use(() => [{ label: dir.directory(), href: links.directory(active.server().id, dir.directory()) }, { label: title() }])
  // A failure shows in the message list's header (history().error) with Retry.
  onMount(() => void chat.data.loadMessages(chat.sessionId).catch(() => undefined))
  return (
    <ChatProvider value={chat}>
      <SessionActionsProvider value={actions}>
        <section aria-label="Chat" class="flex min-w-0 flex-1 flex-col">
          <SessionHeader title={title()} changesHref={links.changes(active.server().id, dir.directory(), chat.sessionId)} contextLimit={findModel(chat.pickers.models().items, model())?.contextLimit} />
          <TodoList todos={chat.data.todos(chat.sessionId)} />
          <MessageList />
          <RevertNotice />
          <SessionNotice />
          <RequestDock />
          <Composer serverName={active.server().name} />
        </section>
      </SessionActionsProvider>
    </ChatProvider>
  )
}
