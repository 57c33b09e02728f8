/** Answers to an agent's questions: what is picked per question, and the reply the server wants. */
import type { QuestionInfo } from "../model"

export type QuestionDraft = { selected: string[]; custom: string }

export const emptyDraft = (): QuestionDraft => ({ selected: [], custom: "" })

/** Picks `label`: one choice replaces the other for single-answer questions, toggles for multiple. */
export function pickOption(draft: QuestionDraft, label: string, multiple: boolean): QuestionDraft {
  if (!multiple) return { ...draft, selected: [label] }
  const selected = draft.selected.includes(label) ? draft.selected.filter((l) => l !== label) : [...draft.selected, label]
  return { ...draft, selected }
}

/** Typing your own answer is allowed unless the question says otherwise. */
export const allowsCustom = (info: QuestionInfo): boolean => info.custom !== false

export type AnswerResult = { ok: true; answers: string[][] } | { ok: false; message: string }

/** One list of answers per question, in order; every question needs at least one. */
export function buildAnswers(questions: QuestionInfo[], drafts: QuestionDraft[]): AnswerResult {
  const answers: string[][] = []
  for (const [index, info] of questions.entries()) {
    const draft = drafts[index] ?? emptyDraft()
    const custom = allowsCustom(info) ? draft.custom.trim() : ""
    const chosen = info.multiple ? [...draft.selected] : draft.selected.slice(0, 1)
    const answer = custom === "" ? chosen : info.multiple ? [...chosen, custom] : [custom]
    if (answer.length === 0) return { ok: false, message: `Answer “${info.header || info.question}” first.` }
    answers.push(answer)
  }
  return { ok: true, answers }
}
