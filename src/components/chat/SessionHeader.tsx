import { A } from "@solidjs/router"
import { Show } from "solid-js"
import type { Dock } from "../../lib/routing/panes"
import { useChat } from "../../state/chat/chat"
import { SessionActionsMenu } from "./SessionActionsMenu"
import { UsagePanel } from "./UsagePanel"

export type SessionHeaderProps = {
  title: string
  changesHref: string
  /** Opens the session in a new pane; undefined when no more panes fit. */
  onBeside: (() => void) | undefined
  dock: Dock | undefined
  onDock: (dock: Dock | undefined) => void
  contextLimit: number | undefined
}

/** A pressed toggle looks pressed, beside its aria-pressed state. */
const PRESSED = "!border-blue-600 !bg-blue-50 !text-blue-900"
const FULL = "Side by side holds up to 4 panes; close one first."

/** The session's title, its state in words, badges for what waits, where its work shows, context and cost, and its actions. */
export function SessionHeader(props: SessionHeaderProps) {
  const chat = useChat()
  const waiting = () => chat.data.permissions(chat.sessionId).length
  const questions = () => chat.data.questions(chat.sessionId).length
  const state = () => {
    const s = chat.data.status(chat.sessionId)
    return s.type === "idle" ? "Idle" : s.type === "busy" ? "Working" : "Retrying"
  }
  const toggle = (show: Dock["show"]) => props.onDock(props.dock?.show === show ? undefined : { show, at: props.dock?.at ?? "side" })
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
      {/* Docking and panes need room a phone has not got: from 768 px on. */}
      <div class="hidden flex-wrap gap-1 md:flex" role="group" aria-label="Beside the chat">
        <button type="button" class="btn px-2 py-0.5 text-xs" classList={{ [PRESSED]: props.dock?.show === "changes" }} aria-pressed={props.dock?.show === "changes"} onClick={() => toggle("changes")}>
          Dock changes
        </button>
        <button type="button" class="btn px-2 py-0.5 text-xs" classList={{ [PRESSED]: props.dock?.show === "terminal" }} aria-pressed={props.dock?.show === "terminal"} onClick={() => toggle("terminal")}>
          Dock terminal
        </button>
        <Show when={props.dock}>
          {(dock) => (
            <button type="button" class="btn px-2 py-0.5 text-xs" classList={{ [PRESSED]: dock().at === "below" }} aria-pressed={dock().at === "below"} onClick={() => props.onDock({ show: dock().show, at: dock().at === "below" ? "side" : "below" })}>
              Dock below
            </button>
          )}
        </Show>
        <button type="button" class="btn px-2 py-0.5 text-xs" disabled={!props.onBeside} title={props.onBeside ? undefined : FULL} onClick={() => props.onBeside?.()}>
          Open side by side
        </button>
      </div>
      <UsagePanel contextLimit={props.contextLimit} />
      <SessionActionsMenu title={props.title} shared={chat.data.session(chat.sessionId)?.share?.url} />
    </header>
  )
}
