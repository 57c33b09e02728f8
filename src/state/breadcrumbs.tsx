import { createEffect, createSignal, onCleanup } from "solid-js"
import type { Crumb } from "../lib/routing/crumb"
import { makeContext } from "./context"

/**
 * Pages below a server publish their part of the trail (directory, session, file). Each caller is
 * a layer and the newest one still mounted wins, so leaving a session for the Sessions tab falls
 * back to the directory's trail instead of leaving the breadcrumb empty.
 */
export function createTrail() {
  const [layers, setLayers] = createSignal<{ id: number; crumbs: Crumb[] }[]>([])
  let next = 0
  return {
    trail: (): Crumb[] => layers().at(-1)?.crumbs ?? [],
    /** Shows `crumbs` while the calling component lives. */
    use(crumbs: () => Crumb[]) {
      const id = next++
      createEffect(() => {
        const value = crumbs()
        setLayers((list) => (list.some((l) => l.id === id) ? list.map((l) => (l.id === id ? { id, crumbs: value } : l)) : [...list, { id, crumbs: value }]))
      })
      onCleanup(() => setLayers((list) => list.filter((l) => l.id !== id)))
    },
  }
}

export type Trail = ReturnType<typeof createTrail>
const ctx = makeContext<Trail>("Trail")
export const useTrail = ctx.use
export const TrailProvider = ctx.Provider
