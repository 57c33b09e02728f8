import { createSignal } from "solid-js"
import type { DirectoryCheck } from "../../state/directory/open-directory"
import { Field } from "../ui/Field"

export type OpenDirectoryFormProps = {
  serverName: string
  check: (path: string) => Promise<DirectoryCheck>
  onOpen: (directory: string) => void
  fieldRef?: (el: HTMLInputElement) => void
}

/** A path typed by hand, checked on the server before it opens; a refusal says why and keeps the text. */
export function OpenDirectoryForm(props: OpenDirectoryFormProps) {
  const [path, setPath] = createSignal("")
  const [error, setError] = createSignal<string>()
  const [checking, setChecking] = createSignal(false)
  const submit = async (e: SubmitEvent) => {
    e.preventDefault()
    setChecking(true)
    setError(undefined)
    const result = await props.check(path())
    setChecking(false)
    if (result.ok) props.onOpen(result.directory)
    else setError(result.error)
  }
  return (
    <form class="flex flex-wrap items-start gap-2" onSubmit={(e) => void submit(e)} aria-label={`Open a directory on ${props.serverName}`}>
      <Field
        class="min-w-0 flex-1"
        ref={(el) => props.fieldRef?.(el)}
        label="Directory path"
        placeholder="/home/me/project"
        value={path()}
        error={error()}
        hint="An absolute path on the server's machine."
        onInput={(e) => setPath(e.currentTarget.value)}
        autocomplete="off"
        spellcheck={false}
      />
      <button type="submit" class="btn-primary mt-6" disabled={checking()}>
        {checking() ? "Checking…" : "Open directory"}
      </button>
    </form>
  )
}
