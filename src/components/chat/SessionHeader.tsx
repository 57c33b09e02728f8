import { A } from "@solidjs/router"
import { Show } from "solid-js"
import { useChat } from "../../state/chat/chat"

/** The session's title, its state in words, and a badge while the agent waits for a permission. */
export function SessionHeader(props: { title: string; changesHref: string }) {
  const chat = useChat()
  const waiting = () => chat.data.permissions(chat.sessionId).length
  const questions = () => chat.data.questions(chat.sessionId).length
  const state = () => {
    const s = chat.data.status(chat.sessionId)
    return s.type === "idle" ? "Idle" : s.type === "busy" ? "Working" : "Retrying"
  }
  return (
    <header class="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-200 bg-white px-4 py-2">
      <h1 class="m-0 min-w-0 flex-1 basis-40 truncate text-lg font-semibold" title={props.title}>{props.title}</h1>
      <Show when={waiting() > 0}>
        <span role="status" class="shrink-0 rounded-full bg-amber-700 px-2 py-0.5 text-xs font-semibold text-white">
          {waiting() === 1 ? "Permission needed" : `${waiting()} permissions needed`}
        </span>
      </Show>
      <Show when={questions() > 0}>
        <span role="status" class="shrink-0 rounded-full bg-blue-700 px-2 py-0.5 text-xs font-semibold text-white">
          {questions() === 1 ? "Question waiting" : `${questions()} questions waiting`}
        </span>
      </Show>
      <span class="text-sm text-slate-600" data-session-state={state()}>
        {state()}
      </span>
      <A href={props.changesHref} class="text-sm text-blue-700 underline">
        Session changes
      </A>
    </header>
  )
}
