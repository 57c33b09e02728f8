import { createSignal, createUniqueId, For, Index, Show, type JSX } from "solid-js"
import type { QuestionRequest } from "../../lib/model"
import { allowsCustom, buildAnswers, emptyDraft, pickOption, type QuestionDraft } from "../../lib/chat/question"
import { ErrorNote } from "../ui/ErrorNote"

export type QuestionCardProps = {
  request: QuestionRequest
  busy: boolean
  onAnswer: (answers: string[][]) => void
  onDismiss: () => void
  /** The send button's name ("Send answer" on the session page, "Submit" on the fleet page). */
  submitLabel?: string
  failure?: string | undefined
  /** Where the question comes from (server, directory, session), above it. */
  children?: JSX.Element
}

/** The agent's questions, answered in place: pick options or type an answer, then send. */
export function QuestionCard(props: QuestionCardProps) {
  const name = createUniqueId()
  // A request's questions never change (a new request is a new card), so reading them once is right.
  // eslint-disable-next-line solid/reactivity
  const [drafts, setDrafts] = createSignal<QuestionDraft[]>(props.request.questions.map(() => emptyDraft()))
  const [problem, setProblem] = createSignal("")
  const busy = () => props.busy
  const edit = (index: number, change: (d: QuestionDraft) => QuestionDraft) =>
    setDrafts((all) => all.map((d, i) => (i === index ? change(d) : d)))
  const send = () => {
    const result = buildAnswers(props.request.questions, drafts())
    setProblem(result.ok ? "" : result.message)
    if (result.ok) props.onAnswer(result.answers)
  }
  return (
    <section aria-label="Question from the agent" class="rounded border border-blue-300 bg-blue-50 p-3 text-sm">
      {props.children}
      <Index each={props.request.questions}>
        {(info, index) => (
          <fieldset class="m-0 mb-2 border-0 p-0">
            <legend class="font-semibold">{info().question}</legend>
            <For each={info().options}>
              {(option) => (
                <label class="flex items-baseline gap-2">
                  <input
                    type={info().multiple ? "checkbox" : "radio"}
                    name={`${name}-${index}`}
                    checked={drafts()[index]?.selected.includes(option.label) ?? false}
                    onChange={() => edit(index, (d) => pickOption(d, option.label, info().multiple === true))}
                  />
                  <span>{option.label}</span>
                  <span class="text-xs text-slate-600">{option.description}</span>
                </label>
              )}
            </For>
            <Show when={allowsCustom(info())}>
              <label class="mt-1 block text-xs">
                Your answer
                <input class="field" value={drafts()[index]?.custom ?? ""} onInput={(e) => edit(index, (d) => ({ ...d, custom: e.currentTarget.value }))} />
              </label>
            </Show>
          </fieldset>
        )}
      </Index>
      <Show when={problem()}>
        <p role="alert" class="m-0 mb-2 text-red-800">
          {problem()}
        </p>
      </Show>
      <div class="flex gap-2">
        <button type="button" class="btn-primary" disabled={busy()} onClick={send}>
          {props.submitLabel ?? "Send answer"}
        </button>
        <button type="button" class="btn" disabled={busy()} onClick={() => props.onDismiss()}>
          Dismiss
        </button>
      </div>
      <Show when={props.failure}>{(failure) => <ErrorNote message={failure()} />}</Show>
    </section>
  )
}
