import { Show } from "solid-js"
import { grammarForTag } from "../../lib/highlight/languages"
import { createCopy } from "../../state/clipboard"
import { createHighlightedLines } from "../../state/highlight/highlighter"

/** A fenced code block: monospace, scrolls sideways, with a copy button, coloured once the highlighter answers. */
export function CodeBlock(props: { code: string; lang: string }) {
  const clip = createCopy()
  const highlighted = createHighlightedLines(() => ({ code: props.code, grammar: grammarForTag(props.lang) }))
  return (
    <div class="relative my-2 rounded border border-slate-200 bg-slate-50">
      <div class="flex items-center justify-between border-b border-slate-200 px-2 py-1 text-xs text-slate-500">
        <span>{props.lang || "code"}</span>
        <button type="button" class="btn px-2 py-0.5 text-xs" aria-label="Copy code" onClick={() => void clip.copy(props.code)}>
          {clip.copied() ? "Copied" : "Copy"}
        </button>
      </div>
      <pre class="mono m-0 overflow-x-auto p-2 text-sm">
        <Show when={highlighted()} fallback={<code>{props.code}</code>}>
          {/* eslint-disable-next-line solid/no-innerhtml -- highlight.js escapes the code; lib/highlight/lines checks only its spans remain */}
          {(lines) => <code innerHTML={lines().join("\n")} />}
        </Show>
      </pre>
    </div>
  )
}
