import { createEffect, onCleanup } from "solid-js"
import { faviconWithDot } from "../../lib/fleet/favicon"
import { titleWithCount } from "../../lib/fleet/views"

export type TitleBadgeDeps = {
  document: Document
  waiting: () => number
}

/**
 * Keeps "(N) " in front of `document.title` while N requests wait, whatever title each page sets
 * (pages assign document.title; an observer on <title> puts the count back), and a dot on the
 * favicon. Create under a reactive owner.
 */
export function createTitleBadge(deps: TitleBadgeDeps) {
  const doc = deps.document
  const icon = doc.querySelector<HTMLLinkElement>('link[rel="icon"]')
  const plainIcon = icon?.getAttribute("href") ?? undefined
  const dotted = faviconWithDot()

  const apply = () => {
    const next = titleWithCount(doc.title, deps.waiting())
    if (next !== doc.title) doc.title = next
  }
  createEffect(() => {
    const waiting = deps.waiting()
    apply()
    if (icon && plainIcon) icon.setAttribute("href", waiting > 0 ? dotted : plainIcon)
  })
  const observer = new MutationObserver(apply)
  observer.observe(doc.head, { childList: true, subtree: true, characterData: true })
  onCleanup(() => observer.disconnect())
}
