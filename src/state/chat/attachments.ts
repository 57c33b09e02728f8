import { createSignal } from "solid-js"
import { errorText } from "../../lib/error-text"
import { attachmentMime, refusal } from "../../lib/prompt/attachment-limits"
import type { Attachment } from "../../lib/prompt/parts"

export type { Attachment }

export type AttachmentDeps = {
  /** Reads a file into a `data:` URL; rejects when the browser cannot read it. */
  read: (file: File) => Promise<string>
}

/**
 * The files attached to the prompt being written. Each file is checked against the limits and
 * read on its own, so a refused or unreadable file is named in `problems()` (shown beside the
 * prompt, where it does not cover Send) and the rest, and the prompt's text, stay.
 */
export function createAttachments(deps: AttachmentDeps) {
  const [items, setItems] = createSignal<Attachment[]>([])
  const [problems, setProblems] = createSignal<string[]>([])
  let next = 1
  const bytes = () => items().reduce((sum, a) => sum + a.size, 0)

  return {
    items,
    /** What went wrong with the files of the last add, one sentence per file. */
    problems,
    /** Resolves once every file was read or refused. */
    async add(files: readonly File[]): Promise<void> {
      const found: string[] = []
      const report = (message: string) => found.push(message)
      for (const file of files) {
        const problem = refusal(file, bytes(), items().length)
        if (problem) {
          report(problem)
          continue
        }
        try {
          const dataUrl = await deps.read(file)
          setItems((list) => [...list, { id: `att-${next++}`, name: file.name || "pasted file", mime: attachmentMime(file), size: file.size, dataUrl }])
        } catch (err) {
          report(`Could not read ${file.name}: ${errorText(err)}`)
        }
      }
      setProblems(found)
    },
    remove: (id: string) => setItems((list) => list.filter((a) => a.id !== id)),
    dismissProblems: () => setProblems([]),
    clear: () => setItems([]),
    /** Puts back what a failed send took. */
    restore: (list: readonly Attachment[]) => setItems((now) => [...list, ...now.filter((a) => !list.includes(a))]),
  }
}

export type Attachments = ReturnType<typeof createAttachments>

/** The browser's FileReader as a promise. */
export function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => (typeof reader.result === "string" ? resolve(reader.result) : reject(new Error("the browser returned no data")))
    reader.onerror = () => reject(reader.error ?? new Error("the browser could not read it"))
    reader.readAsDataURL(file)
  })
}
