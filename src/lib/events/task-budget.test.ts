// @vitest-environment node
import { describe, expect, it } from "vitest"
import { makeTaskBudget } from "./task-budget"

type Step = { item: number } | { task: true }

/**
 * Plays items at the given clock times; `task` runs the tasks queued so far (the event loop's
 * turn). Returns, per item, whether it had to wait for a later task.
 */
function play(steps: Step[], budgetMs = 8) {
  let clock = 0
  let queued: (() => void)[] = []
  const budget = makeTaskBudget({ budgetMs, now: () => clock, nextTask: (run) => queued.push(run) })
  const waited: boolean[] = []
  for (const step of steps) {
    if ("task" in step) {
      const due = queued
      queued = []
      due.forEach((run) => run())
    } else {
      clock = step.item
      waited.push(budget.pause() !== undefined)
    }
  }
  return waited
}

describe("makeTaskBudget", () => {
  const cases: { name: string; steps: Step[]; waited: boolean[] }[] = [
    { name: "a lone item goes at once", steps: [{ item: 0 }], waited: [false] },
    { name: "items within the budget share a task", steps: [{ item: 0 }, { item: 3 }, { item: 7.9 }], waited: [false, false, false] },
    { name: "the first item past the budget waits", steps: [{ item: 0 }, { item: 4 }, { item: 8 }, { item: 9 }], waited: [false, false, true, true] },
    { name: "a new task starts a new budget", steps: [{ item: 0 }, { item: 9 }, { task: true }, { item: 10 }, { item: 17 }], waited: [false, true, false, false] },
    { name: "a paced stream (one item per task) never waits", steps: [{ item: 0 }, { task: true }, { item: 20 }, { task: true }, { item: 40 }], waited: [false, false, false] },
  ]
  it.each(cases)("$name", ({ steps, waited }) => {
    expect(play(steps)).toEqual(waited)
  })

  it("resolves the wait in the later task, after the budget of the earlier one ended", async () => {
    let clock = 0
    const queued: (() => void)[] = []
    const budget = makeTaskBudget({ budgetMs: 8, now: () => clock, nextTask: (run) => queued.push(run) })
    budget.pause()
    clock = 10
    const wait = budget.pause()
    let resumed = false
    void wait?.then(() => (resumed = true))
    queued.splice(0).forEach((run) => run())
    await wait
    expect(resumed).toBe(true)
    expect(budget.pause()).toBeUndefined()
  })
})
