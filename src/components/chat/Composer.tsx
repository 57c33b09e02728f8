import { createSignal, createUniqueId, For, onMount, Show } from "solid-js"
import { LIMITS_TEXT } from "../../lib/prompt/attachment-limits"
import { liveMentions, mentionSpan, type Mention } from "../../lib/prompt/parts"
import { applyPick } from "../../lib/prompt/trigger"
import { ACTIONS } from "../../state/commands/catalogue"
import { useAction } from "../../state/commands/actions"
import { effectiveModel, findModel } from "../../lib/chat/models"
import { useChat } from "../../state/chat/chat"
import type { Suggestion } from "../../state/chat/suggestions"
import { optionId } from "../ui/OptionList"
import { AgentPicker } from "./AgentPicker"
import { AttachmentList } from "./AttachmentList"
import { MentionChips } from "./MentionChips"
import { AutoAcceptToggle } from "./AutoAcceptToggle"
import { ModelPicker } from "./ModelPicker"
import { PromptSuggestions } from "./PromptSuggestions"
import { VariantPicker } from "./VariantPicker"

const hasFiles = (e: DragEvent) => e.dataTransfer?.types.includes("Files") ?? false

/**
 * The prompt: Enter sends, Shift+Enter starts a new line; `@` mentions files, folders and agents,
 * a leading `/` runs one of the server's commands, ↑/↓ on an empty prompt walk earlier prompts.
 * Files come in by "Attach files", paste or drop. Stop while the agent works.
 */
export function Composer(props: { serverName: string }) {
  const chat = useChat()
  const variants = () => findModel(chat.pickers.models().items, effectiveModel(chat.pickers.model(), chat.data.session(chat.sessionId)))?.variants ?? []
  const tools = chat.tools
  const id = createUniqueId()
  // The list is complete once loaded (children and archived included): not in it means no such session.
  const unknown = () => chat.data.sessionsLoad().state === "ready" && chat.data.session(chat.sessionId) === undefined
  const listId = createUniqueId()
  const hintId = createUniqueId()
  const [dragging, setDragging] = createSignal(false)
  let textarea: HTMLTextAreaElement | undefined
  let picker: HTMLInputElement | undefined
  onMount(() => textarea?.focus())
  useAction({ ...ACTIONS.focusPrompt, run: () => textarea?.focus() })

  const caretTo = (at: number) => {
    textarea?.setSelectionRange(at, at)
    tools.setCaret(at)
  }
  const submit = async () => {
    tools.history.settle()
    await chat.composer.submit()
    textarea?.focus()
  }
  const pick = (s: Suggestion) => {
    const trigger = tools.trigger()
    if (!trigger) return
    const next = applyPick(chat.composer.draft(), trigger, s.kind === "command" ? `/${s.value}` : `@${s.value}`)
    if (s.kind !== "command") tools.mentions.add({ kind: s.kind, value: s.value })
    chat.composer.setDraft(next.text)
    caretTo(next.caret)
  }
  const unmention = (m: Mention) => {
    const span = mentionSpan(chat.composer.draft(), m)
    if (span) chat.composer.setDraft(chat.composer.draft().slice(0, span.start) + chat.composer.draft().slice(span.end).replace(/^ /, ""))
    tools.mentions.remove(m)
    textarea?.focus()
  }
  const onKeyDown = (e: KeyboardEvent & { currentTarget: HTMLTextAreaElement }) => {
    if (e.isComposing) return
    const s = tools.suggestions
    const listed = s.open() && s.items().length > 0
    const plain = !e.ctrlKey && !e.metaKey && !e.altKey
    if (listed && plain && (e.key === "ArrowDown" || e.key === "ArrowUp")) {
      e.preventDefault()
      s.move(e.key === "ArrowDown" ? 1 : -1)
    } else if (listed && plain && !e.shiftKey && (e.key === "Enter" || e.key === "Tab")) {
      e.preventDefault()
      const current = s.current()
      if (current) pick(current)
    } else if (s.open() && e.key === "Escape") {
      e.preventDefault()
      s.dismiss()
    } else if (plain && !e.shiftKey && (e.key === "ArrowUp" || e.key === "ArrowDown")) {
      const { selectionStart: start, selectionEnd: end } = e.currentTarget
      if (!tools.history.step(e.key === "ArrowUp" ? "older" : "newer", { start, end })) return
      e.preventDefault()
      caretTo(e.key === "ArrowUp" ? 0 : chat.composer.draft().length)
    } else if (e.key === "Enter" && !e.shiftKey) {
      e.preventDefault()
      void submit()
    }
  }
  const listOpen = () => tools.suggestions.open()
  return (
    <form
      class="flex flex-col gap-2 border-t border-slate-200 bg-white p-3"
      classList={{ "ring-2 ring-blue-400 ring-inset": dragging() }}
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
      onDragOver={(e) => {
        if (!hasFiles(e)) return
        e.preventDefault()
        setDragging(true)
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={(e) => {
        setDragging(false)
        const files = [...(e.dataTransfer?.files ?? [])]
        if (files.length === 0) return
        e.preventDefault()
        void tools.attachments.add(files)
      }}
    >
      <PromptSuggestions id={listId} suggestions={tools.suggestions} onPick={pick} />
      <MentionChips mentions={liveMentions(chat.composer.draft(), tools.mentions.list())} onRemove={unmention} />
      <AttachmentList items={tools.attachments.items()} onRemove={tools.attachments.remove} />
      <Show when={tools.attachments.problems().length > 0}>
        <div role="alert" class="flex items-start gap-2 rounded border border-red-300 bg-red-50 px-2 py-1 text-sm text-red-900">
          <ul class="m-0 flex-1 list-none p-0">
            <For each={tools.attachments.problems()}>{(problem) => <li>{problem}</li>}</For>
          </ul>
          <button type="button" class="px-1" aria-label="Dismiss attachment problems" onClick={() => tools.attachments.dismissProblems()}>
            ×
          </button>
        </div>
      </Show>
      <label for={id} class="sr-only">
        Prompt
      </label>
      <Show when={unknown()}>
        <p role="alert" class="m-0 text-sm text-red-700">
          There is no session {chat.sessionId} in this directory (deleted, or opened from another directory): nothing can be sent to it.
        </p>
      </Show>
      <textarea
        ref={(el) => {
          textarea = el
          tools.attach(el)
        }}
        id={id}
        class="field min-h-12 resize-y disabled:opacity-60"
        rows={2}
        placeholder="Ask the agent… (Enter sends, Shift+Enter for a new line, @ to mention, / for commands)"
        aria-autocomplete="list"
        aria-controls={listOpen() ? listId : undefined}
        aria-activedescendant={listOpen() && tools.suggestions.items().length > 0 ? optionId(listId, tools.suggestions.active()) : undefined}
        value={chat.composer.draft()}
        disabled={unknown()}
        onInput={(e) => {
          tools.history.settle()
          chat.composer.setDraft(e.currentTarget.value)
          tools.setCaret(e.currentTarget.selectionStart)
        }}
        onKeyUp={(e) => tools.setCaret(e.currentTarget.selectionStart)}
        onClick={(e) => tools.setCaret(e.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
        onPaste={(e) => {
          const files = [...(e.clipboardData?.files ?? [])]
          if (files.length === 0) return
          // A screenshot pastes as a file alone; text copied along with an image still pastes as text.
          if (!e.clipboardData?.types.includes("text/plain")) e.preventDefault()
          void tools.attachments.add(files)
        }}
      />
      <div class="flex flex-wrap items-center gap-x-3 gap-y-1">
        <button type="button" class="btn py-1 text-xs" aria-describedby={hintId} onClick={() => picker?.click()}>
          Attach files
        </button>
        <input
          ref={(el) => (picker = el)}
          type="file"
          multiple
          hidden
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])]
            e.currentTarget.value = ""
            void tools.attachments.add(files)
          }}
        />
        <span id={hintId} class="hidden text-xs text-slate-500 md:inline">
          {LIMITS_TEXT} Paste or drop files here too.
        </span>
      </div>
      <div class="flex flex-wrap items-center gap-3">
        <ModelPicker />
        <VariantPicker variants={variants()} value={chat.pickers.variant()} onChange={(v) => chat.pickers.setVariant(v)} />
        <AgentPicker />
        <AutoAcceptToggle serverName={props.serverName} />
        <span class="flex-1" />
        <Show when={chat.busy()}>
          <button type="button" class="btn-danger" disabled={chat.requests.pending("abort")} onClick={() => void chat.requests.abort()}>
            Stop
          </button>
        </Show>
        <button type="submit" class="btn-primary" disabled={unknown() || chat.composer.sending() || (chat.composer.draft().trim() === "" && !tools.hasExtras())}>
          Send
        </button>
      </div>
    </form>
  )
}
