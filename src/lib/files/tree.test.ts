// @vitest-environment node
import { describe, expect, it } from "vitest"
import {
  changedFolders,
  changeLabel,
  changeLetter,
  changeMarks,
  foldersToReload,
  toEntries,
  visibleRows,
  type FolderState,
  type TreeEntry,
} from "./tree"

const file = (path: string, ignored = false): TreeEntry => ({ name: path.split("/").at(-1) ?? path, path, kind: "file", ignored })
const dir = (path: string): TreeEntry => ({ name: path.split("/").at(-1) ?? path, path, kind: "directory", ignored: false })
const loaded = (...entries: TreeEntry[]): FolderState => ({ state: "loaded", entries })

describe("toEntries", () => {
  it("strips the folder slash and sorts folders first, then names naturally", () => {
    const nodes = [
      { name: "b.ts", path: "src/b.ts", type: "file" as const, ignored: false },
      { name: "file10.ts", path: "src/file10.ts", type: "file" as const, ignored: false },
      { name: "zeta", path: "src/zeta/", type: "directory" as const, ignored: false },
      { name: "file9.ts", path: "src/file9.ts", type: "file" as const, ignored: false },
      { name: "A.ts", path: "src/A.ts", type: "file" as const, ignored: true },
      { name: ".git", path: ".git/", type: "directory" as const, ignored: false },
    ]
    expect(toEntries(nodes).map((e) => e.path)).toEqual([".git", "src/zeta", "src/A.ts", "src/b.ts", "src/file9.ts", "src/file10.ts"])
    expect(toEntries(nodes).find((e) => e.name === "A.ts")?.ignored).toBe(true)
  })

  it("orders names differing only in case deterministically", () => {
    const nodes = ["b", "B", "a"].map((name) => ({ name, path: name, type: "file" as const, ignored: false }))
    expect(toEntries(nodes).map((e) => e.name)).toEqual(["a", "B", "b"])
  })
})

describe("changedFolders", () => {
  it.each([
    [["README.md"], []],
    [["src/index.ts"], ["src"]],
    [["src/deep/d.ts", "docs/a.md"], ["src", "src/deep", "docs"]],
  ])("%j → %j", (files, folders) => {
    const marks = changeMarks(files.map((f) => ({ file: f, status: "modified" as const })))
    expect([...changedFolders(marks)].sort()).toEqual([...folders].sort())
  })
})

describe("visibleRows", () => {
  const folders = new Map<string, FolderState>([
    ["", loaded(dir("src"), dir("docs"), file("README.md"), file("debug.log", true))],
    ["src", loaded(dir("src/deep"), file("src/index.ts"))],
    ["src/deep", { state: "loading" }],
  ])
  const marks = changeMarks([
    { file: "README.md", status: "modified" },
    { file: "src/deep/new.ts", status: "added" },
  ])

  const cases: { name: string; expanded: string[]; rows: string[] }[] = [
    { name: "collapsed", expanded: [], rows: ["src", "docs", "README.md", "debug.log"] },
    { name: "one level open", expanded: ["src"], rows: ["src", "src/deep", "src/index.ts", "docs", "README.md", "debug.log"] },
    { name: "open folder whose parent is closed stays hidden", expanded: ["src/deep"], rows: ["src", "docs", "README.md", "debug.log"] },
    { name: "expanded but not loaded yet", expanded: ["docs"], rows: ["src", "docs", "README.md", "debug.log"] },
  ]
  it.each(cases)("$name", ({ expanded, rows }) => {
    expect(visibleRows({ folders, expanded: new Set(expanded), marks }).map((r) => r.path)).toEqual(rows)
  })

  it("gives level, position, expansion, marks and busy state", () => {
    const rows = visibleRows({ folders, expanded: new Set(["src", "src/deep"]), marks })
    const by = (path: string) => rows.find((r) => r.path === path)
    expect(by("src")).toMatchObject({ level: 1, posinset: 1, setsize: 4, expanded: true, change: "contains", busy: false })
    expect(by("src/deep")).toMatchObject({ level: 2, posinset: 1, setsize: 2, expanded: true, change: "contains", busy: true })
    expect(by("src/index.ts")).toMatchObject({ level: 2, posinset: 2, change: undefined })
    expect(by("README.md")).toMatchObject({ level: 1, change: "modified", expanded: false })
    expect(by("docs")?.change).toBeUndefined()
    expect(by("debug.log")?.ignored).toBe(true)
  })

  it("keeps showing old entries while a folder reloads or after it failed", () => {
    const reloading = new Map<string, FolderState>([["", { state: "loading", entries: [file("a.txt")] }]])
    expect(visibleRows({ folders: reloading, expanded: new Set(), marks: new Map() }).map((r) => r.path)).toEqual(["a.txt"])
    const failed = new Map<string, FolderState>([["", { state: "error", message: "boom" }]])
    expect(visibleRows({ folders: failed, expanded: new Set(), marks: new Map() })).toEqual([])
  })
})

describe("foldersToReload", () => {
  it("lists the root and expanded folders that are still reachable", () => {
    const folders = new Map<string, FolderState>([
      ["", loaded(dir("src"), dir("gone"))],
      ["src", loaded(dir("src/deep"))],
      ["src/deep", loaded(file("src/deep/d.ts"))],
      ["old", loaded(file("old/x"))],
    ])
    expect(foldersToReload({ folders, expanded: new Set(["src", "src/deep", "old"]) })).toEqual(["", "src", "src/deep"])
    expect(foldersToReload({ folders, expanded: new Set(["src/deep"]) })).toEqual([""])
  })
})

describe("change words and letters", () => {
  it.each([
    ["modified", "modified", "M"],
    ["added", "added", "A"],
    ["deleted", "deleted", "D"],
    ["contains", "contains changes", "•"],
    [undefined, undefined, ""],
  ] as const)("%s", (change, label, letter) => {
    expect(changeLabel(change)).toBe(label)
    expect(changeLetter(change)).toBe(letter)
  })
})
