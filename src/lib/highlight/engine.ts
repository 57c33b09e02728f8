/**
 * highlight.js core with the grammars of GRAMMARS only (about 21 KB gzip), loaded lazily by the
 * highlight worker; nothing on the /servers page imports it. See docs/performance.md for the choice.
 */
import hljs from "highlight.js/lib/core"
import bash from "highlight.js/lib/languages/bash"
import css from "highlight.js/lib/languages/css"
import diff from "highlight.js/lib/languages/diff"
import go from "highlight.js/lib/languages/go"
import javascript from "highlight.js/lib/languages/javascript"
import json from "highlight.js/lib/languages/json"
import markdown from "highlight.js/lib/languages/markdown"
import python from "highlight.js/lib/languages/python"
import rust from "highlight.js/lib/languages/rust"
import typescript from "highlight.js/lib/languages/typescript"
import xml from "highlight.js/lib/languages/xml"
import yaml from "highlight.js/lib/languages/yaml"
import type { Grammar } from "./languages"
import { isSafeMarkup, splitHighlighted } from "./lines"

const DEFINITIONS = { typescript, javascript, json, css, xml, python, go, rust, bash, yaml, markdown, diff } satisfies Record<Grammar, unknown>
for (const [name, definition] of Object.entries(DEFINITIONS)) hljs.registerLanguage(name, definition)

/** One HTML string per line of `code`, or undefined when the output is not what highlight.js should write. */
export function highlightLines(code: string, grammar: Grammar): string[] | undefined {
  const html = hljs.highlight(code, { language: grammar, ignoreIllegals: true }).value
  return isSafeMarkup(html) ? splitHighlighted(html) : undefined
}
