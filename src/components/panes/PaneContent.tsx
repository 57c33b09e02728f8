import { useNavigate } from "@solidjs/router"
import { Match, Switch } from "solid-js"
import type { PaneView } from "../../lib/routing/panes"
import { useViewLinks } from "../../state/routing/view-links"
import { SessionView } from "../chat/SessionView"
import { DirectorySessions } from "../directory/DirectorySessions"
import { ChangesView } from "../files/ChangesView"
import { FilesView } from "../files/FilesView"
import DirectoryTerminals from "../terminal/DirectoryTerminals"

/** The view a pane shows: the same components the full pages use, sized to the pane. */
export function PaneContent(props: { view: PaneView }) {
  const links = useViewLinks()
  const navigate = useNavigate()
  const view = () => props.view
  return (
    <Switch>
      <Match when={sessionOf(view())} keyed>
        {(id) => <SessionView sessionId={id} dock={dockOf(view())} class="h-full" />}
      </Match>
      <Match when={view().kind === "sessions"}>
        <div class="p-3">
          <DirectorySessions />
        </div>
      </Match>
      <Match when={view().kind === "files"}>
        <FilesView path={filePath(view())} onOpen={(path) => navigate(links.to({ kind: "files", path }))} />
      </Match>
      <Match when={view().kind === "changes"}>
        <ChangesView sessionId={changesSession(view())} />
      </Match>
      <Match when={view().kind === "terminal"}>
        <DirectoryTerminals class="h-full min-h-60" />
      </Match>
    </Switch>
  )
}

const filePath = (view: PaneView) => (view.kind === "files" ? view.path : undefined)
const changesSession = (view: PaneView) => (view.kind === "changes" ? view.sessionId : undefined)
/** Keyed on the id: another session remounts the chat, a new dock does not. */
const sessionOf = (view: PaneView) => (view.kind === "session" ? view.sessionId : undefined)

const dockOf = (view: PaneView) => (view.kind === "session" ? view.dock : undefined)
