import { createEffect, Match, Show, Switch } from "solid-js"
import { baseName } from "../../lib/files/file-path"
import { formatSize, type FileView } from "../../lib/files/file-kind"
import { plural } from "../../lib/files/diff"
import { grammarForPath } from "../../lib/highlight/languages"
import { ErrorNote } from "../ui/ErrorNote"
import { warmHighlighter } from "../../state/highlight/highlighter"
import { TextLines } from "./TextLines"

export type FileViewerProps = {
  path: string
  /** The content for `path`; undefined while it loads or when it failed. */
  view: FileView | undefined
  loading: boolean
  error: { message: string } | undefined
  onRetry: () => void
  /** Opens "Copy file" for this file. */
  onCopy?: () => void
}

/** One open file, in a region named after its path: text, an image, or a description of binary data. */
export function FileViewer(props: FileViewerProps) {
  createEffect(() => {
    if (grammarForPath(props.path)) warmHighlighter()
  })
  return (
    <section aria-label={props.path} class="flex min-w-0 flex-col gap-2">
      <header class="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <h2 class="m-0 break-all font-mono text-base font-semibold">{props.path}</h2>
        <Show when={props.view}>{(view) => <span class="text-sm text-slate-500">{describe(view())}</span>}</Show>
        <Show when={props.onCopy}>
          {(onCopy) => (
            <button type="button" class="btn ml-auto py-0.5 text-xs" onClick={() => onCopy()()}>
              Copy to server…
            </button>
          )}
        </Show>
      </header>
      <Switch fallback={<p role="status" class="text-sm text-slate-500">Loading {props.path}…</p>}>
        <Match when={props.error}>{(error) => <ErrorNote message={error().message} onRetry={props.onRetry} />}</Match>
        <Match when={props.view?.kind === "text" && props.view}>
          {(view) => <TextLines lines={view().lines} label={`Content of ${props.path}`} grammar={grammarForPath(props.path)} />}
        </Match>
        <Match when={props.view?.kind === "image" && props.view}>
          {(view) => (
            <div class="overflow-auto rounded border border-slate-200 bg-[repeating-conic-gradient(rgb(var(--c-slate-100))_0_25%,rgb(var(--c-white))_0_50%)] bg-[length:16px_16px] p-2">
              <img src={view().src} alt={`Image ${props.path}`} class="max-w-full" />
            </div>
          )}
        </Match>
        <Match when={props.view?.kind === "binary" && props.view}>
          {(view) => (
            <p class="text-sm">
              {baseName(props.path)} is a binary file ({view().mime}, {formatSize(view().bytes)}); its content is not shown.
            </p>
          )}
        </Match>
      </Switch>
    </section>
  )
}

function describe(view: FileView): string {
  if (view.kind === "text") return `${plural(view.lines.length, "line")} · ${formatSize(view.bytes)}`
  return `${view.mime} · ${formatSize(view.bytes)}`
}
