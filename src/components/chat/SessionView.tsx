import { useNavigate } from "@solidjs/router"
import { lazy, Show } from "solid-js"
import { effectiveModel, findModel } from "../../lib/chat/models"
import { displayTitle } from "../../lib/directory/session-title"
import type { Dock } from "../../lib/routing/panes"
import { ChatProvider, createChat } from "../../state/chat/chat"
import { createSessionActions, SessionActionsProvider } from "../../state/chat/session-actions"
import { useActiveServer } from "../../state/connection/active-server"
import { useDirectory } from "../../state/directory/active-directory"
import { useToasts } from "../../state/toasts"
import { useViewLinks } from "../../state/routing/view-links"
import { createNextTaskFlag } from "../../state/ui/progressive"
import { SessionChanges } from "../files/SessionChanges"
import { Composer } from "./Composer"
import { MessageList } from "./MessageList"
import { RequestDock } from "./RequestDock"
import { RevertNotice } from "./RevertNotice"
import { SessionHeader } from "./SessionHeader"
import { SessionNotice } from "./SessionNotice"
import { TodoList } from "./TodoList"

/** A docked terminal is the rarer case: its code loads when first docked. */
const DirectoryTerminals = lazy(() => import("../terminal/DirectoryTerminals"))

export type SessionViewProps = {
  sessionId: string
  /** Changes or a terminal shown beside (or below) the chat. */
  dock?: Dock | undefined
  /** Sizes the view: the page gives the screen's height, a pane its own. */
  class?: string
}

/** One session's chat, with its changes or a terminal docked beside it on request. Mount keyed by session id. */
export function SessionView(props: SessionViewProps) {
  // Keyed by session id where it is mounted, so reading the prop once is intended.
  // eslint-disable-next-line solid/reactivity
  const chat = createChat(props.sessionId)
  const links = useViewLinks()
  const navigate = useNavigate()
  const active = useActiveServer()
  const dir = useDirectory()
  const toasts = useToasts()
  const session = () => chat.data.session(chat.sessionId)
  const model = () => effectiveModel(chat.pickers.model(), session())
  const actions = createSessionActions({
    scope: dir.scope,
    sessionId: chat.sessionId,
    data: chat.data,
    model,
    setDraft: (text) => chat.composer.setDraft(text),
    openSession: (id) => navigate(links.to({ kind: "session", sessionId: id })),
    openDirectory: () => navigate(links.to({ kind: "sessions" })),
    report: (message) => void toasts.push({ kind: "error", message }),
    notify: (message) => void toasts.push({ kind: "info", message }),
  })
  const title = () => displayTitle(session()?.title ?? "Session")
  const beside = () => links.beside({ kind: "session", sessionId: chat.sessionId })
  const onBeside = () => {
    const href = beside()
    return href === undefined ? undefined : () => navigate(href)
  }
  // Opening a session in a second pane, beside one that streams, drew it all in one task of up to
  // 60 ms; the header and composer come a task after the messages.
  const controls = createNextTaskFlag()
  const dockTo = (dock: Dock | undefined) => navigate(links.to({ kind: "session", sessionId: chat.sessionId, ...(dock ? { dock } : {}) }))
  return (
    <ChatProvider value={chat}>
      <SessionActionsProvider value={actions}>
      <div class={`flex min-h-0 flex-col ${props.dock?.at === "below" ? "" : "md:flex-row"} ${props.class ?? ""}`}>
        <section aria-label="Chat" class="flex min-h-0 min-w-0 flex-1 flex-col">
          <Show when={controls()}>
            <SessionHeader title={title()} changesHref={links.to({ kind: "changes", sessionId: chat.sessionId })} onBeside={onBeside()} dock={props.dock} onDock={dockTo} contextLimit={findModel(chat.pickers.models().items, model())?.contextLimit} />
          </Show>
          <TodoList todos={chat.data.todos(chat.sessionId)} />
          <MessageList />
          <RevertNotice />
          <SessionNotice />
          <RequestDock />
          <Show when={controls()}>
            <Composer serverName={active.server().name} />
          </Show>
        </section>
        <Show when={props.dock}>{(dock) => <Docked show={dock().show} at={dock().at} sessionId={chat.sessionId} />}</Show>
      </div>
      </SessionActionsProvider>
    </ChatProvider>
  )
}

function Docked(props: { show: Dock["show"]; at: Dock["at"]; sessionId: string }) {
  const edge = () => (props.at === "below" ? "h-2/5 border-t" : "h-2/5 border-t md:h-auto md:border-t-0 md:border-l")
  return (
    <aside aria-label={props.show === "changes" ? "Docked changes" : "Docked terminal"} class={`min-h-0 min-w-0 flex-1 overflow-auto border-slate-200 bg-white ${edge()}`}>
      <Show when={props.show === "changes"} fallback={<DirectoryTerminals class="h-full min-h-60" />}>
        <div class="p-3">
          <SessionChanges sessionId={props.sessionId} />
        </div>
      </Show>
    </aside>
  )
}
