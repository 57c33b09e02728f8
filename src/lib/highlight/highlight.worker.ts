/// <reference lib="webworker" />
/** Highlights off the main thread: a 2,000-line file takes a few hundred ms in highlight.js. */
import { highlightLines } from "./engine"
import { GRAMMARS, type Grammar } from "./languages"

const GRAMMAR_SET: ReadonlySet<string> = new Set(GRAMMARS)
const isGrammar = (v: unknown): v is Grammar => typeof v === "string" && GRAMMAR_SET.has(v)

self.onmessage = (event: MessageEvent<unknown>) => {
  const data = event.data
  if (typeof data !== "object" || data === null) return
  const id: unknown = Reflect.get(data, "id")
  const code: unknown = Reflect.get(data, "code")
  const grammar: unknown = Reflect.get(data, "grammar")
  if (typeof id !== "number" || typeof code !== "string" || !isGrammar(grammar)) return
  let lines: string[] | undefined
  try {
    lines = highlightLines(code, grammar)
  } catch {
    // A grammar that throws leaves the code plain; plain text is always a correct view.
    lines = undefined
  }
  self.postMessage({ id, lines })
}
