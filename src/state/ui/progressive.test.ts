import { createRoot, createSignal } from "solid-js"
import { describe, expect, it } from "vitest"
import { createNextTaskFlag, createProgressive } from "./progressive"

function manualTasks() {
  let queue: (() => void)[] = []
  return {
    nextTask(run: () => void) {
      queue.push(run)
      return () => void (queue = queue.filter((r) => r !== run))
    },
    run() {
      const now = queue
      queue = []
      now.forEach((r) => r())
    },
    pending: () => queue.length,
  }
}

describe("createProgressive", () => {
  it.each([
    { total: 2, first: 3, step: 2, lengths: [2] },
    { total: 7, first: 3, step: 2, lengths: [3, 5, 7] },
    { total: 6, first: 2, step: 4, lengths: [2, 6] },
    { total: 3, first: 0, step: 0, lengths: [0, 1, 2, 3] },
  ])("shows $total items as $lengths (first $first, step $step)", ({ total, first, step, lengths }) => {
    const tasks = manualTasks()
    const items = Array.from({ length: total }, (_, i) => i)
    const { shown, dispose } = createRoot((dispose) => ({ shown: createProgressive(() => items, { first, step, nextTask: tasks.nextTask }), dispose }))
    const seen = [shown().length]
    while (tasks.pending() > 0) {
      tasks.run()
      seen.push(shown().length)
    }
    expect(seen).toEqual(lengths)
    dispose()
  })

  it("reveals items added later in a following task, keeping each item's identity", () => {
    const tasks = manualTasks()
    const a = { id: "a" }
    const b = { id: "b" }
    const [list, setList] = createSignal([a])
    const { shown, dispose } = createRoot((dispose) => ({ shown: createProgressive(list, { first: 1, step: 1, nextTask: tasks.nextTask }), dispose }))
    setList([a, b])
    expect(shown()).toEqual([a])
    tasks.run()
    expect([shown().length, shown()[0] === a, shown()[1] === b]).toEqual([2, true, true])
    dispose()
  })

  it("stops revealing once disposed", () => {
    const tasks = manualTasks()
    const dispose = createRoot((dispose) => {
      createProgressive(() => [1, 2, 3], { first: 1, step: 1, nextTask: tasks.nextTask })
      return dispose
    })
    expect(tasks.pending()).toBe(1)
    dispose()
    expect(tasks.pending()).toBe(0)
  })
})

describe("createNextTaskFlag", () => {
  it("is false in the creating task and true from the next", () => {
    const tasks = manualTasks()
    const { ready, dispose } = createRoot((dispose) => ({ ready: createNextTaskFlag(tasks.nextTask), dispose }))
    expect(ready()).toBe(false)
    tasks.run()
    expect(ready()).toBe(true)
    dispose()
  })

  it("cancels its task when its owner is disposed first", () => {
    const tasks = manualTasks()
    createRoot((dispose) => {
      createNextTaskFlag(tasks.nextTask)
      dispose()
    })
    expect(tasks.pending()).toBe(0)
  })
})
