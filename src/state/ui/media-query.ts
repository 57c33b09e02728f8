import { createSignal, onCleanup, type Accessor } from "solid-js"

/**
 * Whether a CSS media query matches now, following changes (a window resized or rotated). Without
 * `matchMedia` (tests) it never matches. Runs under a reactive owner.
 *
 * @example const narrow = createMediaQuery("(max-width: 899px)")
 */
export function createMediaQuery(query: string, win: Pick<Window, "matchMedia"> | undefined = typeof window === "undefined" ? undefined : window): Accessor<boolean> {
  const list = win?.matchMedia?.(query)
  const [matches, setMatches] = createSignal(list?.matches ?? false)
  if (list) {
    const onChange = (e: MediaQueryListEvent) => setMatches(e.matches)
    list.addEventListener("change", onChange)
    onCleanup(() => list.removeEventListener("change", onChange))
  }
  return matches
}
