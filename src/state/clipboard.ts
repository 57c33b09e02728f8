import { createSignal, onCleanup } from "solid-js"
import { errorText } from "../lib/error-text"
import { useToasts } from "./toasts"

/** How long "Copied" shows before the button reads "Copy" again. */
const COPIED_MS = 1500

/** Copies text to the clipboard; `copied()` is true for a moment after it worked, failures become a toast. */
export function createCopy() {
  const toasts = useToasts()
  const [copied, setCopied] = createSignal(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  onCleanup(() => clearTimeout(timer))
  return {
    copied,
    async copy(text: string) {
      try {
        await navigator.clipboard.writeText(text)
        setCopied(true)
        clearTimeout(timer)
        timer = setTimeout(() => setCopied(false), COPIED_MS)
      } catch (err) {
        toasts.push({ kind: "error", message: `Could not copy to the clipboard: ${errorText(err)}` })
      }
    },
  }
}
