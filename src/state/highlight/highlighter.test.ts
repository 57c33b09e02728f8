import { createRoot, createSignal } from "solid-js"
import { describe, expect, it } from "vitest"
import { createHighlightedLines, createHighlighter } from "./highlighter"

/** A worker stand-in that answers each request with the code upper-cased, line by line. */
function fakeWorker() {
  const listeners: ((event: MessageEvent<unknown>) => void)[] = []
  const posted: unknown[] = []
  const worker = {
    addEventListener: (type: string, fn: (event: MessageEvent<unknown>) => void) => void (type === "message" && listeners.push(fn)),
    postMessage(data: { id: number; code: string }) {
      posted.push(data)
      queueMicrotask(() => listeners.forEach((fn) => fn(new MessageEvent("message", { data: { id: data.id, lines: data.code.toUpperCase().split("\n") } }))))
    },
  }
  return { worker: worker as unknown as Worker, posted }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

describe("createHighlighter", () => {
  it("makes its worker on the first request only, and answers repeated code from its cache", async () => {
    const fake = fakeWorker()
    let made = 0
    const highlighter = createHighlighter({ makeWorker: () => (made++, fake.worker) })
    expect(made).toBe(0)
    expect(await highlighter.highlight("a\nb", "typescript")).toEqual(["A", "B"])
    expect(await highlighter.highlight("a\nb", "typescript")).toEqual(["A", "B"])
    expect(made).toBe(1)
    expect(fake.posted).toHaveLength(1)
  })

  it("warm makes the worker once, ahead of the first request, which then reuses it", async () => {
    const fake = fakeWorker()
    let made = 0
    const highlighter = createHighlighter({ makeWorker: () => (made++, fake.worker) })
    highlighter.warm()
    highlighter.warm()
    expect(made).toBe(1)
    expect(fake.posted).toHaveLength(0)
    expect(await highlighter.highlight("a", "typescript")).toEqual(["A"])
    expect(made).toBe(1)
  })

  it("without workers, everything stays plain", async () => {
    const highlighter = createHighlighter({ makeWorker: () => undefined })
    expect(await highlighter.highlight("a", "typescript")).toBeUndefined()
  })
})

describe("createHighlightedLines", () => {
  it("asks for the head of a long text first, then the whole; plain text is not sent", async () => {
    const fake = fakeWorker()
    const highlighter = createHighlighter({ makeWorker: () => fake.worker })
    const [source, setSource] = createSignal<{ code: string; grammar: "typescript" | undefined; head?: number }>({ code: "a\nb\nc", grammar: "typescript", head: 1 })
    const lines = createRoot(() => createHighlightedLines(source, highlighter))
    await settle()
    expect(fake.posted.map((p) => (p as { code: string }).code)).toEqual(["a", "a\nb\nc"])
    expect(lines()).toEqual(["A", "B", "C"])
    setSource({ code: "plain", grammar: undefined })
    await settle()
    expect(lines()).toBeUndefined()
    expect(fake.posted).toHaveLength(2)
  })
})
