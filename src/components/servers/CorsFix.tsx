import { createSignal } from "solid-js"
import { corsFix } from "../../lib/connection/health"
import { createCopy } from "../../state/clipboard"

/** The exact command that unblocks this page, with a copy button. */
export function CorsFix(props: { origin: string }) {
  const [failure, setFailure] = createSignal<string>()
  const clip = createCopy({ onError: (message) => setFailure(`${message} (select the text and copy it by hand)`) })
  const command = () => corsFix(props.origin)
  const copy = () => {
    setFailure(undefined)
    return clip.copy(command())
  }
  return (
    <div class="mt-2 text-sm">
      <p>Restart the server allowing this page's origin:</p>
      <div class="mt-1 flex flex-wrap items-center gap-2">
        <code class="mono rounded bg-slate-100 px-2 py-1">{command()}</code>
        <button type="button" class="btn py-0.5" onClick={() => void copy()}>
          Copy command
        </button>
        <span role="status" class="text-xs text-slate-600">
          {clip.copied() ? "Copied." : (failure() ?? "")}
        </span>
      </div>
    </div>
  )
}
