import { useNavigate } from "@solidjs/router"
import type { ParentProps } from "solid-js"
import { preloadSdk } from "../../api/client"
import * as api from "../../api/fleet"
import { mayAnswer } from "../../lib/connection/health"
import { useBrowserStores } from "../browser-stores"
import { useHealth } from "../connection/health"
import { useConnectionPool } from "../connection/pool"
import { useRegistry } from "../registry/registry"
import { useToasts } from "../toasts"
import { beep, browserNotifications } from "./browser-notifications"
import { createFleet, FleetProvider } from "./fleet"
import { createNotifier, NotifierProvider } from "./notifier"
import { createReadMarks } from "./read-marks"
import { createTitleBadge } from "./title-badge"
import { createProgressive } from "../ui/progressive"

/** Each server watched costs a stream, a store and its first calls: a few per task, none in the first paint's. */
const SERVERS_PER_TASK = 2

/**
 * The tab's fleet, notifier and title badge, made once for the whole app (inside the router, so
 * a notification's click can open its item). It holds every registered server's live stream.
 */
export function FleetRoot(props: ParentProps) {
  const pool = useConnectionPool()
  const registry = useRegistry()
  const health = useHealth()
  const toasts = useToasts()
  const navigate = useNavigate()
  const report = (message: string) => void toasts.push({ kind: "error", message })
  const local = useBrowserStores().local
  const marks = createReadMarks({ store: local.store, report })
  if (registry.servers().length > 0) preloadSdk()
  const fleet = createFleet({
    servers: registry.servers,
    use: pool.use,
    api: { sessions: api.listRecentSessions, snapshot: api.fleetSnapshot, errors: api.lastErrors, replyPermission: api.replyPermission, replyQuestion: api.replyQuestion, rejectQuestion: api.rejectQuestion },
    reachable: (id) => mayAnswer(health.of(id)),
    marks,
    createStage: (ids) => createProgressive(ids, { first: 0, step: SERVERS_PER_TASK }),
  })
  const notifier = createNotifier({
    fleet,
    notifications: browserNotifications(typeof Notification === "undefined" ? undefined : Notification),
    store: local.store,
    serverName: (id) => registry.byId(id)?.name ?? id,
    visible: () => document.visibilityState !== "hidden",
    focusTab: () => window.focus(),
    open: (href) => navigate(href),
    beep,
    report,
  })
  createTitleBadge({ document, waiting: fleet.waiting })
  return (
    <FleetProvider value={fleet}>
      <NotifierProvider value={notifier}>{props.children}</NotifierProvider>
    </FleetProvider>
  )
}
