import { createEffect, createSignal, onCleanup } from "solid-js"
import type { Crumb } from "../lib/routing/crumb"
import { makeContext } from "./context"

/** Pages below a server publish their part of the trail (directory, session, file). */
export function createTrail() {
  const [trail, setTrail] = createSignal<Crumb[]>([])
  return {
    trail,
    /** Shows `crumbs` while the calling component lives. */
    use(crumbs: () => Crumb[]) {
      createEffect(() => setTrail(crumbs()))
      onCleanup(() => setTrail([]))
    },
  }
}

export type Trail = ReturnType<typeof createTrail>
const ctx = makeContext<Trail>("Trail")
export const useTrail = ctx.use
export const TrailProvider = ctx.Provider
