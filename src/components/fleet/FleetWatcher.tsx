import { useLocation, useMatch, useNavigate } from "@solidjs/router"
import { createEffect } from "solid-js"
import { links } from "../../lib/routing/links"
import { useAction } from "../../state/commands/actions"
import { ACTIONS } from "../../state/commands/catalogue"
import { useFleet } from "../../state/fleet/fleet"

/**
 * App-wide, renders nothing: tells the fleet which session is on screen (so it counts as read and
 * raises no notification); "All servers" and "Next item needing attention" (Alt+N, matched by key
 * position, so it works where Alt+N types a character) in the palette and from any page.
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
  useAction({ ...ACTIONS.allServers, run: () => navigate(links.all()) })
  useAction({
    ...ACTIONS.nextAttention,
    run() {
      if (location.pathname !== links.all()) navigate(links.all())
      fleet.focusNext()
    },
  })
  return null
}
