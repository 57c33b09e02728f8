/** What a pane shows: `exact` names its view, `loose` only its server and directory. */
export type PaneKey = { exact: string; loose: string }

/**
 * Stable ids for the panes of a layout that changes. A pane keeps its id (and so its mounted view,
 * its place in the chat, its connection) while it shows the same thing, even when a pane before it
 * closes; failing that, a pane that stays on the same server and directory keeps one (only its view
 * changes); any other pane gets a new id.
 *
 * @example keepIds([{ id: "p1", key: a }, { id: "p2", key: b }], [b], fresh) // ["p2"]
 */
export function keepIds(previous: readonly { id: string; key: PaneKey }[], keys: readonly PaneKey[], fresh: () => string): string[] {
  const free = [...previous]
  const take = (match: (p: { key: PaneKey }) => boolean) => {
    const at = free.findIndex(match)
    return at < 0 ? undefined : free.splice(at, 1)[0]?.id
  }
  const exact = keys.map((key) => take((p) => p.key.exact === key.exact))
  return keys.map((key, i) => exact[i] ?? take((p) => p.key.loose === key.loose) ?? fresh())
}
