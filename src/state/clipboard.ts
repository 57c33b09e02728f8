import { createSignal, onCleanup } from "solid-js"
import { errorText } from "../lib/error-text"
import { useToasts } from "./toasts"

/** How long "Copied" shows before the button reads "Copy" again. */
const COPIED_MS = 1500

/**
 * The Clipboard API exists only in secure contexts; a portal opened over plain http on a tailnet
 * is not one, so fall back to a selected off-screen textarea and the legacy copy command.
 */
async function writeText(text: string): Promise<void> {
  if (window.isSecureContext && navigator.clipboard) return navigator.clipboard.writeText(text)
  const area = document.createElement("textarea")
  area.value = text
  area.setAttribute("readonly", "")
  area.style.position = "fixed"
  area.style.opacity = "0"
  document.body.append(area)
  area.select()
  const ok = document.execCommand("copy")
  area.remove()
  if (!ok) throw new Error("this browser does not allow copying here")
}

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
        await writeText(text)
        setCopied(true)
        clearTimeout(timer)
        timer = setTimeout(() => setCopied(false), COPIED_MS)
      } catch (err) {
        toasts.push({ kind: "error", message: `Could not copy to the clipboard: ${errorText(err)}` })
      }
    },
  }
}
