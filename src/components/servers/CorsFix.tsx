import { createSignal } from "solid-js"
import { corsFix } from "../../lib/connection/health"

/** The exact command that unblocks this page, with a copy button. */
export function CorsFix(props: { origin: string }) {
  const [copied, setCopied] = createSignal<"idle" | "done" | "failed">("idle")
  const command = () => corsFix(props.origin)
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(command())
      setCopied("done")
    } catch {
      setCopied("failed")
    }
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
          {copied() === "done" ? "Copied." : copied() === "failed" ? "Copy failed: select the text and copy it by hand." : ""}
        </span>
      </div>
    </div>
  )
}
