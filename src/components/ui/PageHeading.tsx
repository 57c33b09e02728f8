import { onMount, type JSX } from "solid-js"
import { isTypingTarget } from "../../lib/keys/shortcut"

/**
 * A view's main heading. It takes focus when the view appears (after switching server, opening a
 * directory), so keyboard and screen-reader users start at the top of what changed, unless the
 * person is already typing in a field on the page or `focus` is false.
 */
export function PageHeading(props: { id?: string; class?: string; focus?: boolean; children: JSX.Element }) {
  let heading: HTMLHeadingElement | undefined
  onMount(() => {
    const current = document.activeElement
    if (props.focus === false || (current && current !== document.body && isTypingTarget(current) && current.closest("main"))) return
    heading?.focus({ preventScroll: true })
  })
  return (
    <h1 ref={(el) => (heading = el)} id={props.id} tabIndex={-1} class={`outline-none ${props.class ?? ""}`}>
      {props.children}
    </h1>
  )
}
