import { createSignal, onCleanup } from "solid-js"
import { writeClipboard } from "../lib/clipboard"
import { errorText } from "../lib/error-text"
import { useToasts } from "./toasts"

/** How long "Copied" shows before the button reads "Copy" again. */
const COPIED_MS = 1500

/**
 * Copies text to the clipboard (with the plain-http fallback of lib/clipboard); `copied()` is true
 * for a moment after it worked. A failure becomes a toast, or goes to `onError` for a view that
 * says it in place.
 */
export function createCopy(options: { onError?: (message: string) => void } = {}) {
  const toasts = useToasts()
  const report = options.onError ?? ((message: string) => void toasts.push({ kind: "error", message }))
  const [copied, setCopied] = createSignal(false)
  let timer: ReturnType<typeof setTimeout> | undefined
  onCleanup(() => clearTimeout(timer))
  return {
    copied,
    async copy(text: string) {
      try {
        await writeClipboard(text, { secure: window.isSecureContext, clipboard: navigator.clipboard, document })
        setCopied(true)
        clearTimeout(timer)
        timer = setTimeout(() => setCopied(false), COPIED_MS)
      } catch (err) {
        setCopied(false)
        report(`Could not copy to the clipboard: ${errorText(err)}`)
      }
    },
  }
}
