import { describe, expect, it } from "vitest"
import type { Session } from "../model"
import { sessionRows, type SessionFilter } from "./session-tree"

const makeSession = (id: string, created: number, overrides: Partial<Session> = {}): Session => ({
  id,
  directory: "/srv/app",
  title: id,
  time: { created, updated: created },
  ...overrides,
})

const all = [
  makeSession("old", 1),
  makeSession("new", 3),
  makeSession("child-b", 5, { parentID: "old", title: "child beta" }),
  makeSession("child-a", 4, { parentID: "old", title: "child alpha" }),
  makeSession("gone", 6, { time: { created: 6, updated: 6, archived: 7 } }),
  makeSession("under-gone", 8, { parentID: "gone" }),
  makeSession("orphan", 2, { parentID: "elsewhere" }),
]

const rows = (filter: Partial<SessionFilter>) => sessionRows(all, { query: "", showArchived: false, ...filter }).map((r) => `${"  ".repeat(r.depth)}${r.session.id}`)

describe("sessionRows", () => {
  it.each([
    ["newest first, children (newest first) under their parent, archived hidden", {}, ["new", "orphan", "old", "  child-b", "  child-a"]],
    ["archived shown on request, with what hangs under them", { showArchived: true }, ["gone", "  under-gone", "new", "orphan", "old", "  child-b", "  child-a"]],
    ["search is case-insensitive on titles", { query: "NEW" }, ["new"]],
    ["a matching child of a non-matching parent stands alone", { query: "alpha" }, ["child-a"]],
    ["children that do not match are left out", { query: "old" }, ["old"]],
    ["matching siblings without a matching parent stand alone", { query: "child" }, ["child-b", "child-a"]],
    ["an archived parent hides a matching child", { query: "under" }, []],
    ["blank search shows everything", { query: "   " }, ["new", "orphan", "old", "  child-b", "  child-a"]],
    ["no match, no rows", { query: "zzz" }, []],
  ])("%s", (_label, filter, expected) => {
    expect(rows(filter)).toEqual(expected)
  })
})
