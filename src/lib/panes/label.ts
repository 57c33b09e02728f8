import type { PaneView } from "../routing/panes"

/** The last part of a path, which tells projects apart: `/srv/app/` → `app`. */
export function directoryName(directory: string): string {
  const parts = directory.split(/[/\\]/).filter((p) => p !== "")
  return parts.at(-1) ?? directory
}

/**
 * What a pane shows, in words, after its server's name: "Beta · Fix login". `title` is the
 * session's title when the pane's view names a session and it is known.
 */
export function paneLabel(serverName: string, directory: string, view: PaneView, title: string | undefined): string {
  const where = directoryName(directory)
  const what = (() => {
    switch (view.kind) {
      case "sessions":
        return `Sessions in ${where}`
      case "session":
        return title ?? "Session"
      case "files":
        return view.path ?? `Files in ${where}`
      case "changes":
        return view.sessionId ? `Changes by ${title ?? "a session"}` : `Changes in ${where}`
      case "terminal":
        return `Terminal in ${where}`
    }
  })()
  return `${serverName} · ${what}`
}
