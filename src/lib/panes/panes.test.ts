// @vitest-environment node
import { describe, expect, it } from "vitest"
import { evenSizes, moveSeparator, separatorPosition } from "./sizes"
import { keepIds, type PaneKey } from "./identity"

describe("evenSizes", () => {
  it.each([
    [0, []],
    [1, [100]],
    [2, [50, 50]],
    [4, [25, 25, 25, 25]],
  ])("%i panes", (count, sizes) => {
    expect(evenSizes(count)).toEqual(sizes)
  })
})

describe("moveSeparator", () => {
  it.each<[string, number[], number, number, number[]]>([
    ["grows the left pane", [50, 50], 0, 10, [60, 40]],
    ["shrinks it", [50, 50], 0, -5, [45, 55]],
    ["stops at the right pane's minimum", [50, 50], 0, 90, [85, 15]],
    ["stops at the left pane's minimum", [50, 50], 0, -90, [15, 85]],
    ["touches only its two neighbours", [25, 25, 25, 25], 1, 5, [25, 30, 20, 25]],
    ["ignores a separator that does not exist", [50, 50], 1, 5, [50, 50]],
  ])("%s", (_label, sizes, index, delta, expected) => {
    expect(moveSeparator(sizes, index, delta)).toEqual(expected)
  })
})

describe("separatorPosition", () => {
  it.each<[number[], number, number]>([
    [[50, 50], 0, 50],
    [[25, 30, 20, 25], 1, 55],
    [[100 / 3, 100 / 3, 100 / 3], 0, 33],
  ])("%j after pane %i → %i", (sizes, index, position) => {
    expect(separatorPosition(sizes, index)).toBe(position)
  })
})

describe("keepIds", () => {
  let n = 0
  const fresh = () => `new${++n}`
  const key = (loose: string, view = "sessions") => ({ exact: `${loose} ${view}`, loose })
  it.each<[string, { id: string; key: PaneKey }[], PaneKey[], string[]]>([
    ["keeps every id when nothing changed", [{ id: "p1", key: key("a") }, { id: "p2", key: key("b") }], [key("a"), key("b")], ["p1", "p2"]],
    ["keeps the survivor's id when the first closes", [{ id: "p1", key: key("a") }, { id: "p2", key: key("b") }], [key("b")], ["p2"]],
    ["keeps the id of the pane that shows the same view", [{ id: "p1", key: key("a", "s1") }, { id: "p2", key: key("a", "s2") }], [key("a", "s2")], ["p2"]],
    ["keeps the id of a pane whose view changed", [{ id: "p1", key: key("a", "s1") }], [key("a", "files")], ["p1"]],
    ["gives a new pane a new id", [{ id: "p1", key: key("a") }], [key("a"), key("c")], ["p1", "new1"]],
    ["tells two panes of one view apart", [{ id: "p1", key: key("a") }, { id: "p2", key: key("a") }], [key("a"), key("a"), key("a")], ["p1", "p2", "new2"]],
  ])("%s", (_label, previous, keys, ids) => {
    expect(keepIds(previous, keys, fresh)).toEqual(ids)
  })
})
