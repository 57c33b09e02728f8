import { makeContext } from "../context"
import { layoutHref, paneLink, type Pane, type PaneView } from "../../lib/routing/panes"

/**
 * Where a view's links lead. On a full page they are deep links; inside a pane they change only
 * that pane of the layout, so a session picked in a pane opens in the same pane.
 */
export type ViewLinks = {
  /** Another view of the same directory, shown where this one is. */
  to(view: PaneView): string
  /** This view and `view` side by side; undefined when the layout already holds every pane it can. */
  beside(view: PaneView): string | undefined
}

const ctx = makeContext<ViewLinks>("ViewLinks")
export const useViewLinks = ctx.use
export const ViewLinksProvider = ctx.Provider

/**
 * The links of a full page of one directory. `current` is what the page shows now (from its URL);
 * "side by side" keeps it as the first pane. The server's address goes along, so the layout link
 * works in a browser that lacks the server.
 */
export function pageViewLinks(deps: { serverId: string; serverUrl: () => string; directory: string; current: () => Pane | undefined }): ViewLinks {
  const at = (view: PaneView): Pane => ({ serverId: deps.serverId, directory: deps.directory, view })
  return {
    to: (view) => paneLink(at(view)),
    beside(view) {
      const current = deps.current()
      const panes = current ? [current, at(view)] : [at(view)]
      return layoutHref({ entries: panes.map((pane) => ({ ok: true, pane })), urls: { [deps.serverId]: deps.serverUrl() } })
    },
  }
}
