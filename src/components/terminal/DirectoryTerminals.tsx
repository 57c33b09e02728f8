import { useDirectory } from "../../state/directory/active-directory"
import { TerminalsProvider } from "../../state/terminal/terminals"
import { TerminalWorkspace } from "./TerminalWorkspace"

/** The terminals of the directory in scope, sized by `class`; loaded lazily where a page only may show them. */
export default function DirectoryTerminals(props: { class: string }) {
  const dir = useDirectory()
  return (
    <TerminalsProvider>
      <TerminalWorkspace directory={dir.directory()} class={props.class} />
    </TerminalsProvider>
  )
}
