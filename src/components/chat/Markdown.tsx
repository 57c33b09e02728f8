import { Index, Match, Switch } from "solid-js"
import { asCode, asHtml, markdownBlocks } from "../../lib/chat/markdown"
import { CodeBlock } from "./CodeBlock"

// Descendant styles for the sanitized HTML (static class names, so UnoCSS extracts them).
const PROSE =
  "break-words [&_a]:text-blue-700 [&_a]:underline [&_p]:my-1.5 [&_ul]:list-disc [&_ul]:pl-6 [&_ol]:list-decimal [&_ol]:pl-6 [&_h1]:text-xl [&_h1]:font-semibold [&_h2]:text-lg [&_h2]:font-semibold [&_h3]:font-semibold [&_code]:font-mono [&_code]:text-sm [&_pre]:overflow-x-auto [&_pre]:bg-slate-50 [&_pre]:p-2 [&_blockquote]:border-l-4 [&_blockquote]:border-slate-300 [&_blockquote]:pl-3 [&_table]:border-collapse [&_td]:border [&_td]:border-slate-300 [&_td]:px-2 [&_th]:border [&_th]:border-slate-300 [&_th]:px-2"

/** Untrusted Markdown (model output) rendered through lib/markdown's sanitizer. */
export function Markdown(props: { text: string }) {
  return (
    <div class={PROSE}>
      <Index each={markdownBlocks(props.text)}>
        {(block) => (
          <Switch>
            <Match when={asCode(block())}>{(code) => <CodeBlock code={code().code} lang={code().lang} />}</Match>
            <Match when={asHtml(block())}>
              {(html) => (
                // eslint-disable-next-line solid/no-innerhtml -- sanitized by lib/markdown (DOMPurify allow-list, raw HTML escaped)
                <div innerHTML={html().html} />
              )}
            </Match>
          </Switch>
        )}
      </Index>
    </div>
  )
}
