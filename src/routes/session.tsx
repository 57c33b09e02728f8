import { useParams } from "@solidjs/router"
import { onMount, Show } from "solid-js"
import { links } from "../lib/routing/links"
import { displayTitle } from "../lib/directory/session-title"
import { Composer } from "../components/chat/Composer"
import { MessageList } from "../components/chat/MessageList"
import { RequestDock } from "../components/chat/RequestDock"
import { SessionHeader } from "../components/chat/SessionHeader"
import { SessionNotice } from "../components/chat/SessionNotice"
import { TodoList } from "../components/chat/TodoList"
import { useTrail } from "../state/breadcrumbs"
import { ChatProvider, createChat } from "../state/chat/chat"
import { useDirectory } from "../state/directory/active-directory"
import { useActiveServer } from "../state/connection/active-server"

/** /s/<server>/d/<dir>/session/<id>: one session's chat, keyed by id so a switch starts clean. */
export default function SessionPage() {
  const params = useParams<{ sessionId: string }>()
  return (
    <Show when={params.sessionId} keyed>
      {(id) => <SessionChat sessionId={id} />}
    </Show>
  )
}

function SessionChat(props: { sessionId: string }) {
  // The page is keyed by session id, so reading the prop once is intended.
  // eslint-disable-next-line solid/reactivity
  const chat = createChat(props.sessionId)
  const active = useActiveServer()
  const dir = useDirectory()
  const title = () => displayTitle(chat.data.session(chat.sessionId)?.title ?? "Session")
  useTrail().use(() => [{ label: dir.directory(), href: links.directory(active.server().id, dir.directory()) }, { label: title() }])
  // A failure shows in the message list's header (history().error) with Retry.
  onMount(() => void chat.data.loadMessages(chat.sessionId).catch(() => undefined))
  return (
    <ChatProvider value={chat}>
      <section aria-label="Chat" class="flex min-h-72 flex-1 flex-col">
        <SessionHeader title={title()} changesHref={links.changes(active.server().id, dir.directory(), chat.sessionId)} />
        <TodoList todos={chat.data.todos(chat.sessionId)} />
        <MessageList />
        <SessionNotice />
        <RequestDock />
        <Composer />
      </section>
    </ChatProvider>
  )
}
