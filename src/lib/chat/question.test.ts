// @vitest-environment node
import { describe, expect, it } from "vitest"
import type { QuestionInfo } from "../model"
import { buildAnswers, emptyDraft, pickOption, type QuestionDraft } from "./question"

const info = (overrides: Partial<QuestionInfo> = {}): QuestionInfo => ({
  question: "Which color?",
  header: "Color",
  options: [
    { label: "Red", description: "warm" },
    { label: "Blue", description: "cool" },
  ],
  ...overrides,
})

describe("pickOption", () => {
  const cases: { name: string; draft: QuestionDraft; label: string; multiple: boolean; expected: string[] }[] = [
    { name: "single replaces", draft: { selected: ["Red"], custom: "" }, label: "Blue", multiple: false, expected: ["Blue"] },
    { name: "multiple adds", draft: { selected: ["Red"], custom: "" }, label: "Blue", multiple: true, expected: ["Red", "Blue"] },
    { name: "multiple toggles off", draft: { selected: ["Red", "Blue"], custom: "" }, label: "Red", multiple: true, expected: ["Blue"] },
  ]
  it.each(cases)("$name", ({ draft, label, multiple, expected }) => expect(pickOption(draft, label, multiple).selected).toEqual(expected))
})

describe("buildAnswers", () => {
  const cases: { name: string; questions: QuestionInfo[]; drafts: QuestionDraft[]; expected: ReturnType<typeof buildAnswers> }[] = [
    { name: "one picked option", questions: [info()], drafts: [{ selected: ["Red"], custom: "" }], expected: { ok: true, answers: [["Red"]] } },
    { name: "typed answer wins for single", questions: [info()], drafts: [{ selected: ["Red"], custom: " green " }], expected: { ok: true, answers: [["green"]] } },
    { name: "typed answer joins for multiple", questions: [info({ multiple: true })], drafts: [{ selected: ["Red", "Blue"], custom: "green" }], expected: { ok: true, answers: [["Red", "Blue", "green"]] } },
    { name: "typed answer ignored when custom is off", questions: [info({ custom: false })], drafts: [{ selected: [], custom: "green" }], expected: { ok: false, message: "Answer “Color” first." } },
    { name: "unanswered question", questions: [info(), info({ header: "", question: "Size?" })], drafts: [{ selected: ["Red"], custom: "" }], expected: { ok: false, message: "Answer “Size?” first." } },
    { name: "two questions in order", questions: [info(), info({ header: "Size" })], drafts: [{ selected: ["Blue"], custom: "" }, { selected: [], custom: "L" }], expected: { ok: true, answers: [["Blue"], ["L"]] } },
  ]
  it.each(cases)("$name", ({ questions, drafts, expected }) => expect(buildAnswers(questions, drafts)).toEqual(expected))

  it("starts from an empty draft", () => expect(emptyDraft()).toEqual({ selected: [], custom: "" }))
})
