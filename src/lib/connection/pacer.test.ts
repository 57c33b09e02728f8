import { describe, expect, it } from "vitest"
import { makePacer } from "./pacer"

/** A fake task queue: `runTask()` runs what was scheduled before it, as the browser would. */
function tasks() {
  let pending: (() => void)[] = []
  return {
    nextTask: (run: () => void) => void pending.push(run),
    async runTask() {
      const now = pending
      pending = []
      for (const run of now) run()
      await Promise.resolve()
    },
    scheduled: () => pending.length,
  }
}

async function startedPerTask(perTask: number, calls: number): Promise<number[]> {
  const queue = tasks()
  const pacer = makePacer({ perTask, nextTask: queue.nextTask })
  let started = 0
  for (let i = 0; i < calls; i++) void pacer.turn().then(() => (started += 1))
  await Promise.resolve()
  const counts = [started]
  while (queue.scheduled() > 0) {
    const before = started
    await queue.runTask()
    counts.push(started - before)
  }
  return counts
}

describe("makePacer", () => {
  it.each([
    { perTask: 3, calls: 2, counts: [2, 0] },
    { perTask: 3, calls: 3, counts: [3, 0] },
    { perTask: 3, calls: 7, counts: [3, 3, 1, 0] },
    { perTask: 1, calls: 3, counts: [1, 1, 1, 0] },
    { perTask: 0, calls: 2, counts: [1, 1, 0] },
  ])("lets $perTask of $calls start per task: $counts", async ({ perTask, calls, counts }) => {
    expect(await startedPerTask(perTask, calls)).toEqual(counts)
  })

  it("gives a new task a fresh allowance, and keeps the order of waiters", async () => {
    const queue = tasks()
    const pacer = makePacer({ perTask: 1, nextTask: queue.nextTask })
    const order: string[] = []
    void pacer.turn().then(() => order.push("a"))
    void pacer.turn().then(() => order.push("b"))
    await queue.runTask()
    void pacer.turn().then(() => order.push("c"))
    await queue.runTask()
    await queue.runTask()
    expect(order).toEqual(["a", "b", "c"])
  })
})
