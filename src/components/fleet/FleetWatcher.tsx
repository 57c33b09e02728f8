import { useLocation, useMatch, useNavigate } from "@solidjs/router"
import { createEffect, onCleanup } from "solid-js"
import { links } from "../../lib/routing/links"
import { useFleet } from "../../state/fleet/fleet"

/** Alt+N (by key position, so layouts where Alt+N types a character work too); a modifier, so typing never fires it. */
export const isNextItemShortcut = (e: Pick<KeyboardEvent, "altKey" | "ctrlKey" | "metaKey" | "shiftKey" | "code">): boolean =>
  e.altKey && !e.ctrlKey && !e.metaKey && !e.shiftKey && e.code === "KeyN"

/**
 * App-wide, renders nothing: tells the fleet which session is on screen (so it counts as read and
 * raises no notification), and jumps to the next waiting item on Alt+N from any page.
 */
export function FleetWatcher() {
  const fleet = useFleet()
  const navigate = useNavigate()
  const location = useLocation()
  const match = useMatch(() => "/s/:serverId/d/:dir/session/:sessionId")
  createEffect(() => {
    const params = match()?.params
    fleet.setOnScreen(params?.serverId && params.sessionId ? { serverId: params.serverId, sessionId: params.sessionId } : undefined)
  })
  const onKey = (e: KeyboardEvent) => {
    if (!isNextItemShortcut(e)) return
    e.preventDefault()
    if (location.pathname !== links.all()) navigate(links.all())
    fleet.focusNext()
  }
  window.addEventListener("keydown", onKey)
  onCleanup(() => window.removeEventListener("keydown", onKey))
  return null
}
