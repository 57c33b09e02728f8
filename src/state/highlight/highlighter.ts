import { createResource, type Accessor } from "solid-js"
import type { Grammar } from "../../lib/highlight/languages"

/** Answers highlight requests; undefined lines mean "show it plain". */
export type Highlighter = {
  highlight(code: string, grammar: Grammar): Promise<string[] | undefined>
  /** Starts the worker ahead of the first request, while the code to colour is still loading. */
  warm(): void
}

export type HighlighterDeps = {
  /** The worker to talk to; undefined where workers are missing (tests, old browsers). */
  makeWorker: () => Worker | undefined
}

/** Results kept for code shown again (a diff re-rendered, a block scrolled back into view). */
const CACHE_SIZE = 64

/**
 * One highlighter per page, on a Web Worker made on the first request, so the highlight.js code
 * loads only once something is highlighted and never blocks a frame.
 */
export function createHighlighter(deps: HighlighterDeps): Highlighter {
  let worker: Worker | undefined | null = null
  let next = 1
  const waiting = new Map<number, (lines: string[] | undefined) => void>()
  const cache = new Map<string, Promise<string[] | undefined>>()
  const start = (): Worker | undefined => {
    if (worker !== null) return worker
    worker = deps.makeWorker()
    worker?.addEventListener("message", (event: MessageEvent<unknown>) => {
      const data = event.data
      if (typeof data !== "object" || data === null) return
      const id: unknown = Reflect.get(data, "id")
      const lines: unknown = Reflect.get(data, "lines")
      const done = typeof id === "number" ? waiting.get(id) : undefined
      if (!done || typeof id !== "number") return
      waiting.delete(id)
      done(Array.isArray(lines) && lines.every((l) => typeof l === "string") ? lines : undefined)
    })
    worker?.addEventListener("error", () => {
      for (const done of waiting.values()) done(undefined)
      waiting.clear()
    })
    return worker
  }
  return {
    warm: () => void start(),
    highlight(code, grammar) {
      const key = `${grammar}\u0000${code}`
      const hit = cache.get(key)
      if (hit) return hit
      const w = start()
      if (!w) return Promise.resolve(undefined)
      const id = next++
      const result = new Promise<string[] | undefined>((resolve) => waiting.set(id, resolve))
      w.postMessage({ id, code, grammar })
      cache.set(key, result)
      if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value ?? key)
      return result
    },
  }
}

const shared = createHighlighter({
  makeWorker: () => (typeof Worker === "undefined" ? undefined : new Worker(new URL("../../lib/highlight/highlight.worker.ts", import.meta.url), { type: "module" })),
})

/**
 * Starts the page's highlighter now. A worker starting while the page draws a file shares the
 * two cores of a small machine with that drawing; started while the file loads, it is ready.
 */
export const warmHighlighter = (): void => shared.warm()

/**
 * Highlighted lines of `code`, once the worker answers (undefined until then, or for plain text).
 * For a long text the first `head` lines come first, so what is on screen is coloured at once.
 */
export function createHighlightedLines(source: Accessor<{ code: string; grammar: Grammar | undefined; head?: number } | undefined>, highlighter: Highlighter = shared) {
  const [head] = createResource(source, async ({ code, grammar, head }) => {
    if (!grammar || head === undefined) return undefined
    return highlighter.highlight(code.split("\n").slice(0, head).join("\n"), grammar)
  })
  const [full] = createResource(source, ({ code, grammar }) => (grammar ? highlighter.highlight(code, grammar) : undefined))
  return (): string[] | undefined => full() ?? head()
}
