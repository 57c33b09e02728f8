import { createSignal } from "solid-js"
import { errorText } from "../../lib/error-text"
import { loadDraft, saveDraft, type DraftKey, type LocalStore } from "../../storage/drafts"

export type ComposerDeps = {
  key: DraftKey
  store: LocalStore
  /** Sends the text; rejects with an error whose message names the server and the action. */
  send: (text: string) => Promise<void>
  report: (message: string) => void
  /** True when the prompt holds something besides text (attachments), so an empty text may go. */
  hasExtras?: () => boolean
  now?: () => number
}

/**
 * The prompt being written for one session: its draft is saved on every change (so a reload or a
 * server switch loses nothing) and cleared only once the server took the prompt; a failed send
 * puts the text back.
 */
export function createComposer(deps: ComposerDeps) {
  const now = deps.now ?? Date.now
  const [draft, setDraftSignal] = createSignal(loadDraft(deps.store, deps.key))
  const [sending, setSending] = createSignal(false)
  let saveFailing = false

  const setDraft = (text: string) => {
    setDraftSignal(text)
    try {
      saveDraft(deps.store, deps.key, text, now())
      saveFailing = false
    } catch (err) {
      // Said once per failing streak, not on every keystroke.
      if (!saveFailing) deps.report(`Could not save the draft in this browser: ${errorText(err)}`)
      saveFailing = true
    }
  }

  return {
    draft,
    setDraft,
    sending,
    /** Sends the draft unless it is blank or a send is on its way; resolves true when the server took it. */
    async submit(): Promise<boolean> {
      const text = draft()
      if ((text.trim() === "" && !deps.hasExtras?.()) || sending()) return false
      setSending(true)
      setDraft("")
      try {
        await deps.send(text)
        return true
      } catch (err) {
        if (draft() === "") setDraft(text)
        deps.report(errorText(err))
        return false
      } finally {
        setSending(false)
      }
    },
  }
}

export type Composer = ReturnType<typeof createComposer>
