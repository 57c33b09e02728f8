import { createCopy } from "../../state/clipboard"

/** A fenced code block: monospace, scrolls sideways, with a copy button. The code is text, never markup. */
export function CodeBlock(props: { code: string; lang: string }) {
  const clip = createCopy()
  return (
    <div class="relative my-2 rounded border border-slate-200 bg-slate-50">
      <div class="flex items-center justify-between border-b border-slate-200 px-2 py-1 text-xs text-slate-500">
        <span>{props.lang || "code"}</span>
        <button type="button" class="btn px-2 py-0.5 text-xs" aria-label="Copy code" onClick={() => void clip.copy(props.code)}>
          {clip.copied() ? "Copied" : "Copy"}
        </button>
      </div>
      <pre class="mono m-0 overflow-x-auto p-2 text-sm">
        <code>{props.code}</code>
      </pre>
    </div>
  )
}
