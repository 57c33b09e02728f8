import { A } from "@solidjs/router"
import { Show } from "solid-js"
import { useChat } from "../../state/chat/chat"
import { SessionActionsMenu } from "./SessionActionsMenu"
import { UsagePanel } from "./UsagePanel"

/** The session's title, its state in words, badges for what waits, context and cost, and the session's actions. */
export function SessionHeader(props: { title: string; changesHref: string; contextLimit: number | undefined }) {
  const chat = useChat()
  const waiting = () => chat.data.permissions(chat.sessionId).length
  const questions = () => chat.data.questions(chat.sessionId).length
  const state = () => {
    const s = chat.data.status(chat.sessionId)
    return s.type === "idle" ? "Idle" : s.type === "busy" ? "Working" : "Retrying"
  }
  return (
    <header class="flex flex-wrap items-center gap-3 border-b border-slate-200 bg-white px-4 py-2">
      <h1 class="m-0 min-w-0 flex-1 basis-full truncate text-lg font-semibold sm:basis-0">{props.title}</h1>
      <Show when={waiting() > 0}>
        <span role="status" class="rounded-full bg-amber-500 px-2 py-0.5 text-xs font-semibold text-white">
          {waiting() === 1 ? "Permission needed" : `${waiting()} permissions needed`}
        </span>
      </Show>
      <Show when={questions() > 0}>
        <span role="status" class="rounded-full bg-blue-600 px-2 py-0.5 text-xs font-semibold text-white">
          {questions() === 1 ? "Question waiting" : `${questions()} questions waiting`}
        </span>
      </Show>
      <span class="text-sm text-slate-600" data-session-state={state()}>
        {state()}
      </span>
      <A href={props.changesHref} class="text-sm text-blue-700 underline">
        Session changes
      </A>
      <UsagePanel contextLimit={props.contextLimit} />
      <SessionActionsMenu title={props.title} shared={chat.data.session(chat.sessionId)?.share?.url} />
    </header>
  )
}
