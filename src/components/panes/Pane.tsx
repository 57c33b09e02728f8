import { createEffect, Match, Show, Switch, type JSX } from "solid-js"
import { paneLabel } from "../../lib/panes/label"
import { links } from "../../lib/routing/links"
import type { LayoutEntry, Pane as PaneValue } from "../../lib/routing/panes"
import { ActiveServerProvider } from "../../state/connection/active-server"
import { useConnectionPool } from "../../state/connection/pool"
import { DirectoryProvider } from "../../state/directory/active-directory"
import { DirectoryDataProvider, useDirectoryData } from "../../state/directory/provider"
import { useRegistry } from "../../state/registry/registry"
import { ViewLinksProvider, type ViewLinks } from "../../state/routing/view-links"
import { StreamIndicator } from "../directory/StreamIndicator"
import { ConnectionGate } from "../servers/ConnectionGate"
import { ServerBadge } from "../servers/ServerBadge"
import { UnknownServer } from "../servers/UnknownServer"
import { ErrorNote } from "../ui/ErrorNote"
import { PaneContent } from "./PaneContent"
import { PaneFrame } from "./PaneFrame"
import { PaneNav } from "./PaneNav"

export type PaneProps = {
  domId: string
  entry: LayoutEntry
  /** Where this pane's links lead: the layout with this pane changed. */
  links: ViewLinks
  /** The server's address as the layout link carries it, for "Add this server". */
  linkedUrl: string | undefined
  hidden: boolean
  flex: string
  onClose: () => void
  /** Reports the pane's name, for the tab strip on narrow screens. */
  onLabel: (label: string) => void
}

/**
 * One pane of a layout, on any registered server and directory. It holds the server's live
 * connection from the pool while mounted (shared with every other view of that server) and a
 * directory store fed by that server's one stream; closing it releases only those.
 */
export function Pane(props: PaneProps) {
  return (
    <Switch>
      <Match when={props.entry.ok ? undefined : errorOf(props.entry)}>{(error) => <PlainPane {...props} label="Unreadable pane" body={<div class="p-3"><ErrorNote message={error()} /></div>} />}</Match>
      <Match when={props.entry.ok ? props.entry.pane : undefined}>{(pane) => <ServerPane {...props} pane={pane()} />}</Match>
    </Switch>
  )
}

const errorOf = (entry: LayoutEntry) => (entry.ok ? undefined : entry.error)

/** A pane with no server behind it: an unreadable entry, or a server this browser lacks. */
function PlainPane(props: PaneProps & { label: string; body: JSX.Element }) {
  createEffect(() => props.onLabel(props.label))
  return (
    <PaneFrame domId={props.domId} hidden={props.hidden} flex={props.flex} onClose={props.onClose} label={props.label} color={undefined} header={<span>{props.label}</span>}>
      {props.body}
    </PaneFrame>
  )
}

function ServerPane(props: PaneProps & { pane: PaneValue }) {
  const registry = useRegistry()
  const pool = useConnectionPool()
  const server = () => registry.byId(props.pane.serverId)
  // Keyed like the server's own pages: a new address means a new connection.
  const key = () => {
    const s = server()
    return s ? `${s.id} ${s.url}` : undefined
  }
  const unknown = () => (
    <PlainPane
      {...props}
      label={`${props.pane.serverId} · Unknown server`}
      body={<UnknownServer serverId={props.pane.serverId} linked={props.linkedUrl ? { url: props.linkedUrl } : undefined} addHref={props.linkedUrl ? links.addServer(props.pane.serverId, props.linkedUrl) : undefined} />}
    />
  )
  return (
    <Show when={key()} keyed fallback={unknown()}>
      {(_key) => (
        <Show when={server()}>
          {(s) => {
            const live = pool.use(s().id)
            if (!live) return null
            return (
              <ActiveServerProvider live={live}>
                <DirectoryProvider directory={props.pane.directory}>
                  <DirectoryDataProvider>
                    <ViewLinksProvider value={props.links}>
                      <LivePane {...props} name={s().name} color={s().color} />
                    </ViewLinksProvider>
                  </DirectoryDataProvider>
                </DirectoryProvider>
              </ActiveServerProvider>
            )
          }}
        </Show>
      )}
    </Show>
  )
}

function LivePane(props: PaneProps & { pane: PaneValue; name: string; color: string }) {
  const registry = useRegistry()
  const data = useDirectoryData()
  const server = () => registry.byId(props.pane.serverId)
  const titled = () => {
    const view = props.pane.view
    return view.kind === "session" || view.kind === "changes" ? view.sessionId : undefined
  }
  const label = () => {
    const id = titled()
    return paneLabel(server()?.name ?? props.name, props.pane.directory, props.pane.view, id ? data.session(id)?.title : undefined)
  }
  createEffect(() => props.onLabel(label()))
  return (
    <PaneFrame
      domId={props.domId}
      hidden={props.hidden}
      flex={props.flex}
      onClose={props.onClose}
      label={label()}
      color={server()?.color ?? props.color}
      header={
        <>
          <ServerBadge name={server()?.name ?? props.name} color={server()?.color ?? props.color} class="font-semibold" />
          <span class="mono min-w-0 max-w-60 truncate text-xs text-slate-600" title={props.pane.directory}>
            {props.pane.directory}
          </span>
          <PaneNav current={props.pane.view.kind} />
          <StreamIndicator state={data.streamState()} now={data.now()} serverName={server()?.name ?? props.name} onReconnect={data.reconnect} />
        </>
      }
    >
      <Show when={server()}>
        {(s) => (
          <ConnectionGate server={s()}>
            <PaneContent view={props.pane.view} />
          </ConnectionGate>
        )}
      </Show>
    </PaneFrame>
  )
}
