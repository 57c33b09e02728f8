// @vitest-environment node
import { describe, expect, it } from "vitest"
import { treeKey, type NavRow } from "./tree-nav"

// src/ (open) › deep/ (closed), index.ts ; docs/ (closed) ; README.md
const rows: NavRow[] = [
  { path: "src", name: "src", level: 1, expandable: true, expanded: true },
  { path: "src/deep", name: "deep", level: 2, expandable: true, expanded: false },
  { path: "src/index.ts", name: "index.ts", level: 2, expandable: false, expanded: false },
  { path: "docs", name: "docs", level: 1, expandable: true, expanded: false },
  { path: "README.md", name: "README.md", level: 1, expandable: false, expanded: false },
]

describe("treeKey", () => {
  const cases: { name: string; key: string; index: number; action: ReturnType<typeof treeKey> }[] = [
    { name: "down moves to the next row", key: "ArrowDown", index: 0, action: { type: "focus", index: 1 } },
    { name: "down on the last row stays", key: "ArrowDown", index: 4, action: undefined },
    { name: "up moves to the previous row", key: "ArrowUp", index: 2, action: { type: "focus", index: 1 } },
    { name: "up on the first row stays", key: "ArrowUp", index: 0, action: undefined },
    { name: "home goes to the first row", key: "Home", index: 3, action: { type: "focus", index: 0 } },
    { name: "end goes to the last row", key: "End", index: 1, action: { type: "focus", index: 4 } },
    { name: "right opens a closed folder", key: "ArrowRight", index: 1, action: { type: "expand", path: "src/deep" } },
    { name: "right on an open folder enters it", key: "ArrowRight", index: 0, action: { type: "focus", index: 1 } },
    { name: "right on a file does nothing", key: "ArrowRight", index: 2, action: undefined },
    { name: "left closes an open folder", key: "ArrowLeft", index: 0, action: { type: "collapse", path: "src" } },
    { name: "left on a child goes to its parent", key: "ArrowLeft", index: 2, action: { type: "focus", index: 0 } },
    { name: "left on a closed top-level folder stays", key: "ArrowLeft", index: 3, action: undefined },
    { name: "enter activates a file", key: "Enter", index: 2, action: { type: "activate", path: "src/index.ts" } },
    { name: "enter activates a folder", key: "Enter", index: 3, action: { type: "activate", path: "docs" } },
    { name: "a letter jumps to the next match", key: "r", index: 0, action: { type: "focus", index: 4 } },
    { name: "type-ahead wraps and ignores case", key: "S", index: 4, action: { type: "focus", index: 0 } },
    { name: "type-ahead without a match stays", key: "z", index: 0, action: undefined },
    { name: "other keys are ignored", key: "Tab", index: 0, action: undefined },
    { name: "space is not type-ahead", key: " ", index: 0, action: undefined },
  ]
  it.each(cases)("$name", ({ key, index, action }) => {
    expect(treeKey(key, rows, index)).toEqual(action)
  })

  it("an unknown index focuses the first row, or nothing in an empty tree", () => {
    expect(treeKey("ArrowDown", rows, -1)).toEqual({ type: "focus", index: 0 })
    expect(treeKey("ArrowDown", [], 0)).toBeUndefined()
  })
})
