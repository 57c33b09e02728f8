import { createSignal, onCleanup } from "solid-js"
import { askedText, finishedText, type AlertText } from "../../lib/fleet/alert-text"
import { links } from "../../lib/routing/links"
import type { LocalStore } from "../../storage/drafts"
import { loadSettings, saveSettings, type FleetSettings } from "../../storage/fleet"
import { makeContext } from "../context"
import type { Fleet, FleetAlert } from "./fleet"

export type NotifyPermission = "default" | "granted" | "denied" | "unsupported"

/** The slice of the Notification API the notifier uses; tests pass a fake. */
export type NotificationApi = {
  permission(): NotifyPermission
  /** Asks the browser; only ever called from a click. */
  request(): Promise<NotifyPermission>
  show(text: AlertText, tag: string, onClick: () => void): void
}

export type NotifierDeps = {
  fleet: Fleet
  notifications: NotificationApi
  store: LocalStore
  serverName: (serverId: string) => string
  /** False while the tab is hidden. */
  visible: () => boolean
  focusTab: () => void
  open: (href: string) => void
  beep: () => void
  report: (message: string) => void
}

/**
 * Notifications for new requests and finished runs on sessions that are not on screen (or all
 * of them while the tab is hidden), once the person turned them on with "Notify me". Clicking one
 * focuses the tab and opens the item. Create under a reactive owner.
 */
export function createNotifier(deps: NotifierDeps) {
  const [settings, setSettings] = createSignal<FleetSettings>(loadSettings(deps.store))
  const [permission, setPermission] = createSignal<NotifyPermission>(deps.notifications.permission())

  const save = (next: FleetSettings) => {
    setSettings(next)
    try {
      saveSettings(deps.store, next)
    } catch {
      deps.report("This browser refused to store the notification settings; they last only while this page is open.")
    }
  }

  const seen = (serverId: string, sessionId: string) => {
    const screen = deps.fleet.onScreen()
    return deps.visible() && screen?.serverId === serverId && screen.sessionId === sessionId
  }

  const onAlert = (alert: FleetAlert) => {
    if (!settings().notify || deps.notifications.permission() !== "granted") return
    if (alert.kind === "asked") {
      const { item } = alert
      if (seen(item.serverId, item.request.sessionID)) return
      // The item itself is on the fleet page; the link names it so the page can focus it.
      deps.notifications.show(askedText(item, deps.serverName(item.serverId)), item.request.id, () => {
        deps.focusTab()
        deps.open(`${links.all()}#${encodeURIComponent(item.request.id)}`)
      })
    } else {
      if (seen(alert.serverId, alert.session.id)) return
      deps.notifications.show(finishedText(alert.session.title, deps.serverName(alert.serverId)), `${alert.serverId} ${alert.session.id}`, () => {
        deps.focusTab()
        deps.open(links.session(alert.serverId, alert.session.directory, alert.session.id))
      })
    }
    if (settings().sound) deps.beep()
  }
  // eslint-disable-next-line solid/reactivity -- an event callback: it reads the settings when an alert comes
  onCleanup(deps.fleet.listen(onAlert))

  return {
    settings,
    permission,
    /** "Notify me": asks the browser now if it has not been asked; reports a refusal. */
    async enable(): Promise<void> {
      let answer = deps.notifications.permission()
      if (answer === "default") answer = await deps.notifications.request()
      setPermission(answer)
      if (answer === "granted") save({ ...settings(), notify: true })
      else if (answer === "denied") deps.report("The browser blocks notifications for this page; allow them in the site settings, then try again.")
      else if (answer === "unsupported") deps.report("This browser cannot show notifications.")
    },
    disable: () => save({ ...settings(), notify: false }),
    setSound: (on: boolean) => save({ ...settings(), sound: on }),
    /** On only when the person asked and the browser allows it. */
    active: () => settings().notify && permission() === "granted",
  }
}

export type Notifier = ReturnType<typeof createNotifier>

const ctx = makeContext<Notifier>("Notifier")
export const useNotifier = ctx.use
export const NotifierProvider = ctx.Provider
