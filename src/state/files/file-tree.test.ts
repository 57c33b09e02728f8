// @vitest-environment node
import { createRoot } from "solid-js"
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest"
import { PortalError } from "../../api/errors"
import type { TreeEntry } from "../../lib/files/tree"
import { createFileTree, type FileTreeDeps } from "./file-tree"

const file = (path: string): TreeEntry => ({ name: path.split("/").at(-1) ?? path, path, kind: "file", ignored: false })
const dir = (path: string): TreeEntry => ({ name: path.split("/").at(-1) ?? path, path, kind: "directory", ignored: false })

/** A fake server: folder listings by path; a missing folder fails like the real one (500). */
function fakeServer(listings: Record<string, TreeEntry[]>) {
  const calls: string[] = []
  const deps: FileTreeDeps = {
    list: async (path) => {
      calls.push(path)
      const entries = listings[path]
      if (!entries) throw new PortalError("http", `Could not list ${path} on Test: Unexpected server error.`, 500)
      return entries
    },
    status: async () => [{ file: "src/index.ts", status: "modified" }],
  }
  return { deps, calls, listings }
}

/** Lets pending answers and the effects they start run, without moving the clock. */
const settle = () => vi.advanceTimersByTimeAsync(0)

// Fake timers: each step of the test moves the clock on purpose, never waits on the wall clock.
beforeEach(() => vi.useFakeTimers())
afterEach(() => vi.useRealTimers())


function withTree(listings: Record<string, TreeEntry[]>, run: (tree: ReturnType<typeof createFileTree>, server: ReturnType<typeof fakeServer>) => Promise<void>) {
  return createRoot(async (dispose) => {
    const server = fakeServer(listings)
    try {
      await run(createFileTree(server.deps), server)
    } finally {
      dispose()
    }
  })
}

const paths = (tree: ReturnType<typeof createFileTree>) => tree.rows().map((r) => `${"  ".repeat(r.level - 1)}${r.path}${r.change ? ` [${r.change}]` : ""}`)

describe("createFileTree", () => {
  const listings = { "": [dir("src"), file("README.md")], src: [dir("src/deep"), file("src/index.ts")], "src/deep": [file("src/deep/d.ts")] }

  it("lists the root, then each folder the first time it opens, with change marks", () =>
    withTree(listings, async (tree, server) => {
      await settle()
      expect(paths(tree)).toEqual(["src [contains]", "README.md"])
      tree.toggle("src")
      await settle()
      expect(paths(tree)).toEqual(["src [contains]", "  src/deep", "  src/index.ts [modified]", "README.md"])
      tree.toggle("src")
      tree.toggle("src")
      await settle()
      expect(server.calls).toEqual(["", "src"])
    }))

  it("reveal opens every folder above a file; refresh lists open folders again", () =>
    withTree(listings, async (tree, server) => {
      tree.reveal("src/deep/d.ts")
      await settle()
      expect(paths(tree)).toContain("    src/deep/d.ts")
      server.listings["src/deep"] = [file("src/deep/d.ts"), file("src/deep/e.ts")]
      tree.refresh()
      await settle()
      expect(paths(tree)).toContain("    src/deep/e.ts")
      expect(server.calls.filter((c) => c === "src/deep")).toHaveLength(2)
    }))

  it("a folder that fails keeps the rest working and can be retried", () =>
    withTree({ "": [dir("gone"), file("a.txt")] }, async (tree, server) => {
      tree.expand("gone")
      await settle()
      expect(tree.errors()).toEqual([{ path: "gone", message: "Could not list gone on Test: Unexpected server error." }])
      expect(paths(tree)).toEqual(["gone", "a.txt"])
      server.listings.gone = [file("gone/back.txt")]
      tree.retry("gone")
      await settle()
      expect(tree.errors()).toEqual([])
      expect(paths(tree)).toEqual(["gone", "  gone/back.txt", "a.txt"])
    }))

  it("reveal ignores paths outside the project", () =>
    withTree(listings, async (tree, server) => {
      tree.reveal("../../etc/hostname")
      await settle()
      expect(server.calls).toEqual([""])
    }))

  it("keeps a row's identity when other folders open, so focus survives", () =>
    withTree(listings, async (tree) => {
      await settle()
      const readme = tree.rows().find((r) => r.path === "README.md")
      tree.expand("src")
      await settle()
      expect(tree.rows().find((r) => r.path === "README.md")).toBe(readme)
    }))
})
